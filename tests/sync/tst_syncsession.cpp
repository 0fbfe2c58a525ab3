// The sync session against a scripted transport: each call answered from a queue, so every
// error class can be made to happen when the test wants it (a real server cannot be made to
// answer 401, 429 or a refusal of one delta on cue). The replica is the tablet's real store on
// a real file, so "nothing lost" is read where a person's work is kept: the outbox, the access
// log, the refused edits and the records, also after the file is opened again.

#include "storereplica.h"
#include "storetestutil.h"
#include "sync/client/syncsession.h"
#include "syncrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace lykta;
using namespace lykta::store;
using namespace lykta::store::test;
using namespace lykta::sync::client;
using namespace std::chrono_literals;

namespace {

using Clock = std::chrono::steady_clock;

const Actor kColleague{"staff-2", "unit-1"};

TransportError transportError(ErrorClass c, int http, std::string detail,
                              std::chrono::seconds retryAfter = 0s)
{
    TransportError e;
    e.errorClass = c;
    e.httpStatus = http;
    e.detail = std::move(detail);
    e.retryAfter = retryAfter;
    return e;
}

// A Transport that answers push, audit upload and pull from queues the test fills, in the order
// the session calls them. Every call is logged with its time; a call nobody scripted is logged
// too and answered Fatal, so it shows in the log and stops the session.
class ScriptedTransport : public Transport
{
public:
    using PushAnswer = std::function<TransportResult<sync::PushResponse>(const sync::Batch &)>;
    using AuditAnswer =
        std::function<TransportResult<sync::AuditReceipt>(const sync::AuditUpload &)>;

    struct Call
    {
        std::string kind; // push, audit, pull, state
        Clock::time_point at;
        std::vector<sync::DeltaId> pushed; // push: the batch's deltas
        std::size_t auditEntries = 0;      // audit: the upload's entries
        std::uint64_t since = 0;           // pull: the cursor asked from
        bool scripted = true;
    };

    void onPush(PushAnswer answer) { m_push.push_back(std::move(answer)); }
    void onAudit(AuditAnswer answer) { m_audit.push_back(std::move(answer)); }
    void onPull(TransportResult<sync::Batch> page) { m_pull.push_back(std::move(page)); }
    void onState(TransportResult<sync::StatePage> page) { m_state.push_back(std::move(page)); }

    std::vector<Call> calls() const
    {
        std::lock_guard lock(m_mutex);
        return m_calls;
    }
    // The calls in order, by kind ("push", "audit", "pull"; "push (unscripted)").
    QStringList kinds() const
    {
        QStringList out;
        for (const Call &c : calls())
            out << QString::fromStdString(c.kind) + (c.scripted ? "" : " (unscripted)");
        return out;
    }
    // The gaps between consecutive calls (the session's waits, plus the little work between).
    std::vector<std::chrono::milliseconds> gaps() const
    {
        const auto all = calls();
        std::vector<std::chrono::milliseconds> out;
        for (std::size_t i = 1; i < all.size(); ++i)
            out.push_back(
                std::chrono::duration_cast<std::chrono::milliseconds>(all[i].at - all[i - 1].at));
        return out;
    }
    // The gaps, for a failure message.
    QByteArray gapsText() const
    {
        QStringList out;
        for (const auto gap : gaps())
            out << QString::number(gap.count()) + " ms";
        return "waits: " + out.join(", ").toUtf8();
    }
    bool allAnswersUsed() const
    {
        return m_push.empty() && m_audit.empty() && m_pull.empty() && m_state.empty();
    }
    int cancels() const { return m_cancels; }

    TransportResult<sync::PushResponse> push(const sync::Batch &batch,
                                             const std::string &resumeEpoch) override
    {
        {
            std::lock_guard lock(m_mutex);
            m_resumes.push_back(resumeEpoch);
        }
        Call call{"push", Clock::now(), {}, 0, 0, !m_push.empty()};
        for (const sync::Delta &d : batch.deltas)
            call.pushed.push_back(d.id);
        log(call);
        if (m_cancelled)
            return transportError(ErrorClass::Transient, 0, "cancelled");
        if (m_push.empty())
            return transportError(ErrorClass::Fatal, 0, "unscripted push");
        auto answer = std::move(m_push.front());
        m_push.pop_front();
        return answer(batch);
    }

    TransportResult<sync::AuditReceipt> uploadAudit(const sync::AuditUpload &upload) override
    {
        log({"audit", Clock::now(), {}, upload.entries.size(), 0, !m_audit.empty()});
        if (m_cancelled)
            return transportError(ErrorClass::Transient, 0, "cancelled");
        if (m_audit.empty())
            return transportError(ErrorClass::Fatal, 0, "unscripted audit upload");
        auto answer = std::move(m_audit.front());
        m_audit.pop_front();
        return answer(upload);
    }

    TransportResult<sync::Batch> pull(std::uint64_t since, std::uint32_t) override
    {
        log({"pull", Clock::now(), {}, 0, since, !m_pull.empty()});
        if (m_cancelled)
            return transportError(ErrorClass::Transient, 0, "cancelled");
        if (m_pull.empty())
            return transportError(ErrorClass::Fatal, 0, "unscripted pull");
        auto page = std::move(m_pull.front());
        m_pull.pop_front();
        return page;
    }

