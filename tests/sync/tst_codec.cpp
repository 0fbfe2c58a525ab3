#include "sync/core/codec.h"
#include "sync/core/serialization.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <new>
#include <sstream>

// Every allocation in this binary is counted, so the hostile-input tests can assert how much
// memory a decode asked for (not just that it failed).
namespace {
std::atomic<std::size_t> g_allocatedBytes{0};
}

void *operator new(std::size_t n)
{
    g_allocatedBytes += n;
    if (void *p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

using namespace lykta::sync;

namespace {

Delta sampleDelta(std::uint64_t counter, Value value)
{
    return {{0x1122334455667788ull, counter},
            "note",
            "0190f000-0000-7000-8000-000000000001",
            "body",
            std::move(value),
            {1'700'000'000'000, 3, 0x1122334455667788ull},
            "staff-42",
            {1'699'999'999'000, 0, 7}};
}

// A person's resolution of a conflict: written on top of the current text (base), replacing
// two conflict copies it names as seen.
Delta resolution(std::uint64_t counter)
{
    Delta d = sampleDelta(counter, std::string("Sammanfogad text"));
    d.seen = {{1'699'999'998'000, 2, 9}, {1'699'999'999'500, 0, 0xfedcba9876543210ull}};
    return d;
}

Batch sampleBatch()
{
    Batch b;
    b.device = 0x1122334455667788ull;
    b.cursor = 99;
    b.hasMore = true;
    b.sentAtMs = -5;
    b.deltas = {sampleDelta(1, std::monostate{}),
                sampleDelta(2, std::int64_t{-1}),
                sampleDelta(3, 3.25),
                sampleDelta(4, std::string("Barnet berättar om skolan. ✓")),
                sampleDelta(5, Blob{0, 1, 2, 255}),
                sampleDelta(6, std::string()),
                resolution(7)};
    return b;
}

PushResponse sampleResponse()
{
    PushResponse r;
    r.accepted = {{1, 2}, {1, 3}};
    r.rejected = {{{1, 4},
                   RejectReason::SignedImmutable,
                   "note-signed",
                   sampleDelta(3, std::string("Serverns text"))},
                  {{1, 5}, RejectReason::OutOfOrder, "", std::nullopt}};
    r.cursor = 1234;
    r.serverTimeMs = 1'700'000'000'000;
    return r;
}

template <class T>
std::string rawPayload(const T &message)
{
    std::ostringstream out;
    {
        OutArchive ar(out);
        ar(message);
    }
    return out.str();
}

// A Batch or StatePage in its first form (class version 1), whose fixed widths the tests below
// find their way in; the compact form has tests of its own.
template <class T>
std::string firstFormPayload(const T &message)
{
    return rawPayload(detail::FirstForm<T>{message});
}

void putU64(std::string &s, std::size_t at, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        s[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xff);
}

} // namespace

// The wire codec: lossless for every type, and total on hostile input.
class TestCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryWireTypeAndValueType()
    {
        const Batch batch = sampleBatch();
        auto bytes = encode(batch);
        QVERIFY(bytes.ok());
        auto back = decodeBatch(*bytes);
        QVERIFY2(back.ok(), back.ok() ? "" : toString(back.error()));
        QCOMPARE(*back, batch);

        const PushResponse response = sampleResponse();
        auto rbytes = encode(response);
        QVERIFY(rbytes.ok());
        auto rback = decodePushResponse(*rbytes);
        QVERIFY(rback.ok());
        QCOMPARE(*rback, response);

        auto empty = decodeBatch(*encode(Batch{}));
        QVERIFY(empty.ok());
        QCOMPARE(*empty, Batch{});
    }

    // A pull page's byte budget counts encodedBytes: it must be what a delta really adds in the
    // first form, and at least what it adds in the compact one.
    void encodedBytesIsWhatADeltaAddsToTheBatch()
    {
        const Batch all = sampleBatch();
        Batch first;
        first.deltas = {all.deltas.front()};
        for (const Delta &d : all.deltas) {
            Batch two = first;
            two.deltas.push_back(d);
            QCOMPARE(firstFormPayload(two).size() - firstFormPayload(first).size(),
                     encodedBytes(d));
            // The compact form, what a page is sent in, adds no more.
            QVERIFY(rawPayload(two).size() - rawPayload(first).size() <= encodedBytes(d));
        }
    }

    void rejectsTheWrongMessageTypeAndMagic()
    {
        auto bytes = *encode(sampleBatch());
        QCOMPARE(decodePushResponse(bytes).error(), CodecError::WrongType);
        QCOMPARE(decodeBatch("GET / HTTP/1.1\r\n\r\n").error(), CodecError::BadMagic);
        QCOMPARE(decodeBatch("").error(), CodecError::Truncated);
        bytes[4] = 9; // format version
        QCOMPARE(decodeBatch(bytes).error(), CodecError::UnsupportedVersion);
        bytes = *encode(sampleBatch());
        bytes[6] = 7; // schema version
        QCOMPARE(decodeBatch(bytes).error(), CodecError::UnsupportedSchema);
    }

    void rejectsEveryTruncation()
    {
        const auto bytes = *encode(sampleBatch());
        for (std::size_t n = 4; n < bytes.size(); ++n) {
            auto r = decodeBatch(std::string_view(bytes).substr(0, n));
            QVERIFY(!r.ok());
            QCOMPARE(r.error(), CodecError::Truncated);
        }
        QCOMPARE(decodeBatch(bytes + "x").error(), CodecError::Malformed);
    }

    void rejectsEveryBitFlip()
    {
        const auto bytes = *encode(sampleBatch());
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                std::string damaged = bytes;
                damaged[i] = static_cast<char>(damaged[i] ^ (1 << bit));
                auto r = decodeBatch(damaged);
                QVERIFY2(!r.ok(), qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
                if (i >= 8 && i < 12) // type, compression, reserved: covered by the CRC
                    QCOMPARE(r.error(), CodecError::BadChecksum);
                if (i >= wire::kHeaderBytes)
                    QCOMPARE(r.error(), CodecError::BadChecksum);
            }
        }
    }

    void rejectsOversizedInput()
    {
        std::string huge(limits::kMaxWireBytes + 1, 'L');
        QCOMPARE(decodeBatch(huge).error(), CodecError::TooLarge);
        // A header that claims a payload beyond the cap.
        auto bytes = *encode(sampleBatch());
        bytes[15] = 0x7f;
        QCOMPARE(decodeBatch(bytes).error(), CodecError::TooLarge);
        // A zstd frame whose declared content size exceeds the decoded cap.
        Batch big;
        big.deltas.assign(20, sampleDelta(1, std::string(1000, 'x')));
        auto sealed = *encode(big);
        QVERIFY(decodeBatch(sealed).ok());
        // More deltas than a batch may carry are refused by the encoder too.
        Batch tooMany;
        tooMany.deltas.resize(limits::kMaxDeltasPerBatch + 1);
        QCOMPARE(encode(tooMany).error(), CodecError::TooLarge);
    }

    void rejectsUnknownClassVersionAndTags()
    {
        std::string raw = firstFormPayload(sampleBatch());
        // Byte 0 is cereal's endianness flag; the Batch class version follows.
        raw[1] = static_cast<char>(0xef);
        QCOMPARE(decodeBatchPayload(raw).error(), CodecError::UnsupportedVersion);
        Batch one;
        one.deltas = {sampleDelta(1, std::string("MARKER"))};
        raw = firstFormPayload(one);
        const auto at = raw.find("MARKER");
        raw[at - 9] = 9; // the value's variant tag
        QCOMPARE(decodeBatchPayload(raw).error(), CodecError::Malformed);
        raw = firstFormPayload(Batch{});
        raw[30 - 8 - 1] = 2; // hasMore is a byte that must be 0 or 1
        QCOMPARE(decodeBatchPayload(raw).error(), CodecError::Malformed);
    }

    // The attacks from TOOLCHAIN.md, wrapped in valid envelopes (right CRC, right sizes) so
    // they reach the parser: a count of 2^63 deltas and a 4 GiB string.
    void hostileLengthsFailFastWithoutAllocating()
    {
        std::string countAttack = firstFormPayload(Batch{});
        // endian(1) version(4) device(8) cursor(8) hasMore(1) sentAt(8) -> count at 30
        QCOMPARE(countAttack.size(), std::size_t{38});
        putU64(countAttack, 30, 1ull << 63);

        Batch one;
        one.deltas = {sampleDelta(1, std::string("MARKER"))};
        std::string stringAttack = firstFormPayload(one);
        putU64(stringAttack, stringAttack.find("MARKER") - 8, 4ull << 30);

        std::string entityAttack = firstFormPayload(one); // an identifier claiming 4 GiB
        putU64(entityAttack, entityAttack.find("note") - 8, 4ull << 30);

        std::string responseAttack = rawPayload(PushResponse{});
        putU64(responseAttack, 1 + 4, (1ull << 63) + 5);

        struct Case
        {
            const char *name;
            std::string bytes;
            bool batch;
        };
        std::vector<Case> cases;
        for (Compression c : {Compression::None, Compression::Zstd}) {
            cases.push_back({"2^63 deltas", *seal(MessageType::Batch, countAttack, c), true});
            cases.push_back({"4 GiB text", *seal(MessageType::Batch, stringAttack, c), true});
            cases.push_back({"4 GiB entity", *seal(MessageType::Batch, entityAttack, c), true});
            cases.push_back(
                {"2^63 ids", *seal(MessageType::PushResponse, responseAttack, c), false});
        }

        for (const Case &c : cases) {
            const std::size_t before = g_allocatedBytes.load();
            const auto start = std::chrono::steady_clock::now();
            const CodecError error =
                c.batch ? decodeBatch(c.bytes).error() : decodePushResponse(c.bytes).error();
            const auto elapsed = std::chrono::steady_clock::now() - start;
            const std::size_t allocated = g_allocatedBytes.load() - before;
            qInfo("%s: %s, %zu bytes allocated, %lld us", c.name, toString(error), allocated,
                  static_cast<long long>(
                      std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count()));
            QCOMPARE(error, CodecError::TooLarge);
            QVERIFY2(allocated < 64 * 1024, c.name); // well under the 1 MiB budget
            QVERIFY(elapsed < std::chrono::milliseconds(50));
        }

        // Within the caps but beyond the bytes present: refused as truncated, still cheap.
        putU64(countAttack, 30, 5000);
        const std::size_t before = g_allocatedBytes.load();
        QCOMPARE(decodeBatchPayload(countAttack).error(), CodecError::Truncated);
        QVERIFY(g_allocatedBytes.load() - before < 64 * 1024);
    }

    // A tablet's access-log entries and the server's receipt: lossless, and bounded on input.
    void auditUploadRoundTripsAndIsBounded()
    {
        AuditUpload upload{7,
                           {{1, 1'700'000'000'000, "staff-1", "unit-1", "read", "child",
                             "0190b7a4-0000-7000-8000-000000000001"},
                            {2, 1'700'000'000'500, "staff-1", "unit-1", "export", "child",
                             "child:0190b7a4-0000-7000-8000-000000000001"}}};
        auto bytes = encode(upload);
        QVERIFY(bytes.ok());
        auto back = decodeAuditUpload(*bytes);
        QVERIFY(back.ok());
        QCOMPARE(*back, upload);
        const AuditReceipt receipt{2, 1, {1}, "author"};
        auto rback = decodeAuditReceipt(*encode(receipt));
        QVERIFY(rback.ok());
        QCOMPARE(*rback, receipt);
        QCOMPARE(decodeAuditUpload(*encode(receipt)).error(), CodecError::WrongType);

        // endian(1) version(4) device(8) -> count at 13; then a subject claiming 4 GiB.
        std::string countAttack = rawPayload(AuditUpload{});
        putU64(countAttack, 13, 1ull << 63);
        QCOMPARE(decodeAuditUploadPayload(countAttack).error(), CodecError::TooLarge);
        putU64(countAttack, 13, limits::kMaxAuditEntriesPerUpload);
        QCOMPARE(decodeAuditUploadPayload(countAttack).error(), CodecError::Truncated);
        std::string textAttack = rawPayload(upload);
        putU64(textAttack, textAttack.find("export") - 8, 4ull << 30);
        const std::size_t before = g_allocatedBytes.load();
        QCOMPARE(decodeAuditUploadPayload(textAttack).error(), CodecError::TooLarge);
        QVERIFY(g_allocatedBytes.load() - before < 64 * 1024);
        AuditUpload tooMany;
        tooMany.entries.resize(limits::kMaxAuditEntriesPerUpload + 1);
        QCOMPARE(encode(tooMany).error(), CodecError::TooLarge);
    }

    // The server's receipt for an upload: bounded on input too (the tablet decodes what any
    // server, or anything between, answers).
    void auditReceiptIsBounded()
    {
        const AuditReceipt receipt{3, 2, {3}, "staff"};
        auto back = decodeAuditReceiptPayload(rawPayload(receipt));
        QVERIFY(back.ok());
        QCOMPARE(*back, receipt);
        // endian(1) version(4) through(8) stored(8) -> count at 21; with none, detail's at 29.
        std::string countAttack = rawPayload(AuditReceipt{});
        putU64(countAttack, 21, 1ull << 63);
        std::size_t before = g_allocatedBytes.load();
        QCOMPARE(decodeAuditReceiptPayload(countAttack).error(), CodecError::TooLarge);
        QVERIFY(g_allocatedBytes.load() - before < 64 * 1024);
        putU64(countAttack, 21, limits::kMaxAuditEntriesPerUpload);
        QCOMPARE(decodeAuditReceiptPayload(countAttack).error(), CodecError::Truncated);
        std::string textAttack = rawPayload(AuditReceipt{});
        putU64(textAttack, 29, 4ull << 30);
        before = g_allocatedBytes.load();
        QCOMPARE(decodeAuditReceipt(*seal(MessageType::AuditReceipt, textAttack, Compression::Zstd))
                     .error(),
                 CodecError::TooLarge);
        QVERIFY(g_allocatedBytes.load() - before < 64 * 1024);
        AuditReceipt tooMany;
        tooMany.refused.resize(limits::kMaxAuditEntriesPerUpload + 1);
        QCOMPARE(encode(tooMany).error(), CodecError::TooLarge);
        // The extract's raw payload is bounded as its envelope is.
        std::string extractAttack = rawPayload(ServerAudit{});
        putU64(extractAttack, 13, 1ull << 63);
        QCOMPARE(decodeServerAuditPayload(extractAttack).error(), CodecError::TooLarge);
    }

    // The server's extract for a manager: lossless, and bounded on input.
    void serverAuditRoundTripsAndIsBounded()
    {
        const ServerAudit audit{
            "0190b7a4-0000-7000-8000-000000000001",
            {{1'700'000'000'900, 1'700'000'000'000, 7, 3, "staff-1", "Kollega, Anna", "unit-1",
              "read", "child", "0190b7a4-0000-7000-8000-000000000001"},
             {1'700'000'001'000, 0, 8, 0, "staff-2", "", "unit-1", "pull", "child",
              "0190b7a4-0000-7000-8000-000000000001"}},
            5};
        auto bytes = encode(audit);
        QVERIFY(bytes.ok());
        auto back = decodeServerAudit(*bytes);
        QVERIFY(back.ok());
        QCOMPARE(*back, audit);
        QCOMPARE(decodeAuditUpload(*bytes).error(), CodecError::WrongType);

        // endian(1) version(4) subject length(8), empty -> count at 13.
        std::string countAttack = rawPayload(ServerAudit{});
        putU64(countAttack, 13, 1ull << 63);
        QCOMPARE(decodeServerAudit(*seal(MessageType::ServerAudit, countAttack, Compression::None))
                     .error(),
                 CodecError::TooLarge);
        std::string textAttack = rawPayload(audit);
        putU64(textAttack, textAttack.find("Kollega") - 8, 4ull << 30);
        const std::size_t before = g_allocatedBytes.load();
        QCOMPARE(decodeServerAudit(*seal(MessageType::ServerAudit, textAttack, Compression::None))
                     .error(),
                 CodecError::TooLarge);
        QVERIFY(g_allocatedBytes.load() - before < 64 * 1024);
        ServerAudit tooMany;
        tooMany.entries.resize(limits::kMaxServerAuditEntries + 1);
        QCOMPARE(encode(tooMany).error(), CodecError::TooLarge);
    }

    // A manager's list of the unit's tablets and staff: lossless, and bounded on input.
    void unitDevicesRoundTripAndAreBounded()
    {
        const UnitDevices list{
            "unit-1",
            {{7, "staff", "Annas platta", "staff-1", "Kollega, Anna", "0.1.0", 1'700'000'000'000,
              1'700'000'100'000, 0, 0, 0},
             {8, "staff", "Borttappad", "staff-2", "Bo", "", 1'600'000'000'000, 0,
              1'700'000'200'000, 1'700'000'200'000, 1'700'000'300'000},
             {9, "kiosk", "Väntrummet", "", "", "0.1.0", 1'650'000'000'000, 1, 0, 0, 0}},
            {{"staff-1", "Kollega, Anna", "manager", 0}, {"staff-2", "Bo", "staff", 17}}};
        auto bytes = encode(list);
        QVERIFY(bytes.ok());
        auto back = decodeUnitDevices(*bytes);
        QVERIFY(back.ok());
        QCOMPARE(*back, list);
        QCOMPARE(decodeServerAudit(*bytes).error(), CodecError::WrongType);

        // endian(1) version(4) unit length(8), empty -> the devices' count at 13.
        std::string countAttack = rawPayload(UnitDevices{});
        putU64(countAttack, 13, 1ull << 63);
        QCOMPARE(decodeUnitDevicesPayload(countAttack).error(), CodecError::TooLarge);
        std::string textAttack = rawPayload(list);
        putU64(textAttack, textAttack.find("Annas") - 8, 4ull << 30);
        QCOMPARE(decodeUnitDevicesPayload(textAttack).error(), CodecError::TooLarge);
        UnitDevices tooMany;
        tooMany.devices.resize(limits::kMaxUnitDevices + 1);
        QCOMPARE(encode(tooMany).error(), CodecError::TooLarge);
    }

    // A first sync's page of the server's state: every field's state with its conflict copies
    // and writer survives, each name written once; damaged or hostile bytes are refused.
    void statePageRoundTripsAndIsBounded()
    {
        const Hlc write{1'700'000'000'000, 2, 0x1122334455667788ull};
        StatePage page{4711, true, 1'700'000'100'000, {}};
        StateRecord note{"note", "0190f000-0000-7000-8000-000000000001", {}};
        note.fields.push_back({"body",
                               {std::string("Barnet berättar om skolan."),
                                write,
                                {1'699'999'999'000, 0, 7},
                                "staff-42",
                                {{std::string("En annan text"),
                                  {1'699'999'999'500, 1, 9},
                                  {1'699'999'999'000, 0, 7},
                                  "staff-43"},
                                 {std::string(), {1'699'999'999'600, 0, 10}, {}, {}}}},
                               {write.device, 17}});
        note.fields.push_back(
            {"status", {std::string("draft"), write, {}, {}, {}}, {write.device, 18}});
        note.fields.push_back({"unit_id", {std::string("unit-1"), write, {}, {}, {}}, {3, 5}});
        note.fields.push_back({"deleted", {std::int64_t{0}, {1, 0, 0}, {}, {}, {}}, {0, 1}});
        page.records.push_back(note);
        page.records.push_back({"info_card",
                                "card-1",
                                {{"published", {std::int64_t{1}, {5, 0, 6}, {}, {}, {}}, {0, 256}},
                                 {"blob", {Blob{0, 1, 255}, {5, 0, 6}, {}, {}, {}}, {6, 1}}}});
        page.records.push_back({"family", "f", {}});
        auto bytes = encode(page);
        QVERIFY(bytes.ok());
        auto back = decodeStatePage(*bytes);
        QVERIFY(back.ok());
        QCOMPARE(*back, page);
        QCOMPARE(decodeBatch(*bytes).error(), CodecError::WrongType);

        // Names once per page: a hundred records of one entity and author cost their ids and
        // values, not the names again.
        StatePage many;
        for (int i = 0; i < 100; ++i) {
            StateRecord r = note;
            r.id = "id-" + std::to_string(i);
            many.records.push_back(r);
        }
        const std::string raw = firstFormPayload(many);
        QCOMPARE(raw.find("staff-42"), raw.rfind("staff-42"));
        QVERIFY(decodeStatePagePayload(raw).ok());

        for (std::size_t n = wire::kHeaderBytes; n < bytes->size(); ++n)
            QVERIFY(!decodeStatePage(std::string_view(*bytes).substr(0, n)).ok());
        // endian(1) version(4) cursor(8) hasMore(1) sentAt(8) -> the names' count at 22.
        std::string countAttack = firstFormPayload(page);
        putU64(countAttack, 22, 1ull << 63);
        QCOMPARE(decodeStatePagePayload(countAttack).error(), CodecError::TooLarge);
        std::string flagAttack = firstFormPayload(page);
        flagAttack[13] = 2; // hasMore is 0 or 1
        QCOMPARE(decodeStatePagePayload(flagAttack).error(), CodecError::Malformed);
        // A name index past the page's names.
        StatePage one{
            1,
            false,
            0,
            {{"note", "x", {{"body", {std::string("t"), write, {}, {}, {}}, {write.device, 1}}}}}};
        std::string indexAttack = firstFormPayload(one);
        const std::size_t recordAt = indexAttack.find('x') - 8 - 4 - 8; // count, entity, length
        indexAttack[recordAt + 8] = 9;
        QCOMPARE(decodeStatePagePayload(indexAttack).error(), CodecError::Malformed);

        StatePage tooMany;
        tooMany.records.resize(limits::kMaxStateRecords + 1);
        QCOMPARE(encode(tooMany).error(), CodecError::TooLarge);
        StatePage wide{0, false, 0, {{"note", "x", {}}}};
        wide.records[0].fields.resize(limits::kMaxStateFields + 1);
        QCOMPARE(encode(wide).error(), CodecError::TooLarge);
    }

    // The versions a resolution saw travel intact, alone or beside ordinary deltas.
    void roundTripsTheVersionsAResolutionSaw()
    {
        Batch b;
        b.deltas = {resolution(1), sampleDelta(2, std::string("vanlig")), resolution(3)};
        b.deltas[2].seen.resize(limits::kMaxConflictCopies, Hlc{5, 1, 2});
        auto back = decodeBatch(*encode(b));
        QVERIFY(back.ok());
        QCOMPARE(back->deltas.size(), std::size_t{3});
        QCOMPARE(back->deltas[0].seen, resolution(1).seen);
        QVERIFY(back->deltas[1].seen.empty());
        QCOMPARE(back->deltas[2].seen.size(), std::size_t(limits::kMaxConflictCopies));
        QCOMPARE(*back, b);

        // A refusal carries the server's value, which may itself be a resolution.
        PushResponse r;
        r.rejected = {{{1, 4}, RejectReason::SignedImmutable, "signed", resolution(9)}};
        auto rback = decodePushResponse(*encode(r));
        QVERIFY(rback.ok());
        QCOMPARE(*rback, r);

        // More than a field can hold conflict copies: the encoder refuses, and so does the
        // decoder when another writer sends it anyway.
        b.deltas[2].seen.push_back(Hlc{6, 1, 2});
        QCOMPARE(encode(b).error(), CodecError::TooLarge);
        Batch one;
        one.deltas = {resolution(1)};
        std::string raw = firstFormPayload(one);
        // The seen count follows the base: 2 versions of 18 bytes each end the payload.
        const std::size_t countAt = raw.size() - 2 * 18 - 8;
        QCOMPARE(static_cast<unsigned char>(raw[countAt]), 2u);
        putU64(raw, countAt, limits::kMaxConflictCopies + 1);
        QCOMPARE(decodeBatchPayload(raw).error(), CodecError::TooLarge);
        putU64(raw, countAt, 3); // more than the bytes that follow
        QCOMPARE(decodeBatchPayload(raw).error(), CodecError::Truncated);
    }

    // What a build before `seen` wrote (Delta class version 1, no seen list) still decodes,
    // with nothing seen; a version from the future is refused.
    void decodesDeltasFromBeforeSeen()
    {
        Batch one;
        one.deltas = {sampleDelta(1, std::string("gammal"))};
        std::string raw = firstFormPayload(one);
        // endian(1) Batch version(4) device cursor hasMore sentAt count -> Delta version at 38
        constexpr std::size_t versionAt = 38;
        QCOMPARE(static_cast<unsigned char>(raw[versionAt]), 2u);
        std::string v1 = raw.substr(0, raw.size() - 8); // drop the empty seen count
        v1[versionAt] = 1;
        auto back = decodeBatchPayload(v1);
        QVERIFY2(back.ok(), back.ok() ? "" : toString(back.error()));
        QCOMPARE(*back, one);
        QVERIFY(back->deltas[0].seen.empty());
        // The same bytes sealed as a pull page or push body decode too.
        auto sealed = decodeBatch(*seal(MessageType::Batch, v1, Compression::Zstd));
        QVERIFY(sealed.ok());
        QCOMPARE(*sealed, one);

        raw[versionAt] = 3;
        QCOMPARE(decodeBatchPayload(raw).error(), CodecError::UnsupportedVersion);
    }

    // What a tablet pushes: the fields of one write of a note, ids and references as UUIDs.
    static Batch notePush(int notes)
    {
        Batch b;
        b.device = 0x5eed5eed5eed5eedull;
        b.cursor = 12;
        b.sentAtMs = 1'700'000'000'000;
        std::uint64_t counter = 40;
        for (int i = 0; i < notes; ++i) {
            const Hlc at{1'700'000'000'000 + i, static_cast<std::uint16_t>(i % 3), b.device};
            const std::string id = "0190f000-0000-7000-8000-00000000000" + std::to_string(i % 10);
            for (const auto &[field, value] : std::vector<std::pair<std::string, Value>>{
                     {"subject_id", std::string("0190f000-1111-7000-8000-abcdefabcdef")},
                     {"kind", std::string("case")},
                     {"body", std::string("Barnet berättar om skolan.")},
                     {"event_day", std::int64_t{-20'000}},
                     {"status", std::string("draft")}})
                b.deltas.push_back(
                    {{b.device, ++counter}, "note", id, field, value, at, "staff-42", Hlc{}});
        }
        return b;
    }

    // The compact form (what this build sends) and the first (what older peers read) carry the
    // same message; the compact one in fewer bytes.
    void bothFormsCarryTheSameMessage()
    {
        Batch odd = sampleBatch();
        // Ids and texts almost in the UUID form stay text, byte for byte.
        odd.deltas[0].entityId = "0190F000-0000-7000-8000-000000000001";
        odd.deltas[1].value = std::string("0190f000-0000-7000-8000-00000000000g");
        odd.deltas[2].value = std::string("0190f000-0000-7000-8000-000000000001");
        odd.deltas[3].id.device = 77;        // written under another device's timestamp
        odd.deltas[4].hlc = {-1, 0xffff, 0}; // a timestamp before the epoch, device 0
        odd.deltas[5].id.counter = 1;        // counters that step back
        odd.deltas[6].author.clear();
        odd.deltas[6].entity = "family";
        for (const Batch &b : {sampleBatch(), odd, notePush(50), Batch{}}) {
            for (WireForm form : {WireForm::Compact, WireForm::First}) {
                auto bytes = encode(b, form);
                QVERIFY(bytes.ok());
                auto back = decodeBatch(*bytes);
                QVERIFY2(back.ok(), back.ok() ? "" : toString(back.error()));
                QCOMPARE(*back, b);
            }
        }
        const Batch push = notePush(50);
        const std::size_t compact = rawPayload(push).size();
        const std::size_t first = firstFormPayload(push).size();
        qInfo("50 notes of 5 fields: %zu B compact, %zu B in the first form", compact, first);
        QVERIFY(compact * 2 < first);
        // The first form's bytes are what a build before the compact form wrote.
        QCOMPARE(firstFormPayload(push).substr(1, 4), std::string("\x01\0\0\0", 4));
        QCOMPARE(rawPayload(push).substr(1, 4), std::string("\x02\0\0\0", 4));

        StatePage page{7, true, -3, {}};
        for (const Delta &d : push.deltas) {
            if (page.records.empty() || page.records.back().id != d.entityId)
                page.records.push_back({d.entity, d.entityId, {}});
            page.records.back().fields.push_back(
                {d.field, {d.value, d.hlc, {}, d.author, {}}, d.id});
        }
        page.records.push_back(
            {"info_card",
             "card-1",
             {{"published", {std::int64_t{1}, {5, 0, 0}, {}, {}, {}}, {0, 256}}}});
        for (WireForm form : {WireForm::Compact, WireForm::First}) {
            auto back = decodeStatePage(*encode(page, form));
            QVERIFY(back.ok());
            QCOMPARE(*back, page);
        }
        QVERIFY(rawPayload(page).size() * 2 < firstFormPayload(page).size());
    }

    // The compact form's numbers are varints: bounded like the first form's lengths.
    void compactFormIsBounded()
    {
        // endian(1) version(4) device(8) cursor(1) hasMore(1) sentAt(1) names(1) -> deltas' count
        const std::string empty = rawPayload(Batch{});
        QCOMPARE(empty.size(), std::size_t{18});
        const std::string head = empty.substr(0, 17);
        const auto varint = [](std::uint64_t v) {
            std::string out;
            for (; v >= 0x80; v >>= 7)
                out.push_back(static_cast<char>(v | 0x80));
            out.push_back(static_cast<char>(v));
            return out;
        };
        QCOMPARE(decodeBatchPayload(head + varint(1ull << 63)).error(), CodecError::TooLarge);
        QCOMPARE(decodeBatchPayload(head + varint(5)).error(), CodecError::Truncated);
        QCOMPARE(decodeBatchPayload(head + std::string(11, '\x80') + '\x01').error(),
                 CodecError::Malformed); // past 64 bits
        QCOMPARE(decodeBatchPayload(head + "\xff\xff\xff\xff\xff\xff\xff\xff\xff\x02").error(),
                 CodecError::Malformed);
        QVERIFY(decodeBatchPayload(head + varint(0)).ok());
        std::string flag = empty;
        flag[14] = 2; // hasMore is 0 or 1
        QCOMPARE(decodeBatchPayload(flag).error(), CodecError::Malformed);

        Batch one;
        one.deltas = {sampleDelta(1, std::string("MARKER"))};
        one.deltas[0].base.device = one.deltas[0].hlc.device; // its flags in one byte
        const std::string raw = rawPayload(one);
        const std::size_t text = raw.find("MARKER");
        QCOMPARE(static_cast<int>(raw[text - 1]), 6); // the text's length
        const std::string huge = raw.substr(0, text - 1) + varint(4ull << 30) + raw.substr(text);
        const std::size_t before = g_allocatedBytes.load();
        QCOMPARE(decodeBatchPayload(huge).error(), CodecError::TooLarge);
        QVERIFY(g_allocatedBytes.load() - before < 64 * 1024);

        // The first delta cannot repeat a record or a timestamp that came before it.
        // flags, entity, id, field, value tag, length
        const std::size_t flagsAt = text - 1 - 1 - 1 - 16 - 1 - 1;
        QCOMPARE(static_cast<int>(raw[flagsAt]), 2 | 8 | 16 | 32); // UUID, device, base, author
        std::string same = raw;
        same[flagsAt] = static_cast<char>(raw[flagsAt] | 1);
        QCOMPARE(decodeBatchPayload(same).error(), CodecError::Malformed);
        // Nor name what the page's names do not hold.
        std::string name = raw;
        name[flagsAt + 1 + 1 + 16] = 9; // the field's name index
        QCOMPARE(decodeBatchPayload(name).error(), CodecError::Malformed);
        for (std::size_t n = 0; n < raw.size(); ++n)
            QVERIFY(!decodeBatchPayload(std::string_view(raw).substr(0, n)).ok());

        // A timestamp is a step from the one before (the first form: its milliseconds whole):
        // neither may reach milliseconds past the 48 bits a packed timestamp holds (a store,
        // the server, a state page's first form), or the message would not come back the
        // same from them (two finds of the fuzzer).
        const std::pair<std::int64_t, bool> edges[] = {{Hlc::kMaxWallMs, true},
                                                       {Hlc::kMinWallMs, true},
                                                       {Hlc::kMaxWallMs + 1, false},
                                                       {Hlc::kMinWallMs - 1, false}};
        for (const auto &[ms, holds] : edges) {
            QCOMPARE(Hlc::packable(ms), holds);
            Batch edge;
            edge.deltas = {sampleDelta(1, std::string("x"))};
            edge.deltas[0].hlc.wallMs = ms;
            for (const std::string &payload : {rawPayload(edge), firstFormPayload(edge)}) {
                const auto back = decodeBatchPayload(payload);
                if (holds) {
                    QVERIFY(back.ok());
                    QVERIFY(back->deltas[0].hlc == edge.deltas[0].hlc);
                } else {
                    QCOMPARE(back.error(), CodecError::Malformed);
                }
            }
        }
    }

    void zstdFrameMustMatchTheEnvelope()
    {
        // A frame that lies about its content size relative to the envelope.
        const std::string raw = rawPayload(sampleBatch());
        auto sealed = *seal(MessageType::Batch, raw, Compression::Zstd);
        auto other = *seal(MessageType::Batch, raw + raw, Compression::Zstd);
        // Put the second frame under the first header: sizes disagree, CRC recomputed by seal
        // is not available, so build it through seal with a doctored payload instead.
        const std::string frame = other.substr(wire::kHeaderBytes);
        std::string forged = sealed.substr(0, wire::kHeaderBytes) + frame;
        QVERIFY(!decodeBatch(forged).ok());
        // Uncompressed payload that is random junk: malformed, not a crash.
        auto junk = *seal(MessageType::Batch, std::string(100, '\x7f'), Compression::None);
        QVERIFY(!decodeBatch(junk).ok());
    }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
