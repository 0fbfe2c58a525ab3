#include "replica.h"

#include "sync/core/codec.h"
#include "sync/core/hlc.h"

#include <QtTest>

#include <chrono>
#include <deque>
#include <random>

using namespace lykta::sync;
using lykta::sync::test::Replica;

namespace {

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 24 * kHourMs;
constexpr std::size_t kTestPushBatch = 8; // small, so outboxes span several batches
constexpr std::uint32_t kTestPullLimit = 10;

std::uint64_t envNumber(const char *name, std::uint64_t fallback)
{
    const QByteArray v = qgetenv(name);
    bool ok = false;
    const qulonglong n = v.toULongLong(&ok);
    return ok ? n : fallback;
}

// Simulated network: each message may be lost or delivered twice.
struct Faults
{
    double drop = 0;
    double duplicate = 0;
};

// The reference server: accepts pushes in per-device counter order, judges them with the
// same merge rule (enforcing signatures), and serves its log in order.
class Server
{
public:
    explicit Server(const std::int64_t &now) : m_clock(0, [&now] { return now; }), m_now(now) {}

    std::string push(std::string_view body)
    {
        auto batch = decodeBatch(body);
        if (!batch.ok())
            qFatal("server: push did not decode: %s", toString(batch.error()));
        PushResponse response;
        bool gap = false;
        for (const Delta &d : batch->deltas) {
            if (m_replica.hasSeen(d.id)) {
                response.accepted.push_back(d.id);
                continue;
            }
            if (const auto r = m_rejected.find(d.id); r != m_rejected.end()) {
                response.rejected.push_back({d.id, r->second, "again", std::nullopt});
                continue;
            }
            std::uint64_t &expected = m_nextCounter[d.id.device];
            if (gap || d.id.counter != expected + 1) {
                gap = true; // everything after a gap waits for the gap to be filled
                response.rejected.push_back({d.id, RejectReason::OutOfOrder, "", std::nullopt});
                continue;
            }
            ++expected;
            if (m_clock.receive(d.hlc) != ClockError::None) {
                reject(response, d.id, RejectReason::ClockTooFarAhead);
                continue;
            }
            const Replica::Key key{d.entity, d.entityId};
            const MergeOutcome out = m_replica.apply(d, true);
            if (out.result == MergeResult::Rejected) {
                reject(response, d.id, out.reason);
                continue;
            }
            response.accepted.push_back(d.id);
            if (d.field == kStatusField && m_replica.isSigned(key) &&
                !m_signedSnapshots.contains(key))
                m_signedSnapshots[key] = m_replica.records().at(key);
        }
        response.cursor = m_replica.log().size();
        response.serverTimeMs = m_now;
        return *encode(response);
    }

    std::string pull(std::uint64_t cursor, std::uint32_t limit) const
    {
        const auto &log = m_replica.log();
        Batch page;
        const std::size_t from = std::min<std::size_t>(cursor, log.size());
        const std::size_t to = std::min<std::size_t>(from + limit, log.size());
        page.deltas.assign(log.begin() + static_cast<std::ptrdiff_t>(from),
                           log.begin() + static_cast<std::ptrdiff_t>(to));
        page.cursor = to;
        page.hasMore = to < log.size();
        page.sentAtMs = m_now;
        return *encode(page);
    }

    const Replica &replica() const { return m_replica; }
    const std::map<DeltaId, RejectReason> &rejected() const { return m_rejected; }
    const std::map<Replica::Key, Replica::Record> &signedSnapshots() const
    {
        return m_signedSnapshots;
    }

private:
    void reject(PushResponse &response, const DeltaId &id, RejectReason reason)
    {
        m_rejected[id] = reason;
        response.rejected.push_back({id, reason, "", std::nullopt});
    }