    TransportResult<sync::StatePage> pullState(std::uint64_t since, std::uint32_t) override
    {
        log({"state", Clock::now(), {}, 0, since, !m_state.empty()});
        if (m_cancelled)
            return transportError(ErrorClass::Transient, 0, "cancelled");
        if (m_state.empty())
            return transportError(ErrorClass::Fatal, 0, "unscripted state pull");
        auto page = std::move(m_state.front());
        m_state.pop_front();
        return page;
    }

    TransportResult<Health> health() override { return unused("health"); }
    TransportResult<Enrollment> enroll(const EnrollRequest &) override { return unused("enroll"); }
    TransportResult<ReportDownload> report(const ReportQuery &) override
    {
        return unused("report");
    }
    TransportResult<sync::ServerAudit> auditExtract(const std::string &) override
    {
        return unused("auditExtract");
    }
    TransportResult<sync::UnitDevices> unitDevices(const std::string &) override
    {
        return unused("unitDevices");
    }
    TransportResult<IssuedCode> issueCode(const CodeRequest &) override
    {
        return unused("issueCode");
    }
    TransportResult<bool> revokeDevice(sync::DeviceId, bool) override
    {
        return unused("revokeDevice");
    }
    TransportResult<StaffChange> setStaffActive(const std::string &, bool) override
    {
        return unused("setStaffActive");
    }
    TransportResult<bool> confirmErased() override { return unused("confirmErased"); }
    // What the scripted answers name as the server's epoch (empty: a server from before them).
    std::string answeredEpoch() const override
    {
        std::lock_guard lock(m_mutex);
        return m_epoch;
    }
    void setEpoch(std::string epoch)
    {
        std::lock_guard lock(m_mutex);
        m_epoch = std::move(epoch);
    }
    // The resume epoch each push carried, in order.
    std::vector<std::string> resumes() const
    {
        std::lock_guard lock(m_mutex);
        return m_resumes;
    }
    void setToken(const std::string &) override {}
    TransferStats stats() const override
    {
        std::lock_guard lock(m_mutex);
        return {m_calls.size(), 0, 0};
    }
    void cancel() override
    {
        ++m_cancels;
        m_cancelled = true;
    }
    void resetCancel() override { m_cancelled = false; }

private:
    void log(Call call)
    {
        std::lock_guard lock(m_mutex);
        m_calls.push_back(std::move(call));
    }
    TransportError unused(const char *what)
    {
        log({what, Clock::now(), {}, 0, 0, false});
        return transportError(ErrorClass::Fatal, 0, std::string("unscripted ") + what);
    }

