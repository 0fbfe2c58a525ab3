// Writes seed inputs for fuzz_decoder (mode byte + message) into the folder given.
#include "sync/core/codec.h"
#include "sync/core/serialization.h"

#include <fstream>
#include <sstream>

using namespace lykta::sync;

namespace {

template <class T>
std::string raw(const T &m)
{
    std::ostringstream out;
    {
        OutArchive ar(out);
        ar(m);
    }
    return out.str();
}

void write(const std::string &dir, const std::string &name, char mode, const std::string &bytes)
{
    std::ofstream(dir + "/" + name, std::ios::binary) << mode << bytes;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string dir = argc > 1 ? argv[1] : ".";
    Batch b;
    b.device = 42;
    b.cursor = 7;
    b.sentAtMs = 1'700'000'000'000;
    const Hlc h{1'700'000'000'000, 1, 42};
    b.deltas = {
        {{42, 1},
         "note",
         "0190f000-0000-7000-8000-000000000001",
         "body",
         std::string("Samtal om skolan"),
         h,
         "staff-1",
         {}},
        {{42, 2},
         "note",
         "0190f000-0000-7000-8000-000000000001",
         "status",
         std::string("signed"),
         {h.wallMs, 2, 42},
         "staff-1",
         h},
        {{42, 3},
         "child",
         "0190f000-0000-7000-8000-000000000002",
         "birth_year",
         std::int64_t{2015},
         {h.wallMs, 3, 42},
         "staff-1",
         {}},
        {{42, 4},
         "child",
         "0190f000-0000-7000-8000-000000000002",
         "score",
         2.5,
         {h.wallMs, 4, 42},
         "staff-1",
         {}},
        {{42, 5},
         "child",
         "0190f000-0000-7000-8000-000000000002",
         "photo",
         Blob{1, 2, 3},
         {h.wallMs, 5, 42},
         "staff-1",
         {}},
        {{42, 6},
         "child",
         "0190f000-0000-7000-8000-000000000002",
         "deleted",
         std::monostate{},
         {h.wallMs, 6, 42},
         "staff-1",
         {}},
        // A resolution: written on top of the current text, replacing two conflict copies.
        {{42, 7},
         "note",
         "0190f000-0000-7000-8000-000000000001",
         "body",
         std::string("Samtal om skolan och fritiden"),
         {h.wallMs, 7, 42},
         "staff-1",
         h,
         {{h.wallMs - 5, 0, 43}, {h.wallMs - 3, 1, 44}}},
    };
    PushResponse r;
    r.accepted = {{42, 1}, {42, 2}};
    r.rejected = {{{42, 3}, RejectReason::SignedImmutable, "signed"}};
    r.cursor = 9;

    const std::string batch = *encode(b);
    write(dir, "batch", 0, batch);
    write(dir, "response", 1, *encode(r));
    write(dir, "batch-payload", 2, raw(b));
    write(dir, "response-payload", 3, raw(r));
    write(dir, "batch-frame", 4, batch.substr(wire::kHeaderBytes));
    write(dir, "empty-batch", 0, *encode(Batch{}));
    return 0;
}