    Replica m_replica;
    HlcClock m_clock;
    const std::int64_t &m_now;
    std::map<DeviceId, std::uint64_t> m_nextCounter;
    std::map<DeltaId, RejectReason> m_rejected;
    std::map<Replica::Key, Replica::Record> m_signedSnapshots;
};

// A tablet: edits offline with a skewed clock, pushes its outbox, pulls the server's log.
class Device
{
public:
    Device(const Device &) = delete;
    Device &operator=(const Device &) = delete;
    Device(DeviceId id, const std::int64_t &now, std::int64_t skewMs)
        : m_id(id), m_now(now), m_skewMs(skewMs),
          m_clock(id, [this] { return m_now + m_skewMs + m_offsetMs; })
    {}

    DeviceId id() const { return m_id; }
    Replica &replica() { return m_replica; }
    const std::deque<Delta> &outbox() const { return m_outbox; }
    bool caughtUp() const { return m_caughtUp; }

    // The wall clock is set back (a manual change, an NTP step); never beyond -24 h.
    void jumpBack(std::int64_t ms) { m_skewMs = std::max(m_skewMs - ms, -kDayMs); }

    // A local edit: stamped, merged like any delta, queued. nullopt when the merge refuses it.
    // `seen`: conflict copies a person resolved with this write (Delta::seen).
    std::optional<Delta> write(const Replica::Key &key, const std::string &field, Value value,
                               std::vector<Hlc> seen = {})
    {
        const FieldState *current = m_replica.field(key, field);
        Delta d{{m_id, m_counter + 1},
                key.first,
                key.second,
                field,
                std::move(value),
                m_clock.now(),
                "staff-" + std::to_string(m_id),
                current ? current->hlc : Hlc{},
                std::move(seen)};
        if (m_replica.apply(d, true).result == MergeResult::Rejected)
            return std::nullopt;
        ++m_counter; // counters stay gap-free: only written deltas consume one
        m_outbox.push_back(d);
        return d;
    }

    std::string pushBody() const
    {
        Batch b;
        b.device = m_id;
        b.cursor = m_cursor;
        b.sentAtMs = m_now + m_skewMs;
        for (std::size_t i = 0; i < m_outbox.size() && i < kTestPushBatch; ++i)
            b.deltas.push_back(m_outbox[i]);
        return *encode(b);
    }

    // Returns the ids the server refused for good.
    std::vector<Rejection> onPushResponse(std::string_view body)
    {
        auto response = decodePushResponse(body);
        if (!response.ok())
            qFatal("device: push response did not decode");
        std::set<DeltaId> done(response->accepted.begin(), response->accepted.end());
        std::vector<Rejection> final;
        for (const Rejection &r : response->rejected) {
            if (isTransient(r.reason))
                continue;
            done.insert(r.id);
            if (std::any_of(m_outbox.begin(), m_outbox.end(),
                            [&](const Delta &d) { return d.id == r.id; })) {
                m_replica.retract(r.id); // the server's word is final: undo it locally
                final.push_back(r);
            }
        }
        std::erase_if(m_outbox, [&](const Delta &d) { return done.contains(d.id); });
        return final;
    }

    std::uint64_t cursor() const { return m_cursor; }

