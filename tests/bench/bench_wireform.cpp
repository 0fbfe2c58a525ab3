// Which compression the wire should use (issue 20: "a zstd dictionary trained on Lykta's own
// deltas and shipped with both sides — measure and choose"). The benchmark's 10,000 notes are
// written through a real store; their outbox is what a push sends, and a state page built from
// it is what a first sync pulls. Each message's cereal payload (what codec.cpp compresses) is
// compressed here in each candidate way, in the compact form (and the large ones in the first
// form beside it, D26): zstd at today's level 3, at higher levels, and with a
// dictionary trained on other notes of the same kind (another seed: never on the notes it
// compresses). Prints bytes per note and compression time for the large messages of a first
// sync and for the small ones of a day's work (one note, ten notes).
#include "benchnotes.h"

#include "sync/core/codec.h"

#include <QLoggingCategory>
#include <QTemporaryDir>

#include <zdict.h>
#include <zstd.h>

#include <map>

using namespace lykta;
using namespace lykta::bench;

namespace {

// The raw cereal payload of a sealed message: the envelope's 24-byte header off, and the
// payload decompressed.
std::string payloadOf(const std::string &sealed)
{
    const std::string_view frame(sealed.data() + 24, sealed.size() - 24);
    const auto size = ZSTD_getFrameContentSize(frame.data(), frame.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN) {
        std::fprintf(stderr, "not a zstd frame\n");
        std::exit(1);
    }
    std::string out(size, '\0');
    ZSTD_decompress(out.data(), out.size(), frame.data(), frame.size());
    return out;
}

// The deltas of `n` notes written through a store (one device, one staff member).
std::vector<sync::Delta> writtenNotes(const QString &path, std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    auto store = open(path);
    if (!store->write(kActor, makeNotes(n, random)))
        std::exit(1);
    auto outbox = store->outbox();
    if (!outbox)
        std::exit(1);
    std::vector<sync::Delta> deltas;
    for (sync::Delta &d : *outbox) {
        if (d.entity == "note")
            deltas.push_back(std::move(d));
    }
    return deltas;
}

std::string batchPayload(std::span<const sync::Delta> deltas,
                         sync::WireForm form = sync::WireForm::Compact)
{
    sync::Batch batch;
    batch.device = deltas.front().id.device;
    batch.deltas.assign(deltas.begin(), deltas.end());
    auto sealed = sync::encode(batch, form);
    if (!sealed)
        std::exit(1);
    return payloadOf(*sealed);
}

// A state page of the records these deltas wrote, as the server holds them when one device
// wrote each field once.
std::string statePayload(std::span<const sync::Delta> deltas, sync::WireForm form)
{
    sync::StatePage page;
    page.cursor = deltas.size();
    for (const sync::Delta &d : deltas) {
        if (page.records.empty() || page.records.back().id != d.entityId)
            page.records.push_back({d.entity, d.entityId, {}});
        page.records.back().fields.push_back(
            {d.field, {d.value, d.hlc, d.base, d.author, {}}, d.id});
    }
    auto sealed = sync::encode(page, form);
    if (!sealed)
        std::exit(1);
    return payloadOf(*sealed);
}

struct Candidate
{
    const char *name;
    int level;
    const ZSTD_CDict *dictionary;
};

struct Figures
{
    std::size_t bytes = 0;
    double ms = 0;
};

Figures compress(const std::vector<std::string> &payloads, const Candidate &c)
{
    static ZSTD_CCtx *ctx = ZSTD_createCCtx();
    Figures f;
    std::string out;
    const auto start = Clock::now();
    for (const std::string &p : payloads) {
        out.resize(ZSTD_compressBound(p.size()));
        const std::size_t n =
            c.dictionary
                ? ZSTD_compress_usingCDict(ctx, out.data(), out.size(), p.data(), p.size(),
                                           c.dictionary)
                : ZSTD_compressCCtx(ctx, out.data(), out.size(), p.data(), p.size(), c.level);
        if (ZSTD_isError(n)) {
            std::fprintf(stderr, "compress: %s\n", ZSTD_getErrorName(n));
            std::exit(1);
        }
        f.bytes += n + 24; // the envelope's header
    }
    f.ms = ms(Clock::now() - start);
    return f;
}

} // namespace