    mutable std::mutex m_mutex;
    std::vector<Call> m_calls;
    std::deque<PushAnswer> m_push;
    std::string m_epoch;
    std::vector<std::string> m_resumes;
    std::deque<AuditAnswer> m_audit;
    std::deque<TransportResult<sync::Batch>> m_pull;
    std::deque<TransportResult<sync::StatePage>> m_state;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_cancels{0};
};

// The server's answers, as the session sees them.
ScriptedTransport::PushAnswer acceptAll()
{
    return [](const sync::Batch &batch) -> TransportResult<sync::PushResponse> {
        sync::PushResponse r;
        for (const sync::Delta &d : batch.deltas)
            r.accepted.push_back(d.id);
        return r;
    };
}

ScriptedTransport::PushAnswer pushFails(TransportError e)
{
    return [e](const sync::Batch &) -> TransportResult<sync::PushResponse> {
        return e;
    };
}

ScriptedTransport::AuditAnswer storeAudit()
{
    return [](const sync::AuditUpload &upload) -> TransportResult<sync::AuditReceipt> {
        sync::AuditReceipt r;
        r.through = upload.entries.back().seq;
        r.stored = upload.entries.size();
        return r;
    };
}

sync::Batch page(std::vector<sync::Delta> deltas, std::uint64_t cursor, bool hasMore)
{
    sync::Batch b;
    b.cursor = cursor;
    b.hasMore = hasMore;
    b.deltas = std::move(deltas);
    return b;
}

// A TCP port on 127.0.0.1 that takes connections (the kernel completes them from the backlog)
// and never answers: a request to it waits until cancelled or timed out.
class SilentServer
{
public:
    SilentServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), len) != 0 ||
            ::listen(m_fd, 8) != 0 ||
            ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            qFatal("SilentServer: no socket");
        m_port = ntohs(a.sin_port);
    }
    ~SilentServer() { close(); }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    // Connections waiting in the backlog (read from /proc: the socket's receive queue).
    int connections() const
    {
        QFile tcp(QStringLiteral("/proc/net/tcp"));
        if (!tcp.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray local = QByteArray::number(m_port, 16).toUpper().rightJustified(4, '0');
        for (const QByteArray &line : tcp.readAll().split('\n')) {
            const auto f = line.simplified().split(' ');
            // a listening socket (state 0A) on our port: its rx_queue is the backlog's length
            if (f.size() > 4 && f[1].endsWith(':' + local) && f[3] == "0A")
                return f[4].split(':').value(1).toInt(nullptr, 16);
        }
        return 0;
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

// The session's options with waits short enough for a test.
SessionOptions quick()
{
    SessionOptions o;
    o.retryFirstDelay = 1ms;
    o.retryMaxDelay = 1ms;
    o.maxRetryAfter = 1ms;
    return o;
}

std::vector<sync::DeltaId> ids(const std::vector<sync::Delta> &deltas)
{
    std::vector<sync::DeltaId> out;
    for (const sync::Delta &d : deltas)
        out.push_back(d.id);
    return out;
}

} // namespace

class TestSyncSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;                 // the tablet's store file
    std::unique_ptr<Store> m_store; // the tablet's store
    std::unique_ptr<Store> m_other; // a colleague's tablet: where pulled pages come from
    std::size_t m_perNote = 0;      // deltas of one note's write

    static sync::PushResponse acceptAllOf(Store &store)
    {
        sync::PushResponse r;
        const auto outbox = store.outbox();
        for (const sync::Delta &d : *outbox)
            r.accepted.push_back(d.id);
        return r;
    }

    // Writes `n` notes on the tablet; returns their ids. Each write is one HLC in the outbox.
    std::vector<std::string> writeNotes(int n)
    {
        std::vector<std::string> out;
        for (int i = 0; i < n; ++i) {
            const std::size_t before = m_store->outbox()->size();
            auto r = m_store->write(kActor, newNote("Anteckning " + std::to_string(i)));
            if (!r)
                return {};
            out.push_back(r->ids.front());
            m_perNote = m_store->outbox()->size() - before;
        }
        return out;
    }

    // A colleague's new note, as the server would hand it out in a pull page.
    std::vector<sync::Delta> colleaguesNote(const std::string &body, std::string *id)
    {
        auto r = m_other->write(kColleague, newNote(body));
        if (!r)
            return {};
        *id = r->ids.front();
        auto deltas = *m_other->outbox();
        if (!m_other->acknowledge(acceptAllOf(*m_other)))
            return {};
        return deltas;
    }

    std::string body(const std::string &id)
    {
        auto record = m_store->get("note", id);
        return record && *record ? (*record)->text("body") : "<missing>";
    }

private slots:
    // The tablet's unit came with an earlier pull, as on a real tablet; nothing waits to go.
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QString("tablet%1.db").arg(++m_files));
        m_store = openStore(m_path.toStdString());
        m_other = openStore(m_dir.filePath(QString("other%1.db").arg(m_files)).toStdString());
        createUnit(*m_other);
        QVERIFY(m_store->applyRemote(*m_other->outbox(), 1));
        QVERIFY(m_other->acknowledge(acceptAllOf(*m_other)));
        QCOMPARE(m_store->outbox()->size(), std::size_t{0});
        QCOMPARE(m_store->unsentAudit(100)->size(), std::size_t{0});
        QCOMPARE(*m_store->pullCursor(), std::uint64_t{1});
    }

    // Three writes go in three batches (a batch holds one write here), every one acknowledged;
    // the access log goes up; two pages come down until the server has no more.
    void successPushesAuditsAndPullsUntilNoMore()
    {
        QCOMPARE(writeNotes(3).size(), std::size_t{3});
        const auto outbox = *m_store->outbox();
        QCOMPARE(outbox.size(), 3 * m_perNote);
        const std::size_t auditEntries = m_store->unsentAudit(100)->size();
        QVERIFY(auditEntries >= 3); // at least one entry per write

        std::string first, second;
        const auto page1 = colleaguesNote("Från kollegan, första", &first);
        const auto page2 = colleaguesNote("Från kollegan, andra", &second);
        QVERIFY(!page1.empty() && !page2.empty());

        ScriptedTransport t;
        for (int i = 0; i < 3; ++i)
            t.onPush(acceptAll());
        t.onAudit(storeAudit());
        t.onPull(page(page1, 2, true));
        t.onPull(page(page2, 3, false));

        SessionOptions o = quick();
        o.pushBatch = static_cast<std::uint32_t>(m_perNote);
        syncctl::StoreReplica replica(*m_store);
        SyncSession session(t, replica, o);
        const SyncStatus s = session.run();

        QCOMPARE(s.activity, Activity::Idle);
        QVERIFY(!s.error);
        QVERIFY(!s.willRetry);
        QCOMPARE(s.phase, Phase::None);
        QCOMPARE(s.pushed, std::uint64_t{outbox.size()});
        QCOMPARE(s.rejected, std::uint64_t{0});
        QCOMPARE(s.audited, std::uint64_t{auditEntries});
        QCOMPARE(s.pulled, std::uint64_t{page1.size() + page2.size()});
        QCOMPARE(s.transfer.requests, std::uint64_t{6});

        QCOMPARE(t.kinds(), (QStringList{"push", "push", "push", "audit", "pull", "pull"}));
        const auto calls = t.calls();
        // The outbox went up whole, in order, each delta once.
        std::vector<sync::DeltaId> sent;
        for (int i = 0; i < 3; ++i)
            sent.insert(sent.end(), calls[i].pushed.begin(), calls[i].pushed.end());
        QCOMPARE(sent, ids(outbox));
        QCOMPARE(calls[3].auditEntries, auditEntries);
        QCOMPARE(calls[4].since, std::uint64_t{1});
        QCOMPARE(calls[5].since, std::uint64_t{2});

        QCOMPARE(m_store->outbox()->size(), std::size_t{0});
        QCOMPARE(m_store->unsentAudit(100)->size(), std::size_t{0});
        QCOMPARE(*m_store->pullCursor(), std::uint64_t{3});
        QCOMPARE(body(first), std::string("Från kollegan, första"));
        QCOMPARE(body(second), std::string("Från kollegan, andra"));
    }

    // The first batch reaches the server, then the network goes: the session is Offline, the
    // acknowledged write has left the outbox and the other is still there, also when the file
    // is opened again; the next sync sends just that one.
    void offlineKeepsWhatWasNotSent()
    {
        const auto notes = writeNotes(2);
        QCOMPARE(notes.size(), std::size_t{2});
        const auto outbox = *m_store->outbox();
        const std::vector<sync::Delta> second(
            outbox.begin() + static_cast<std::ptrdiff_t>(m_perNote), outbox.end());
        const std::size_t auditEntries = m_store->unsentAudit(100)->size();

        ScriptedTransport t;
        t.onPush(acceptAll());
        t.onPush(pushFails(transportError(ErrorClass::Network, 0, "Could not resolve host")));
        SessionOptions o = quick();
        o.pushBatch = static_cast<std::uint32_t>(m_perNote);
        {
            syncctl::StoreReplica replica(*m_store);
            SyncSession session(t, replica, o);
            const SyncStatus s = session.run();
            QCOMPARE(s.activity, Activity::Offline);
            QVERIFY(!s.willRetry);
            QVERIFY(s.error);
            QCOMPARE(s.error->errorClass, ErrorClass::Network);
            QCOMPARE(s.error->detail, std::string("Could not resolve host"));
            QCOMPARE(s.pushed, std::uint64_t{m_perNote});
        }
        QCOMPARE(t.kinds(), (QStringList{"push", "push"})); // no retry, no pull
        QVERIFY(t.allAnswersUsed());

        // Nothing lost: what was not acknowledged is in the file, as it was written.
        m_store.reset();
        m_store = openStore(m_path.toStdString());
        QCOMPARE(*m_store->outbox(), second);
        QCOMPARE(m_store->unsentAudit(100)->size(), auditEntries);
        QCOMPARE(body(notes[1]), std::string("Anteckning 1"));

        // Back online: the rest goes, once.
        ScriptedTransport back;
        back.onPush(acceptAll());
        back.onAudit(storeAudit());
        back.onPull(page({}, 1, false));
        syncctl::StoreReplica replica(*m_store);
        SyncSession session(back, replica, o);
        const SyncStatus s = session.run();
        QCOMPARE(s.activity, Activity::Idle);
        QCOMPARE(s.pushed, std::uint64_t{second.size()});
        QCOMPARE(back.calls().front().pushed, ids(second));
        QCOMPARE(m_store->outbox()->size(), std::size_t{0});
    }

    // Three transient failures in a row, then the server takes the batch: the session waits
    // longer each time (first delay doubled), says it will retry meanwhile, sends the same
    // batch again and ends Idle.
    void transientFailuresBackOffAndRetry()
    {
        QCOMPARE(writeNotes(1).size(), std::size_t{1});
        const auto outbox = *m_store->outbox();

        ScriptedTransport t;
        for (int i = 0; i < 3; ++i)
            t.onPush(pushFails(transportError(ErrorClass::Transient, 503, "Service Unavailable")));
        t.onPush(acceptAll());
        t.onAudit(storeAudit());
        t.onPull(page({}, 1, false));

        SessionOptions o = quick();
        o.retryFirstDelay = 50ms;
        o.retryMaxDelay = 10s;
        syncctl::StoreReplica replica(*m_store);
        SyncSession session(t, replica, o);
        std::vector<SyncStatus> seen;
        session.setObserver([&](const SyncStatus &s) { seen.push_back(s); });
        const SyncStatus s = session.run();

        QCOMPARE(s.activity, Activity::Idle);
        QVERIFY(!s.error);
        QCOMPARE(s.pushed, std::uint64_t{outbox.size()});
        QCOMPARE(t.kinds(), (QStringList{"push", "push", "push", "push", "audit", "pull"}));
        for (const auto &call : t.calls())
            if (call.kind == "push")
                QCOMPARE(call.pushed, ids(outbox)); // the same batch each time
        QCOMPARE(m_store->outbox()->size(), std::size_t{0});

        // Exponential: each wait at least its delay (50, 100, 200 ms), and the third longer than
        // the first (not each than the one before: a loaded machine may stretch one wait by the
        // 50 ms between neighbours, never by the 150 ms between the first and the third).
        const auto gaps = t.gaps();
        QVERIFY2(gaps[0] >= 50ms, t.gapsText());
        QVERIFY2(gaps[1] >= 100ms, t.gapsText());
        QVERIFY2(gaps[2] >= 200ms, t.gapsText());
        QVERIFY2(gaps[0] < gaps[2], t.gapsText());

        // Each time it waited the status said so: busy, will retry, with the error.
        int retries = 0;
        for (std::size_t i = 1; i < seen.size(); ++i) {
            const SyncStatus &x = seen[i];
            if (x.willRetry && !seen[i - 1].willRetry) {
                ++retries;
                QCOMPARE(x.activity, Activity::Busy);
                QVERIFY(x.error);
                QCOMPARE(x.error->errorClass, ErrorClass::Transient);
                QCOMPARE(x.error->httpStatus, 503);
            }
        }
        QCOMPARE(retries, 3);
    }

    // One transient failure more than maxRetries: the session gives up, Stopped with the last
    // error kept and no retry promised; the outbox is untouched.
    void tooManyTransientFailuresStop()
    {
        QCOMPARE(writeNotes(1).size(), std::size_t{1});
        const auto outbox = *m_store->outbox();

        ScriptedTransport t;
        for (int i = 0; i < 4; ++i)
            t.onPush(pushFails(transportError(ErrorClass::Transient, 0, "Operation timed out")));
        SessionOptions o = quick();
        o.maxRetries = 3;
        o.retryFirstDelay = 20ms;
        o.retryMaxDelay = 40ms;
        syncctl::StoreReplica replica(*m_store);
        SyncSession session(t, replica, o);
        const SyncStatus s = session.run();

        QCOMPARE(s.activity, Activity::Stopped);
        QVERIFY(!s.willRetry);
        QVERIFY(s.error);
        QCOMPARE(s.error->errorClass, ErrorClass::Transient);
        QCOMPARE(s.error->detail, std::string("Operation timed out"));
        QCOMPARE(s.pushed, std::uint64_t{0});
        QCOMPARE(t.kinds(), (QStringList{"push", "push", "push", "push"}));
        QVERIFY(t.allAnswersUsed());
        // The waits: 20 ms, then 40 ms (capped) twice.
        const auto gaps = t.gaps();
        QVERIFY2(gaps[0] >= 20ms, t.gapsText());
        QVERIFY2(gaps[1] >= 40ms, t.gapsText());
        QVERIFY2(gaps[2] >= 40ms, t.gapsText());
        QCOMPARE(*m_store->outbox(), outbox);
    }

    // A fatal answer (a protocol mismatch) stops the sync at once: no retry, no audit upload,
    // no pull, and the reason kept for the screen.
    void fatalStopsWithoutFurtherCalls()
    {
        QCOMPARE(writeNotes(1).size(), std::size_t{1});
        const auto outbox = *m_store->outbox();

        ScriptedTransport t;
        t.onPush(pushFails(transportError(ErrorClass::Fatal, 400, "unsupported_format")));
        syncctl::StoreReplica replica(*m_store);
        SyncSession session(t, replica, quick());
        const SyncStatus s = session.run();

        QCOMPARE(s.activity, Activity::Stopped);
        QVERIFY(!s.willRetry);
        QVERIFY(s.error);
        QCOMPARE(s.error->errorClass, ErrorClass::Fatal);
        QCOMPARE(s.error->httpStatus, 400);
        QCOMPARE(s.error->detail, std::string("unsupported_format"));
        QCOMPARE(t.kinds(), QStringList{"push"});
        QCOMPARE(*m_store->outbox(), outbox);
    }

    // A fatal answer to the audit upload stops before the pull as well.
    void fatalInTheAuditUploadStopsBeforeThePull()
    {
        QCOMPARE(writeNotes(1).size(), std::size_t{1});
        const std::size_t auditEntries = m_store->unsentAudit(100)->size();

        ScriptedTransport t;
        t.onPush(acceptAll());
        t.onAudit([](const sync::AuditUpload &) -> TransportResult<sync::AuditReceipt> {
            return transportError(ErrorClass::Fatal, 0, "SSL certificate problem");
        });
        syncctl::StoreReplica replica(*m_store);
        SyncSession session(t, replica, quick());
        const SyncStatus s = session.run();

        QCOMPARE(s.activity, Activity::Stopped);
        QVERIFY(s.error);
        QCOMPARE(s.error->errorClass, ErrorClass::Fatal);
        QCOMPARE(s.error->detail, std::string("SSL certificate problem"));
        QCOMPARE(t.kinds(), (QStringList{"push", "audit"}));
        QCOMPARE(m_store->unsentAudit(100)->size(), auditEntries); // sent again next time
    }

    // 401: the token is unknown or revoked. Stopped, so the app asks for enrollment again; the
    // outbox waits for the new enrollment.
    void unauthorizedStops()
    {
        QCOMPARE(writeNotes(1).size(), std::size_t{1});
        const auto outbox = *m_store->outbox();

        ScriptedTransport t;
        t.onPush(pushFails(transportError(ErrorClass::Unauthorized, 401, "unknown_token")));
        syncctl::StoreReplica replica(*m_store);
        SyncSession session(t, replica, quick());
        const SyncStatus s = session.run();

        QCOMPARE(s.activity, Activity::Stopped);
        QVERIFY(!s.willRetry);
        QVERIFY(s.error);
        QCOMPARE(s.error->errorClass, ErrorClass::Unauthorized);
        QCOMPARE(s.error->httpStatus, 401);
        QCOMPARE(t.kinds(), QStringList{"push"});
        QCOMPARE(*m_store->outbox(), outbox);
    }

    // The server refuses one edit (the note was signed there meanwhile) and takes the rest:
    // the sync goes on to the end, counts the refusal, and the store keeps the refused text
    // with its reason and shows the server's text in the record.
    void perRecordRefusalIsRecordedAndTheSyncGoesOn()
    {
        const auto notes = writeNotes(1);
        QCOMPARE(notes.size(), std::size_t{1});
        QVERIFY(m_store->acknowledge(acceptAllOf(*m_store)));
        QVERIFY(m_store->write(kActor, Change{ChangeKind::Update,
                                              "note",
                                              notes[0],
                                              {{"body", std::string("Min sena ändring")}}}));
        const std::size_t editDeltas = m_store->outbox()->size();
        QCOMPARE(writeNotes(1).size(), std::size_t{1});
        const auto outbox = *m_store->outbox();
        QCOMPARE(editDeltas, std::size_t{1});
        QCOMPARE(outbox.size(), 1 + m_perNote);

        // The server's text, written before this device's edit reached it.
        sync::Delta server = outbox.front();
        server.id = {77, 3};
        server.value = std::string("Serverns signerade text");
        server.hlc = sync::Hlc{outbox.front().hlc.wallMs - 5, 0, 77};
        server.author = "staff-9";

        ScriptedTransport t;
        t.onPush([&](const sync::Batch &batch) -> TransportResult<sync::PushResponse> {
            sync::PushResponse r;
            for (const sync::Delta &d : batch.deltas) {
                if (d.id == outbox.front().id)
                    r.rejected.push_back(
                        {d.id, sync::RejectReason::SignedImmutable, "signed", server});
                else
                    r.accepted.push_back(d.id);
            }
            return r;
        });
        t.onAudit(storeAudit());
        // A refused text: the server may hold copies the edit had replaced here, so the pull
        // takes the server's state again, then the log from there.
        t.onState(sync::StatePage{1, false, 0, {}});
        t.onPull(page({}, 1, false));
        syncctl::StoreReplica replica(*m_store);
        SyncSession session(t, replica, quick());
        const SyncStatus s = session.run();

        QCOMPARE(s.activity, Activity::Idle);
        QVERIFY(!s.error);
        QCOMPARE(s.pushed, std::uint64_t{outbox.size()});
        QCOMPARE(s.rejected, std::uint64_t{1});
        QCOMPARE(t.kinds(), (QStringList{"push", "audit", "state", "pull"}));

        QCOMPARE(m_store->outbox()->size(), std::size_t{0});
        const auto refused = *m_store->rejections();
        QCOMPARE(refused.size(), std::size_t{1});
        QCOMPARE(refused.front().counter, outbox.front().id.counter);
        QCOMPARE(refused.front().reason, sync::RejectReason::SignedImmutable);
        QCOMPARE(std::get<std::string>(refused.front().value), std::string("Min sena ändring"));
        QCOMPARE(body(notes[0]), std::string("Serverns signerade text"));
    }

    // 429 with Retry-After, in each phase: the next attempt waits at least what the server
    // asked, up to maxRetryAfter, although the session's own backoff would be far shorter.
    void retryAfterIsHonouredUpToTheCap_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<int>("retryAfterSeconds");
        QTest::addColumn<int>("maxRetryAfterMs");
        QTest::addColumn<int>("expectedWaitMs");
        for (const char *phase : {"push", "audit", "pull"}) {
            QTest::addRow("%s: asked longer than the cap: the cap", phase)
                << QString::fromLatin1(phase) << 30 << 200 << 200;
            QTest::addRow("%s: asked within the cap: as asked", phase)
                << QString::fromLatin1(phase) << 1 << 5000 << 1000;
        }
    }

    void retryAfterIsHonouredUpToTheCap()
    {
        QFETCH(QString, phase);
        QFETCH(int, retryAfterSeconds);
        QFETCH(int, maxRetryAfterMs);
        QFETCH(int, expectedWaitMs);
        QCOMPARE(writeNotes(1).size(), std::size_t{1});

        const TransportError tooMany =
            transportError(ErrorClass::Transient, 429, "Too Many Requests",
                           std::chrono::seconds(retryAfterSeconds));
        ScriptedTransport t;
        if (phase == "push")
            t.onPush(pushFails(tooMany));
        t.onPush(acceptAll());
        if (phase == "audit")
            t.onAudit([tooMany](const sync::AuditUpload &) -> TransportResult<sync::AuditReceipt> {
                return tooMany;
            });
        t.onAudit(storeAudit());
        if (phase == "pull")
            t.onPull(tooMany);
        t.onPull(page({}, 1, false));
        SessionOptions o = quick();
        o.retryFirstDelay = 5ms;
        o.retryMaxDelay = 5ms;
        o.maxRetryAfter = std::chrono::milliseconds(maxRetryAfterMs);
        syncctl::StoreReplica replica(*m_store);
        SyncSession session(t, replica, o);
        std::optional<SessionError> waitingOn;
        session.setObserver([&](const SyncStatus &s) {
            if (s.willRetry && s.error)
                waitingOn = s.error;
        });
        const SyncStatus s = session.run();

        QCOMPARE(s.activity, Activity::Idle);
        QStringList kinds{"push", "audit", "pull"};
        const auto failed = kinds.indexOf(phase);
        kinds.insert(failed, phase); // the refused call, then the same call again
        QCOMPARE(t.kinds(), kinds);
        QVERIFY2(t.gaps()[std::size_t(failed)] >= std::chrono::milliseconds(expectedWaitMs),
                 t.gapsText());
        QVERIFY(waitingOn);
        QCOMPARE(waitingOn->httpStatus, 429);
        QCOMPARE(waitingOn->retryAfter, std::chrono::seconds(retryAfterSeconds));
        QCOMPARE(m_store->outbox()->size(), std::size_t{0});
        QCOMPARE(m_store->unsentAudit(100)->size(), std::size_t{0});
    }

    // A tablet that never pulled starts from the server's state: state pages until the last,
    // then the log from the last page's cursor. Against a server from before state pages (it
    // answers with a page of the log) the first sync pulls the log from 0 instead.
    void aFirstSyncStartsFromTheServersState()
    {
        std::string id;
        const auto deltas = colleaguesNote("Från kollegan", &id);
        QVERIFY(!deltas.empty());
        sync::StateRecord note{"note", id, {}};
        for (const sync::Delta &d : deltas)
            note.fields.push_back({d.field, {d.value, d.hlc, d.base, d.author, {}}, d.id});

        auto fresh = openStore(m_dir.filePath("fresh.db").toStdString());
        ScriptedTransport t;
        t.onState(sync::StatePage{4, true, 0, {note}});
        t.onState(sync::StatePage{9, false, 0, {}});
        t.onPull(page({}, 9, false));
        syncctl::StoreReplica replica(*fresh);
        SyncSession session(t, replica, quick());
        const SyncStatus s = session.run();
        QCOMPARE(s.activity, Activity::Idle);
        QCOMPARE(t.kinds(), (QStringList{"state", "state", "pull"}));
        QCOMPARE(t.calls()[1].since, std::uint64_t{4});
        QCOMPARE(t.calls()[2].since, std::uint64_t{9});
        QCOMPARE(s.pulled, std::uint64_t{note.fields.size()});
        auto got = fresh->get("note", id);
        QVERIFY(got && *got);
        QCOMPARE((**got).text("body"), std::string("Från kollegan"));
        QVERIFY(!*fresh->pullsState());
        QCOMPARE(*fresh->pullCursor(), std::uint64_t{9});

        auto older = openStore(m_dir.filePath("older.db").toStdString());
        ScriptedTransport old;
        old.onState(transportError(ErrorClass::Fatal, 200, std::string(kNoStatePages)));
        old.onPull(page(deltas, 3, false));
        syncctl::StoreReplica olderReplica(*older);
        SyncSession oldSession(old, olderReplica, quick());
        QCOMPARE(oldSession.run().activity, Activity::Idle);
        QCOMPARE(old.kinds(), (QStringList{"state", "pull"}));
        QCOMPARE(old.calls()[1].since, std::uint64_t{0});
        got = older->get("note", id);
        QVERIFY(got && *got);
        QCOMPARE((**got).text("body"), std::string("Från kollegan"));
    }

    // While a page is applied the next is already asked for. A page asked for and never used
    // (the page before it could not be applied) changes nothing: the cursor stays where the
    // last applied page left it, run() returns only once that request has ended, and the next
    // sync asks for the page again and loses nothing.
    void aPageAskedForAheadAndNotUsedChangesNothing()
    {
        std::string first, second, third;
        const auto page1 = colleaguesNote("Första", &first);
        auto page2 = colleaguesNote("Andra", &second);
        const auto page3 = colleaguesNote("Tredje", &third);
        QVERIFY(!page1.empty() && !page2.empty() && !page3.empty());
        // A clock two days ahead: the store refuses the page (clock skew) and the sync stops.
        auto skewed = page2;
        for (sync::Delta &d : skewed)
            d.hlc.wallMs += 2 * 24 * 3600 * 1000;

        ScriptedTransport t;
        t.onPull(page(page1, 2, true));
        t.onPull(page(skewed, 3, true));
        t.onPull(page(page3, 4, false));
        syncctl::StoreReplica replica(*m_store);
        SyncSession session(t, replica, quick());
        const SyncStatus s = session.run();
        QCOMPARE(s.activity, Activity::Stopped);
        QVERIFY(s.error && s.error->detail.find("store:") == 0);
        // Page 3 was asked for while page 2 was being applied, and not used (its request was
        // cut short, or had ended, when run() returned).
        QCOMPARE(t.kinds(), (QStringList{"pull", "pull", "pull"}));
        QCOMPARE(t.calls()[1].since, std::uint64_t{2});
        QCOMPARE(t.calls()[2].since, std::uint64_t{3});
        QCOMPARE(*m_store->pullCursor(), std::uint64_t{2});
        QCOMPARE(body(first), std::string("Första"));
        QCOMPARE(body(second), std::string("<missing>"));
        QCOMPARE(body(third), std::string("<missing>"));

        ScriptedTransport again;
        again.onPull(page(page2, 3, true));
        again.onPull(page(page3, 4, false));
        SyncSession next(again, replica, quick());
        QCOMPARE(next.run().activity, Activity::Idle);
        QCOMPARE(again.kinds(), (QStringList{"pull", "pull"}));
        QCOMPARE(again.calls()[0].since, std::uint64_t{2});
        QCOMPARE(again.calls()[1].since, std::uint64_t{3});
        QCOMPARE(*m_store->pullCursor(), std::uint64_t{4});
        QCOMPARE(body(second), std::string("Andra"));
        QCOMPARE(body(third), std::string("Tredje"));
    }

    // cancel() from another thread while the session waits to retry: run() returns at once,
    // long before the wait would have ended, and the outbox is as it was.
    // The push is answered by a restored copy of the server (another epoch): the store queues
    // its work again and the session starts over from the push, naming the epoch it resumes
    // after; the copy changing again within the same sync stops it with a clear error.
    void aRestoredServerStartsTheSyncOverOnce()
    {
        QVERIFY(!writeNotes(1).empty());
        QVERIFY(m_store->noteServerEpoch("copy-1", kActor.staffId));
        ScriptedTransport t;
        t.onPush([&t](const sync::Batch &batch) -> TransportResult<sync::PushResponse> {
            t.setEpoch("copy-2"); // restored since the last sync
            sync::PushResponse r;
            for (const sync::Delta &d : batch.deltas)
                r.rejected.push_back({d.id, sync::RejectReason::OutOfOrder, "expected 1", {}});
            return r;
        });
        t.onPush(acceptAll());
        t.onAudit(storeAudit());
        // Everything again from the copy's state, then its log from there.
        t.onState(sync::StatePage{5, false, 0, {}});
        t.onPull(page({}, 5, false));
        syncctl::StoreReplica replica(*m_store, kActor.staffId);
        SyncSession session(t, replica, quick());
        SyncStatus s = session.run();
        QCOMPARE(s.activity, Activity::Idle);
        QVERIFY(s.serverRestored);
        QCOMPARE(t.kinds(), (QStringList{"push", "push", "audit", "state", "pull"}));
        QCOMPARE(t.resumes(), (std::vector<std::string>{"", "copy-2"}));
        QCOMPARE(m_store->outbox()->size(), std::size_t{0});
        QVERIFY(!m_store->resumeEpoch()->has_value());

        // Two copies answering one sync: not a restore, and never sent again without end.
        QVERIFY(!writeNotes(1).empty());
        ScriptedTransport flip;
        flip.setEpoch("copy-2");
        for (const char *next : {"copy-3", "copy-2"}) {
            flip.onPush(
                [&flip, next](const sync::Batch &batch) -> TransportResult<sync::PushResponse> {
                    flip.setEpoch(next);
                    sync::PushResponse r;
                    for (const sync::Delta &d : batch.deltas)
                        r.accepted.push_back(d.id);
                    return r;
                });
        }
        SyncSession twice(flip, replica, quick());
        s = twice.run();
        QCOMPARE(s.activity, Activity::Stopped);
        QVERIFY(s.error);
        QCOMPARE(s.error->errorClass, ErrorClass::Fatal);
        QCOMPARE(s.error->detail, std::string("the server's database changed twice in one sync"));
    }

    void cancelDuringBackoffReturnsPromptly()
    {
        QCOMPARE(writeNotes(1).size(), std::size_t{1});
        const auto outbox = *m_store->outbox();

        ScriptedTransport t;
        t.onPush(pushFails(transportError(ErrorClass::Transient, 503, "Service Unavailable")));
        SessionOptions o = quick();
        o.retryFirstDelay = 60s;
        o.retryMaxDelay = 60s;
        syncctl::StoreReplica replica(*m_store);
        SyncSession session(t, replica, o);
        std::atomic<bool> waiting{false};
        session.setObserver([&](const SyncStatus &s) {
            if (s.willRetry)
                waiting = true;
        });

        // run() on a thread of its own; cancel() from the test's thread.
        std::atomic<bool> returned{false};
        SyncStatus s;
        Clock::time_point returnedAt;
        std::thread runner([&] {
            s = session.run();
            returnedAt = Clock::now();
            returned = true;
        });
        // Whatever fails below, the runner is stopped and joined before the session goes.
        struct Join
        {
            SyncSession &session;
            std::thread &thread;
            ~Join()
            {
                session.cancel();
                thread.join();
            }
        } join{session, runner};
        QTRY_VERIFY_WITH_TIMEOUT(waiting.load(), 10'000);
        QVERIFY(!returned.load());
        const auto cancelledAt = Clock::now();
        session.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(returned.load(), 5'000); // the wait was a minute
        QVERIFY(returnedAt - cancelledAt < 2s);
        QCOMPARE(s.activity, Activity::Stopped);
        QVERIFY(!s.willRetry);
        QVERIFY(s.error);
        QCOMPARE(s.error->errorClass, ErrorClass::Transient);
        QCOMPARE(s.error->detail, std::string("cancelled"));
        QCOMPARE(t.kinds(), QStringList{"push"});
        QCOMPARE(t.cancels(), 1); // the request under way would have been cut too
        QCOMPARE(*m_store->outbox(), outbox);
    }

    // SyncRunner, the one "sync once" of the app, the kiosk and lykta-sync, over the real libcurl
    // transport. Once stopped (its owner is closing), a run makes no request: Stopped at once,
    // the outbox as it was. (The enrollment names a port where nothing listens; had a request
    // gone out, the run would have ended Offline.)
    void runnerStoppedMakesNoRequest()
    {
        QCOMPARE(writeNotes(1).size(), std::size_t{1});
        const auto outbox = *m_store->outbox();
        SilentServer nowhere;
        syncctl::Enrollment e;
        e.server = nowhere.url();
        e.token = "token";
        nowhere.close();

        syncctl::SyncRunner runner;
        QCOMPARE(runner.runOnce(*m_store, e).activity, Activity::Offline); // it does go out
        runner.stop();
        const SyncStatus s = runner.runOnce(*m_store, e);
        QCOMPARE(s.activity, Activity::Stopped);
        QVERIFY(s.error);
        QCOMPARE(s.error->detail, std::string("cancelled"));
        QCOMPARE(*m_store->outbox(), outbox);
    }

    // cancel() from another thread reaches the run under way: a server that takes the
    // connection and never answers would hold it for the transport's whole timeout.
    void runnerCancelEndsARequestUnderWay()
    {
        QCOMPARE(writeNotes(1).size(), std::size_t{1});
        const auto outbox = *m_store->outbox();
        SilentServer silent;
        syncctl::Enrollment e;
        e.server = silent.url();
        e.token = "token";

        syncctl::SyncRunner runner;
        std::atomic<bool> returned{false};
        SyncStatus s;
        std::thread thread([&] {
            s = runner.runOnce(*m_store, e);
            returned = true;
        });
        struct Join
        {
            syncctl::SyncRunner &runner;
            std::thread &thread;
            ~Join()
            {
                runner.stop();
                thread.join();
            }
        } join{runner, thread};
        QTRY_VERIFY_WITH_TIMEOUT(silent.connections() > 0, 10'000);
        QVERIFY(!returned.load());
        runner.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(returned.load(), 5'000);
        QCOMPARE(s.activity, Activity::Stopped);
        QVERIFY(s.error);
        QCOMPARE(s.error->detail, std::string("cancelled"));
        QCOMPARE(*m_store->outbox(), outbox);
    }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "tst_syncsession.moc"
