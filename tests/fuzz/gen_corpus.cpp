// Writes seed inputs for fuzz_decoder (mode byte + message) into the folder given.
#include "sync/core/codec.h"
#include "sync/core/serialization.h"

#include "sync/core/limits.h"

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
    // The first form (class version 1) of both, what a peer from before the compact form sends.
    const std::string firstBatch = *encode(b, WireForm::First);
    write(dir, "batch-first", 0, firstBatch);
    write(dir, "batch-first-payload", 2, raw(detail::FirstForm<Batch>{b}));
    write(dir, "batch-first-frame", 4, firstBatch.substr(wire::kHeaderBytes));
    write(dir, "empty-batch", 0, *encode(Batch{}));

    // A push answered again: the same ids accepted and refused twice, and a refusal that
    // carries the field's current value (what the server answers a replayed delta id).
    PushResponse replay = r;
    replay.accepted.insert(replay.accepted.end(), r.accepted.begin(), r.accepted.end());
    replay.rejected.push_back(
        {{42, 3}, RejectReason::SignedImmutable, "replay_mismatch", b.deltas[1]});
    replay.rejected.push_back(replay.rejected.front());
    write(dir, "response-replay", 1, *encode(replay));
    write(dir, "response-replay-payload", 3, raw(replay));

    // A batch that repeats delta ids (a replay after a lost acknowledgement).
    Batch replayed = b;
    replayed.deltas.insert(replayed.deltas.end(), b.deltas.begin(), b.deltas.end());
    write(dir, "batch-replayed", 0, *encode(replayed));
    write(dir, "batch-replayed-payload", 2, raw(replayed));

    // Oversized pages: one delta more than a batch may hold (refused from its size tag,
    // before anything is allocated), and a long page that zstd shrinks to a small input.
    // (A full page of 10,000 deltas as a seed makes each execution that mutates it about
    // 50 times slower; the fuzzer reaches the same length checks from these.)
    Batch page;
    page.device = 42;
    page.cursor = 100'000;
    page.hasMore = true;
    for (std::uint64_t i = 1; i <= limits::kMaxDeltasPerBatch + 1; ++i) {
        Delta d = b.deltas[0];
        d.id = {42, i};
        d.hlc = {h.wallMs, static_cast<std::uint16_t>(i), 42};
        page.deltas.push_back(std::move(d));
    }
    std::ostringstream over;
    {
        OutArchive ar(over);
        ar(page);
    }
    if (auto sealed = seal(MessageType::Batch, over.str(), Compression::Zstd))
        write(dir, "page-over-cap", 0, *sealed);
    page.deltas.resize(500);
    const std::string longPage = *encode(page);
    write(dir, "page-long", 0, longPage);
    write(dir, "page-long-frame", 4, longPage.substr(wire::kHeaderBytes));
    // A single text at the value cap, and the payload bytes of a page with one.
    Batch big;
    big.device = 42;
    big.deltas = {b.deltas[0]};
    big.deltas[0].value = std::string(limits::kMaxTextBytes, 'x');
    const std::string bigWire = *encode(big);
    write(dir, "page-big-text", 0, bigWire);

    // The audit messages: a tablet's upload, the server's receipt and its extract for a
    // manager, each as an envelope, a raw payload and a zstd frame (modes as fuzz_decoder.cpp).
    AuditUpload upload;
    upload.device = 42;
    upload.entries = {
        {1, h.wallMs, "staff-1", "unit-1", "read", "child", "0190f000-0000-7000-8000-000000000002"},
        {2, h.wallMs + 5, "staff-1", "unit-1", "print", "note",
         "0190f000-0000-7000-8000-000000000001"},
        {3, h.wallMs + 9, "staff-1", "unit-1", "export", "family",
         "0190f000-0000-7000-8000-000000000003"}};
    AuditReceipt receipt;
    receipt.through = 3;
    receipt.stored = 2;
    receipt.refused = {3};
    receipt.detail = "staff";
    ServerAudit extract;
    extract.subject = "0190f000-0000-7000-8000-000000000002";
    extract.omitted = 4;
    extract.entries = {{h.wallMs + 100, h.wallMs, 42, 1, "staff-1", "Kollega", "unit-1", "read",
                        "child", extract.subject},
                       {h.wallMs + 200, 0, 43, 0, "staff-2", "", "unit-1", "pull", "note",
                        "0190f000-0000-7000-8000-000000000001"}};
    const auto seeds = [&](const std::string &name, char mode, const std::string &wire,
                           const std::string &payload) {
        write(dir, name, mode, wire);
        write(dir, name + "-payload", static_cast<char>(mode + 1), payload);
        write(dir, name + "-frame", static_cast<char>(mode + 2), wire.substr(wire::kHeaderBytes));
    };
    seeds("audit-upload", 5, *encode(upload), raw(upload));
    seeds("audit-receipt", 8, *encode(receipt), raw(receipt));
    seeds("server-audit", 11, *encode(extract), raw(extract));
    UnitDevices tablets;
    tablets.unit = "unit-1";
    tablets.devices = {{42, "staff", "Annas platta", "staff-1", "Kollega", "0.1.0", h.wallMs,
                        h.wallMs + 5, 0, 0, 0},
                       {43, "kiosk", "Väntrum", "", "", "", h.wallMs, 0, h.wallMs + 9, h.wallMs + 9,
                        h.wallMs + 20}};
    tablets.staff = {{"staff-1", "Kollega", "manager", 0}, {"staff-2", "Bo", "staff", h.wallMs}};
    seeds("unit-devices", 14, *encode(tablets), raw(tablets));
    // A first sync's page of the server's state: a note with a conflict copy, a field written
    // under another device's timestamp, one a kiosk's snapshot names as device 0.
    StatePage state{4711, true, h.wallMs, {}};
    StateRecord note{"note", "0190f000-0000-7000-8000-000000000001", {}};
    note.fields.push_back(
        {"body",
         {std::string("Barnet berättar om skolan."),
          h,
          {h.wallMs - 9, 0, 7},
          "staff-1",
          {{std::string("En annan text"), {h.wallMs - 5, 1, 9}, {h.wallMs - 9, 0, 7}, "staff-2"}}},
         {42, 17}});
    note.fields.push_back({"status", {std::string("draft"), h, {}, {}, {}}, {42, 18}});
    note.fields.push_back({"unit_id", {std::string("unit-1"), h, {}, {}, {}}, {3, 5}});
    state.records = {
        note, {"info_card", "card-1", {{"published", {std::int64_t{1}, h, {}, {}, {}}, {0, 256}}}}};
    seeds("state-page", 17, *encode(state), raw(state));
    seeds("state-page-first", 17, *encode(state, WireForm::First),
          raw(detail::FirstForm<StatePage>{state}));
    write(dir, "audit-upload-empty", 5, *encode(AuditUpload{}));
    write(dir, "server-audit-empty", 11, *encode(ServerAudit{}));

    // The same entry uploaded twice (a repeat after a lost receipt), and uploads and extracts
    // one entry past their caps (refused from the size tag) or with a name past its cap.
    AuditUpload repeated = upload;
    repeated.entries.push_back(upload.entries.front());
    seeds("audit-upload-repeated", 5, *encode(repeated), raw(repeated));
    AuditUpload overUpload;
    overUpload.device = 42;
    overUpload.entries.assign(limits::kMaxAuditEntriesPerUpload + 1, upload.entries.front());
    if (auto sealed = seal(MessageType::AuditUpload, raw(overUpload), Compression::Zstd))
        write(dir, "audit-upload-over-cap", 5, *sealed);
    ServerAudit overExtract = extract;
    overExtract.entries.assign(limits::kMaxServerAuditEntries + 1, extract.entries.front());
    if (auto sealed = seal(MessageType::ServerAudit, raw(overExtract), Compression::Zstd))
        write(dir, "server-audit-over-cap", 11, *sealed);
    ServerAudit longName = extract;
    longName.entries.front().staffName.assign(limits::kMaxNameBytes + 1, 'n');
    if (auto sealed = seal(MessageType::ServerAudit, raw(longName), Compression::Zstd))
        write(dir, "server-audit-long-name", 11, *sealed);
    AuditReceipt overReceipt = receipt;
    overReceipt.refused.assign(limits::kMaxAuditEntriesPerUpload + 1, 7);
    if (auto sealed = seal(MessageType::AuditReceipt, raw(overReceipt), Compression::Zstd))
        write(dir, "audit-receipt-over-cap", 8, *sealed);
    return 0;
}