int main()
{
    QLoggingCategory::setFilterRules("lykta.*.info=false");
    QTemporaryDir dir;
    constexpr std::size_t kNotes = 10'000;
    constexpr std::size_t kFields = 7;
    const auto notes = writtenNotes(dir.filePath("notes.db"), kNotes, 11);
    const auto training = writtenNotes(dir.filePath("training.db"), 3'000, 99);

    // A dictionary trained on one-note pushes of other notes, 112 KiB (zstd's default size).
    std::vector<std::string> samples;
    for (std::size_t i = 0; i + kFields <= training.size(); i += kFields)
        samples.push_back(batchPayload(std::span(training).subspan(i, kFields)));
    std::string joined;
    std::vector<std::size_t> sizes;
    for (const std::string &s : samples) {
        joined += s;
        sizes.push_back(s.size());
    }
    std::string dict(112 * 1024, '\0');
    const std::size_t dictSize = ZDICT_trainFromBuffer(
        dict.data(), dict.size(), joined.data(), sizes.data(), static_cast<unsigned>(sizes.size()));
    if (ZDICT_isError(dictSize)) {
        std::fprintf(stderr, "training: %s\n", ZDICT_getErrorName(dictSize));
        return 1;
    }
    dict.resize(dictSize);
    ZSTD_CDict *dict3 = ZSTD_createCDict(dict.data(), dict.size(), 3);
    ZSTD_CDict *dict19 = ZSTD_createCDict(dict.data(), dict.size(), 19);

    // The messages: a first sync's (pushes of 800 notes, state pages of 2,500), and a day's.
    std::map<std::string, std::pair<std::vector<std::string>, std::size_t>> messages;
    const auto slices = [&](std::size_t perMessage, bool state,
                            sync::WireForm form = sync::WireForm::Compact) {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < notes.size(); i += perMessage * kFields) {
            const auto part =
                std::span(notes).subspan(i, std::min(perMessage * kFields, notes.size() - i));
            out.push_back(state ? statePayload(part, form) : batchPayload(part, form));
        }
        return out;
    };
    // In the compact form (what this build sends), the large ones in the first form beside.
    constexpr auto kFirst = sync::WireForm::First;
    messages["1 push of all (800 notes a request)"] = {slices(800, false), kNotes};
    messages["2 the same in the first form"] = {slices(800, false, kFirst), kNotes};
    messages["3 state pages (2,500 notes a page)"] = {slices(2'500, true), kNotes};
    messages["4 the same in the first form"] = {slices(2'500, true, kFirst), kNotes};
    messages["5 pushes of 10 notes"] = {slices(10, false), kNotes};
    messages["6 pushes of 1 note"] = {slices(1, false), kNotes};

    const Candidate candidates[] = {{"zstd 3 (today)", 3, nullptr},
                                    {"zstd 9", 9, nullptr},
                                    {"zstd 13", 13, nullptr},
                                    {"zstd 16", 16, nullptr},
                                    {"zstd 19", 19, nullptr},
                                    {"zstd 3 + dictionary", 3, dict3},
                                    {"zstd 19 + dictionary", 19, dict19}};
    std::printf("wire forms: %zu notes (~450 B text, 7 fields), a %zu B dictionary trained on "
                "%zu one-note pushes of other notes\n",
                kNotes, dict.size(), samples.size());
    for (const auto &[name, message] : messages) {
        const auto &[payloads, count] = message;
        std::size_t raw = 0;
        for (const std::string &p : payloads)
            raw += p.size();
        std::printf("  %s: %zu messages, %.0f B a note uncompressed\n", name.c_str() + 2,
                    payloads.size(), double(raw) / double(count));
        for (const Candidate &c : candidates) {
            const Figures f = compress(payloads, c);
            std::printf("    %-22s %6.0f B a note  %8.1f ms to compress\n", c.name,
                        double(f.bytes) / double(count), f.ms);
        }
    }
    ZSTD_freeCDict(dict3);
    ZSTD_freeCDict(dict19);
    return 0;
}