    // Returns false if the clock refused a timestamp the server had accepted.
    bool onPullPage(std::string_view body)
    {
        auto page = decodeBatch(body);
        if (!page.ok())
            qFatal("device: pull page did not decode");
        // The server's time corrects this device's physical clock (NTP-like), so a tablet
        // that is a day off still accepts every stamp the server accepted.
        m_offsetMs = page->sentAtMs - (m_now + m_skewMs);
        bool clockOk = true;
        for (const Delta &d : page->deltas) {
            if (m_clock.receive(d.hlc) != ClockError::None)
                clockOk = false;
            m_replica.apply(d, false); // the server already judged it, in its order
        }
        if (page->cursor >= m_cursor)
            m_cursor = page->cursor;
        m_caughtUp = !page->hasMore;
        return clockOk;
    }

private:
    DeviceId m_id;
    const std::int64_t &m_now;
    std::int64_t m_skewMs;
    std::int64_t m_offsetMs = 0;
    HlcClock m_clock;
    Replica m_replica;
    std::deque<Delta> m_outbox;
    std::uint64_t m_counter = 0;
    std::uint64_t m_cursor = 0;
    bool m_caughtUp = false;
};

struct Stats
{
    std::uint64_t edits = 0;
    std::uint64_t conflictCopies = 0;
    std::uint64_t signedRejections = 0;
    std::uint64_t signedNotes = 0;
    std::uint64_t resolutions = 0;
};

// One seeded scenario. Returns an empty string when every invariant holds, else what broke.
class Scenario
{
public:
    explicit Scenario(std::uint64_t seed) : m_rng(seed), m_server(m_now)
    {
        const int devices = pick(3, 8);
        for (int i = 0; i < devices; ++i)
            m_devices.emplace_back(static_cast<DeviceId>(1000 + i), m_now, pick(-kDayMs, kDayMs));
        m_faults.drop = chance(0.5) ? 0.0 : uniform(0.0, 0.3);
        m_faults.duplicate = uniform(0.0, 0.2);
    }

