// The sync core's costs on 100,000 real field deltas (the outbox of a store that wrote 12,500
// notes): encode and decode through the wire codec, merge-apply into another store, and the
// bytes on the wire next to gzip'd JSON of the same changes. Prints figures; run through
// scripts/bench (a release build).

#include "benchnotes.h"
#include "store/store.h"
#include "sync/core/codec.h"
#include "sync/core/limits.h"
#include "sync/core/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <span>

using namespace lykta;
using namespace lykta::store;
using lykta::bench::Clock;

namespace {

constexpr std::size_t kNotes = 12'500; // 8 field deltas each (7 fields + unit_id)
constexpr std::size_t kPage = lykta::sync::limits::kDefaultPullLimit;

[[noreturn]] void fail(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, detail.c_str());
    std::exit(1);
}

std::vector<sync::Delta> writeNotes(Store &store)
{
    std::mt19937_64 random(11);
    const auto notes = bench::makeNotes(kNotes, random);
    if (auto r = store.write(bench::kActor, notes); !r)
        fail("write", r.error().detail);
    auto outbox = store.outbox();
    if (!outbox)
        fail("outbox", outbox.error().detail);
    // The unit's own deltas are not note traffic; keep exactly the notes' field deltas.
    std::erase_if(*outbox, [](const sync::Delta &d) { return d.entity != "note"; });
    return std::move(*outbox);
}

std::vector<sync::Batch> pages(const std::vector<sync::Delta> &deltas)
{
    std::vector<sync::Batch> out;
    for (std::size_t at = 0; at < deltas.size(); at += kPage) {
        sync::Batch b;
        b.cursor = at + kPage;
        b.hasMore = at + kPage < deltas.size();
        b.sentAtMs = sync::HlcClock::systemMilliseconds();
        const auto end = std::min(deltas.size(), at + kPage);
        b.deltas.assign(deltas.begin() + static_cast<std::ptrdiff_t>(at),
                        deltas.begin() + static_cast<std::ptrdiff_t>(end));
        out.push_back(std::move(b));
    }
    return out;
}

// What a straightforward JSON API would send for the same page: ids and clocks as strings
// where 64-bit integers do not fit a JSON number.
QByteArray json(const sync::Batch &b)
{
    const auto hlc = [](const sync::Hlc &h) {
        return QJsonObject{{"wall", static_cast<double>(h.wallMs)},
                           {"counter", h.counter},
                           {"device", QString::number(h.device)}};
    };
    QJsonArray deltas;
    for (const sync::Delta &d : b.deltas) {
        QJsonObject o{{"device", QString::number(d.id.device)},
                      {"counter", static_cast<double>(d.id.counter)},
                      {"entity", QString::fromStdString(d.entity)},
                      {"entityId", QString::fromStdString(d.entityId)},
                      {"field", QString::fromStdString(d.field)},
                      {"hlc", hlc(d.hlc)},
                      {"author", QString::fromStdString(d.author)},
                      {"base", hlc(d.base)}};
        if (const auto *s = std::get_if<std::string>(&d.value))
            o.insert("value", QString::fromStdString(*s));
        else if (const auto *i = std::get_if<std::int64_t>(&d.value))
            o.insert("value", static_cast<double>(*i));
        else
            o.insert("value", QJsonValue::Null);
        deltas.append(o);
    }
    QJsonObject page{{"cursor", static_cast<double>(b.cursor)},
                     {"hasMore", b.hasMore},
                     {"sentAtMs", static_cast<double>(b.sentAtMs)},
                     {"deltas", deltas}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

std::size_t gzipSize(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        fail("zlib", "deflateInit2");
    std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        fail("zlib", "deflate");
    const std::size_t size = z.total_out;
    deflateEnd(&z);
    return size;
}

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

} // namespace

int main()
{
    QLoggingCategory::setFilterRules("lykta.*.info=false");
    QTemporaryDir dir;
    auto source = bench::open(dir.filePath("source.db"));
    const auto deltas = writeNotes(*source);
    const auto batches = pages(deltas);
    const double n = static_cast<double>(deltas.size());

    // Encode and decode: best of three rounds.
    double encodeS = 1e9, decodeS = 1e9;
    std::vector<std::string> wire;
    for (int round = 0; round < 3; ++round) {
        wire.clear();
        auto start = Clock::now();
        for (const auto &b : batches) {
            auto bytes = sync::encode(b);
            if (!bytes)
                fail("encode", sync::toString(bytes.error()));
            wire.push_back(std::move(*bytes));
        }
        encodeS = std::min(encodeS, seconds(Clock::now() - start));
        start = Clock::now();
        for (const auto &bytes : wire) {
            auto b = sync::decodeBatch(bytes);
            if (!b)
                fail("decode", sync::toString(b.error()));
        }
        decodeS = std::min(decodeS, seconds(Clock::now() - start));
    }

    // Merge-apply every page into an empty store, as a pull does: one transaction per page,
    // together with its cursor.
    auto target = bench::open(dir.filePath("target.db"), {}, /*fresh=*/false);
    std::vector<sync::Batch> decoded;
    for (const auto &bytes : wire)
        decoded.push_back(*sync::decodeBatch(bytes));
    const auto start = Clock::now();
    std::size_t applied = 0;
    for (const auto &b : decoded) {
        auto r = target->applyRemote(b.deltas, b.cursor);
        if (!r)
            fail("applyRemote", r.error().detail);
        applied += r->applied;
    }
    const double applyS = seconds(Clock::now() - start);
    if (applied != deltas.size())
        fail("applyRemote", "not every delta applied");

    std::size_t wireBytes = 0, jsonBytes = 0, jsonRaw = 0;
    for (std::size_t i = 0; i < batches.size(); ++i) {
        wireBytes += wire[i].size();
        const QByteArray j = json(batches[i]);
        jsonRaw += static_cast<std::size_t>(j.size());
        jsonBytes += gzipSize(j);
    }

    std::printf("sync core: %zu field deltas (%zu notes, ~450 B text), pages of %zu\n",
                deltas.size(), kNotes, kPage);
    std::printf("  encode:      %8.0f deltas/s  (%.1f ms)\n", n / encodeS, encodeS * 1000);
    std::printf("  decode:      %8.0f deltas/s  (%.1f ms)\n", n / decodeS, decodeS * 1000);
    std::printf("  merge-apply: %8.0f deltas/s  (%.1f ms, %zu pages, goal >= 50,000/s)\n",
                n / applyS, applyS * 1000, decoded.size());
    std::printf("  wire: %.1f B/delta (zstd cereal)  vs gzip'd JSON %.1f B/delta (raw JSON %.1f)\n",
                static_cast<double>(wireBytes) / n, static_cast<double>(jsonBytes) / n,
                static_cast<double>(jsonRaw) / n);
    std::printf("  ratio wire / gzip'd JSON: %.2f (goal <= 1.1)\n",
                static_cast<double>(wireBytes) / static_cast<double>(jsonBytes));
    return 0;
}