    QString run(Stats &stats)
    {
        const int steps = pick(40, 120);
        for (int step = 0; step < steps; ++step) {
            m_now += pick(0, 5000);
            Device &dev = m_devices[static_cast<std::size_t>(pick(0, m_devices.size() - 1))];
            const int action = pick(0, 99);
            if (action < 55)
                edit(dev);
            else if (action < 75)
                push(dev, m_faults);
            else if (action < 95)
                pull(dev, m_faults);
            else
                dev.jumpBack(pick(std::int64_t{60'000}, 6 * kHourMs));
            if (!m_error.isEmpty())
                return m_error;
        }
        settle();
        if (m_error.isEmpty())
            check(stats);
        return m_error;
    }

private:
    std::int64_t pick(std::int64_t lo, std::int64_t hi)
    {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(m_rng);
    }
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    int pick(int lo, std::size_t hi) { return pick(lo, static_cast<int>(hi)); }
    double uniform(double lo, double hi)
    {
        return std::uniform_real_distribution<double>(lo, hi)(m_rng);
    }
    bool chance(double p) { return uniform(0.0, 1.0) < p; }

    std::string newId()
    {
        return "rec-" + std::to_string(m_nextRecord++) + "-" + std::to_string(pick(0, 9999));
    }
    std::string text(const Device &dev)
    {
        return "t" + std::to_string(dev.id()) + "-" + std::to_string(m_textCounter++);
    }

    bool write(Device &dev, const Replica::Key &key, const std::string &field, Value v,
               std::vector<Hlc> seen = {})
    {
        if (!dev.write(key, field, std::move(v), std::move(seen)))
            return false;
        ++m_edits;
        return true;
    }

    void edit(Device &dev)
    {
        // Records this device knows, in a deterministic order.
        std::vector<Replica::Key> known;
        for (const auto &[key, record] : dev.replica().records())
            known.push_back(key);
        const int kind = pick(0, 99);
        if (known.empty() || kind < 12) {
            const Replica::Key key{chance(0.6) ? "note" : "child", newId()};
            if (key.first == "note") {
                write(dev, key, "kind", std::string("session"));
                write(dev, key, "status", std::string("draft"));
                write(dev, key, "body", text(dev));
            } else {
                write(dev, key, "name", text(dev));
                write(dev, key, "about", text(dev));
            }
            write(dev, key, "deleted", std::int64_t{0});
            return;
        }
        const Replica::Key key = known[static_cast<std::size_t>(pick(0, known.size() - 1))];
        if (dev.replica().isSigned(key)) {
            if (chance(0.5)) { // the correction path: an amendment linked to the note
                const Replica::Key amendment{"amendment", newId()};
                write(dev, amendment, "target_id", key.second);
                write(dev, amendment, "body", text(dev));
            }
            return;
        }
        const std::string longField = key.first == "note" ? "body" : "about";
        if (key.first == "amendment")
            return; // amendments are written once
        const FieldState *held = dev.replica().field(key, longField);
        if (kind < 50 && held && !held->conflicts.empty() && chance(0.5)) {
            // A person resolves a conflict: keeps the copy, the current text, or a merge.
            const ConflictCopy &copy =
                held->conflicts[static_cast<std::size_t>(pick(0, held->conflicts.size() - 1))];
            const int choice = pick(0, 2);
            Value chosen = choice == 0 ? copy.value : choice == 1 ? held->value : text(dev);
            if (write(dev, key, longField, std::move(chosen), {copy.hlc}))
                ++m_resolutions;
        } else if (kind < 50)
            write(dev, key, longField, text(dev));
        else if (kind < 70)
            write(dev, key, key.first == "note" ? "kind" : "name", text(dev));
        else if (kind < 80)
            write(dev, key, "deleted", std::int64_t{1});
        else if (kind < 88)
            write(dev, key, "deleted", std::int64_t{0}); // re-creation
        else if (key.first == "note")
            write(dev, key, "status", std::string("signed"));
        else
            write(dev, key, "birth_year", std::int64_t{pick(2005, 2020)});
    }

    void push(Device &dev, const Faults &faults)
    {
        if (dev.outbox().empty())
            return;
        const std::string request = dev.pushBody();
        if (chance(faults.drop))
            return; // lost on the way: the outbox keeps it, a later push retries
        std::string response = m_server.push(request);
        if (chance(faults.duplicate))
            response = m_server.push(request); // delivered twice
        if (chance(faults.drop))
            return; // the answer is lost: the retry must be harmless
        for (const Rejection &r : dev.onPushResponse(response)) {
            if (r.reason != RejectReason::SignedImmutable)
                fail(QStringLiteral("unexpected rejection %1").arg(int(r.reason)));
            ++m_signedRejections;
        }
    }

    void pull(Device &dev, const Faults &faults)
    {
        const std::string page = m_server.pull(dev.cursor(), kTestPullLimit);
        if (chance(faults.drop))
            return;
        const int deliveries = chance(faults.duplicate) ? 2 : 1;
        for (int i = 0; i < deliveries; ++i)
            if (!dev.onPullPage(page))
                fail(QStringLiteral("device %1 refused a server-accepted stamp").arg(dev.id()));
    }

    // The network heals: everyone pushes everything, then pulls everything.
    void settle()
    {
        for (int round = 0; round < 50; ++round) {
            bool busy = false;
            for (Device &dev : m_devices)
                while (!dev.outbox().empty()) {
                    push(dev, {});
                    busy = true;
                }
            for (Device &dev : m_devices) {
                do
                    pull(dev, {});
                while (!dev.caughtUp());
            }
            if (!busy)
                return;
        }
        fail("did not settle");
    }

    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }

    void check(Stats &stats)
    {
        const Replica &server = m_server.replica();
        // 1. Convergence: every device equals the server.
        for (Device &dev : m_devices)
            if (dev.replica().records() != server.records())
                return fail(QStringLiteral("device %1 differs from the server").arg(dev.id()));

        // 2. Any delivery order (causal, with duplicates) gives the same state.
        for (int k = 0; k < 2; ++k) {
            const Replica replay = shuffledReplay(server.log());
            if (replay.records() != server.records())
                return fail("a shuffled replay of the server log differs: " +
                            firstDifference(replay, server));
        }

        // 3. No duplicates: the log holds each delta once; conflict copies are unique.
        std::set<DeltaId> ids;
        std::map<std::tuple<std::string, std::string, std::string>, std::vector<const Delta *>>
            byField;
        std::set<Hlc> bases;
        for (const Delta &d : server.log()) {
            if (!ids.insert(d.id).second)
                return fail("duplicate delta in the server log");
            byField[{d.entity, d.entityId, d.field}].push_back(&d);
            bases.insert(d.base);
            bases.insert(d.seen.begin(), d.seen.end()); // replaced knowingly, like a base
        }
        for (const auto &[key, record] : server.records())
            for (const auto &[name, field] : record) {
                std::set<Hlc> copies;
                for (const ConflictCopy &c : field.conflicts)
                    if (!copies.insert(c.hlc).second)
                        return fail("duplicate conflict copy");
                stats.conflictCopies += field.conflicts.size();
            }

        // 4. Every edit reached the server or was refused with a reason.
        if (ids.size() + m_server.rejected().size() != m_edits)
            return fail(QStringLiteral("edits %1, accepted %2, rejected %3")
                            .arg(m_edits)
                            .arg(ids.size())
                            .arg(m_server.rejected().size()));

        // 5. Nothing lost: each accepted edit is current, a conflict copy, or superseded.
        std::uint64_t lost = 0;
        for (const auto &[where, deltas] : byField) {
            const auto &[entity, id, name] = where;
            const FieldState &state = server.records().at({entity, id}).at(name);
            const Delta *newest =
                *std::max_element(deltas.begin(), deltas.end(),
                                  [](const Delta *a, const Delta *b) { return a->hlc < b->hlc; });
            if (state.hlc != newest->hlc || state.value != newest->value)
                ++lost; // last writer did not win
            if (Replica::kindOf(name) != FieldKind::LongText)
                continue;
            for (const Delta *d : deltas) {
                const bool current = state.hlc == d->hlc;
                const bool copy = std::any_of(
                    state.conflicts.begin(), state.conflicts.end(),
                    [&](const ConflictCopy &c) { return c.hlc == d->hlc && c.value == d->value; });
                const bool superseded = bases.contains(d->hlc);
                if (!current && !copy && !superseded)
                    ++lost;
            }
        }
        if (lost != 0)
            return fail(QStringLiteral("%1 edits lost").arg(lost));

        // 6. Signed notes are exactly as they were when signed.
        for (const auto &[key, snapshot] : m_server.signedSnapshots())
            if (server.records().at(key) != snapshot)
                return fail("a signed note changed");

        stats.edits += m_edits;
        stats.resolutions += m_resolutions;
        stats.signedRejections += m_signedRejections;
        stats.signedNotes += m_server.signedSnapshots().size();
    }

    static QString describe(const FieldState &f)
    {
        QString s = QString::fromStdString(f.hlc.toString() + " base " + f.base.toString());
        for (const ConflictCopy &c : f.conflicts)
            s += QString::fromStdString(" [copy " + c.hlc.toString() + " base " +
                                        c.base.toString() + "]");
        return s;
    }

    static QString firstDifference(const Replica &a, const Replica &b)
    {
        for (const auto &[key, record] : b.records())
            for (const auto &[name, field] : record) {
                const FieldState *other = a.field(key, name);
                if (!other || !(*other == field)) {
                    QString history;
                    for (const Delta &d : b.log())
                        if (d.entityId == key.second && d.field == name)
                            history += QString::fromStdString("\n  " + d.hlc.toString() + " base " +
                                                              d.base.toString());
                    return QString::fromStdString(key.first + "/" + key.second + "." + name) +
                           ": " + (other ? describe(*other) : QStringLiteral("missing")) + " vs " +
                           describe(field) + "; server order:" + history;
                }
            }
        return QStringLiteral("extra records");
    }

    // Applies the log in a random order that respects causality (a delta after the one its
    // base names), re-applying some deltas at once and some again later.
    Replica shuffledReplay(const std::vector<Delta> &log)
    {
        std::map<Hlc, std::size_t> byHlc;
        for (std::size_t i = 0; i < log.size(); ++i)
            byHlc[log[i].hlc] = i;
        std::vector<bool> done(log.size(), false);
        std::vector<std::size_t> ready;
        // Causal: after the delta its base names and every one it names as seen.
        auto delivered = [&](const Hlc &h) {
            const auto dep = byHlc.find(h);
            return h.isNull() || dep == byHlc.end() || done[dep->second];
        };
        auto isReady = [&](std::size_t i) {
            return delivered(log[i].base) &&
                   std::all_of(log[i].seen.begin(), log[i].seen.end(), delivered);
        };
        Replica replica;
        std::vector<std::size_t> applied;
        std::size_t remaining = log.size();
        while (remaining > 0) {
            ready.clear();
            for (std::size_t i = 0; i < log.size(); ++i)
                if (!done[i] && isReady(i))
                    ready.push_back(i);
            const std::size_t i = ready[static_cast<std::size_t>(pick(0, ready.size() - 1))];
            const Delta &d = log[i];
            const Replica::Key key{d.entity, d.entityId};
            // Straight re-application must be a no-op for the pure function itself.
            const FieldState *before = replica.field(key, d.field);
            const FieldState start = before ? *before : FieldState{};
            const MergeOutcome once = merge(start, d, Replica::kindOf(d.field), false);
            const MergeOutcome twice = merge(once.state, d, Replica::kindOf(d.field), false);
            if (twice.changed() || twice.state != once.state)
                fail("merge is not idempotent");
            replica.apply(d, false);
            done[i] = true;
            applied.push_back(i);
            if (chance(0.1)) // a late duplicate of something already delivered
                replica.apply(log[applied[static_cast<std::size_t>(pick(0, applied.size() - 1))]],
                              false);
            --remaining;
        }
        return replica;
    }

    std::mt19937_64 m_rng;
    std::int64_t m_now = 1'700'000'000'000;
    Server m_server;
    std::deque<Device> m_devices; // stable addresses: a device's clock refers to it
    Faults m_faults;
    std::uint64_t m_nextRecord = 0;
    std::uint64_t m_textCounter = 0;
    std::uint64_t m_resolutions = 0;
    std::uint64_t m_edits = 0;
    std::uint64_t m_signedRejections = 0;
    QString m_error;
};

} // namespace

// Invariants 1, 2 and 4 of ARCHITECTURE.md as a seeded property test: random devices, edits,
// skewed and jumping clocks, lossy and duplicating network; everyone ends equal to the
// server and nothing is lost.
class TestConvergence : public QObject
{
    Q_OBJECT

private slots:
    void randomScenariosConverge()
    {
        const std::uint64_t base = envNumber(
            "LYKTA_SEED", static_cast<std::uint64_t>(
                              std::chrono::system_clock::now().time_since_epoch().count()));
        const std::uint64_t count = envNumber("LYKTA_SCENARIOS", 1000);
        qInfo("LYKTA_SEED=%llu LYKTA_SCENARIOS=%llu", static_cast<unsigned long long>(base),
              static_cast<unsigned long long>(count));
        Stats stats;
        const auto start = std::chrono::steady_clock::now();
        for (std::uint64_t i = 0; i < count; ++i) {
            const std::uint64_t seed = base + i;
            const QString error = Scenario(seed).run(stats);
            if (!error.isEmpty())
                QFAIL(
                    qPrintable(QStringLiteral("%1 — reproduce with LYKTA_SEED=%2 LYKTA_SCENARIOS=1")
                                   .arg(error)
                                   .arg(seed)));
        }
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - start)
                            .count();
        qInfo("%llu scenarios in %lld ms: %llu edits, %llu conflict copies kept, %llu "
              "resolved by a person, %llu signed notes, %llu edits refused as signed; 0 lost",
              static_cast<unsigned long long>(count), static_cast<long long>(ms),
              static_cast<unsigned long long>(stats.edits),
              static_cast<unsigned long long>(stats.conflictCopies),
              static_cast<unsigned long long>(stats.resolutions),
              static_cast<unsigned long long>(stats.signedNotes),
              static_cast<unsigned long long>(stats.signedRejections));
        QVERIFY(stats.conflictCopies > 0); // the scenarios do exercise concurrent text edits
        QVERIFY(stats.resolutions > 0);    // ... and their resolution
        QVERIFY(stats.signedRejections > 0);
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
