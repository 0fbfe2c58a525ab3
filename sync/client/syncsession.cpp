#include "syncsession.h"

#include "backoff.h"

#include "sync/core/codec.h"
#include "sync/core/limits.h"

#include <algorithm>

namespace lykta::sync::client {

const char *toString(Activity a)
{
    switch (a) {
    case Activity::Stopped:
        return "stopped";
    case Activity::Offline:
        return "offline";
    case Activity::Connecting:
        return "connecting";
    case Activity::Idle:
        return "idle";
    case Activity::Busy:
        return "busy";
    }
    return "stopped";
}

const char *toString(Phase p)
{
    switch (p) {
    case Phase::None:
        return "none";
    case Phase::Push:
        return "push";
    case Phase::Audit:
        return "audit";
    case Phase::Pull:
        return "pull";
    }
    return "none";
}

SessionOptions::SessionOptions()
    : pushBatch(limits::kPushBatchSize), pullLimit(limits::kDefaultPullLimit),
      retryFirstDelay(limits::kRetryFirstDelay), retryMaxDelay(limits::kRetryMaxDelay),
      maxRetryAfter(limits::kMaxRetryAfter)
{}

SyncSession::SyncSession(Transport &transport, LocalReplica &replica, SessionOptions options)
    : m_transport(transport), m_replica(replica), m_options(options)
{}

SyncStatus SyncSession::status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

void SyncSession::setObserver(std::function<void(const SyncStatus &)> observer)
{
    std::lock_guard lock(m_mutex);
    m_observer = std::move(observer);
}

void SyncSession::cancel()
{
    m_cancelled = true;
    m_transport.cancel();
    m_wake.notify_all();
}

void SyncSession::update(const std::function<void(SyncStatus &)> &change)
{
    SyncStatus copy;
    std::function<void(const SyncStatus &)> observer;
    {
        std::lock_guard lock(m_mutex);
        change(m_status);
        const TransferStats now = m_transport.stats();
        m_status.transfer = {now.requests - m_startStats.requests,
                             now.bytesSent - m_startStats.bytesSent,
                             now.bytesReceived - m_startStats.bytesReceived};
        copy = m_status;
        observer = m_observer;
    }
    if (observer)
        observer(copy);
}

void SyncSession::fail(const TransportError &e)
{
    fail(e.errorClass, e.httpStatus, e.detail, e.retryAfter);
}

void SyncSession::fail(ErrorClass c, int http, std::string detail, std::chrono::seconds retryAfter)
{
    update([&](SyncStatus &s) {
        s.error = SessionError{c, http, std::move(detail), retryAfter};
        s.willRetry = false;
        s.phase = Phase::None;
        s.activity = c == ErrorClass::Network ? Activity::Offline : Activity::Stopped;
    });
}

bool SyncSession::waitBackoff(int attempt, std::chrono::seconds retryAfter)
{
    const auto delay = backoffDelay(attempt, m_options.retryFirstDelay, m_options.retryMaxDelay,
                                    retryAfter, m_options.maxRetryAfter);
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, delay, [&] { return m_cancelled.load(); });
    return !m_cancelled;
}

SyncSession::Step SyncSession::pushOnce()
{
    auto pending = m_replica.pending(m_options.pushBatch);
    if (!pending) {
        fail(ErrorClass::Fatal, 0, "store: " + pending.error());
        return Step::Failed;
    }
    std::vector<Delta> &deltas = *pending;
    if (deltas.empty())
        return Step::Done;
    // Past the byte budget the batch ends with the last whole write that fits (the first write
    // goes alone if it is larger), so large notes written offline never make a batch the
    // encoder refuses.
    {
        std::uint64_t bytes = 0;
        std::size_t fits = 0; // deltas of whole writes within the budget
        std::size_t i = 0;
        for (; i < deltas.size(); ++i) {
            if (i > 0 && deltas[i].hlc != deltas[i - 1].hlc) {
                if (bytes > limits::kMaxPushBatchBytes)
                    break;
                fits = i;
            }
            bytes += encodedBytes(deltas[i]);
        }
        if (i < deltas.size() || bytes > limits::kMaxPushBatchBytes) {
            deltas.erase(deltas.begin() + static_cast<std::ptrdiff_t>(fits ? fits : i),
                         deltas.end());
        }
    }
    // A full batch may end inside one write; keep that write together for the next batch
    // (the server needs a new record's unit_id with its other fields).
    if (deltas.size() == m_options.pushBatch) {
        const Hlc last = deltas.back().hlc;
        auto cut = std::find_if(deltas.rbegin(), deltas.rend(),
                                [&](const Delta &d) { return d.hlc != last; });
        if (cut != deltas.rend())
            deltas.erase(cut.base(), deltas.end());
    }
    Batch batch;
    batch.device = m_replica.deviceId();
    batch.sentAtMs = HlcClock::systemMilliseconds();
    batch.deltas = std::move(deltas);
    auto resume = m_replica.resumeEpoch();
    if (!resume) {
        fail(ErrorClass::Fatal, 0, "store: " + resume.error());
        return Step::Failed;
    }
    auto answer = m_transport.push(batch, resume->value_or(std::string()));
    if (!answer) {
        fail(answer.error());
        return Step::Failed;
    }
    std::size_t final = 0, refused = 0;
    for (const auto &r : answer->rejected) {
        if (!isTransient(r.reason)) {
            ++final;
            ++refused;
        }
    }
    if (auto r = m_replica.acknowledge(*answer); !r) {
        fail(ErrorClass::Fatal, 0, "store: " + r.error());
        return Step::Failed;
    }
    const std::size_t done = answer->accepted.size() + final;
    update([&](SyncStatus &s) {
        s.pushed += done;
        s.rejected += refused;
    });
    if (const Step epoch = noteEpoch(); epoch != Step::Again)
        return epoch;
    if (done == 0) { // only transient refusals: nothing moved, so wait and try again
        fail(ErrorClass::Transient, 0, "push made no progress (out of order)");
        return Step::Failed;
    }
    return Step::Again;
}

SyncSession::Step SyncSession::auditOnce()
{
    auto pending = m_replica.pendingAudit(limits::kMaxAuditEntriesPerUpload);
    if (!pending) {
        fail(ErrorClass::Fatal, 0, "store: " + pending.error());
        return Step::Failed;
    }
    if (pending->empty())
        return Step::Done;
    const std::uint64_t last = pending->back().seq;
    AuditUpload upload{m_replica.deviceId(), std::move(*pending)};
    auto receipt = m_transport.uploadAudit(upload);
    if (!receipt) {
        fail(receipt.error());
        return Step::Failed;
    }
    if (receipt->through < last) { // never from a server that read the upload whole
        fail(ErrorClass::Fatal, 0, "audit receipt short of the upload");
        return Step::Failed;
    }
    if (auto r = m_replica.acknowledgeAudit(last); !r) {
        fail(ErrorClass::Fatal, 0, "store: " + r.error());
        return Step::Failed;
    }
    update([&](SyncStatus &s) { s.audited += upload.entries.size(); });
    return Step::Again;
}

SyncSession::Step SyncSession::pullOnce()
{
    auto cursor = m_replica.pullCursor();
    if (!cursor) {
        fail(ErrorClass::Fatal, 0, "store: " + cursor.error());
        return Step::Failed;
    }
    auto state = m_replica.pullsState();
    if (!state) {
        fail(ErrorClass::Fatal, 0, "store: " + state.error());
        return Step::Failed;
    }
    if (*state && !m_logOnly)
        return pullStateOnce(*cursor);
    auto page = takeLogPage(*cursor);
    if (!page && page.error().apiError == protocol::ApiError::Compacted && !m_logOnly &&
        !m_restarted) {
        // The server compacted its log past this cursor: start again from its state, once
        // (refused again right after, the server is not one this session can follow).
        m_restarted = true;
        if (auto r = m_replica.restartFromState(); !r) {
            fail(ErrorClass::Fatal, 0, "store: " + r.error());
            return Step::Failed;
        }
        return Step::Again;
    }
    if (!page) {
        fail(page.error());
        return Step::Failed;
    }
    // A restored copy's log positions are not the ones the cursor counted: the page is left
    // and the pull starts again from 0 after the push.
    if (const Step epoch = noteEpoch(); epoch != Step::Again)
        return epoch;
    if (page->hasMore)
        askAhead(page->cursor, false);
    if (auto r = m_replica.applyPage(*page); !r) {
        fail(ErrorClass::Fatal, 0, "store: " + r.error());
        return Step::Failed;
    }
    update([&](SyncStatus &s) { s.pulled += page->deltas.size(); });
    return page->hasMore ? Step::Again : Step::Done;
}

// A first sync starts from the server's current state, record by record, whatever the unit's
// history; the log pull then goes on from the last page's cursor.
SyncSession::Step SyncSession::pullStateOnce(std::uint64_t cursor)
{
    auto page = takeStatePage(cursor);
    if (!page) {
        if (page.error().detail == kNoStatePages && cursor == 0) {
            m_logOnly = true; // a server from before state pages: the log from 0 is the same
            return Step::Again;
        }
        fail(page.error());
        return Step::Failed;
    }
    if (const Step epoch = noteEpoch(); epoch != Step::Again)
        return epoch;
    // After the last state page the log goes on from its cursor.
    askAhead(page->cursor, page->hasMore);
    if (auto r = m_replica.applyState(*page); !r) {
        fail(ErrorClass::Fatal, 0, "store: " + r.error());
        return Step::Failed;
    }
    std::uint64_t fields = 0;
    for (const StateRecord &record : page->records)
        fields += record.fields.size();
    update([&](SyncStatus &s) { s.pulled += fields; });
    return Step::Again;
}

void SyncSession::askAhead(std::uint64_t cursor, bool state)
{
    dropAhead();
    Ahead ahead{cursor, state, {}, {}};
    // The transport is only ever used by one thread at a time: this page is taken (or
    // dropped) before the session sends anything else.
    if (state)
        ahead.statePage = std::async(std::launch::async, [this, cursor] {
            return m_transport.pullState(cursor, m_options.pullLimit);
        });
    else
        ahead.log = std::async(std::launch::async, [this, cursor] {
            return m_transport.pull(cursor, m_options.pullLimit);
        });
    m_ahead = std::move(ahead);
}

TransportResult<Batch> SyncSession::takeLogPage(std::uint64_t cursor)
{
    if (m_ahead && !m_ahead->state && m_ahead->cursor == cursor) {
        auto page = m_ahead->log.get();
        m_ahead.reset();
        return page;
    }
    dropAhead();
    return m_transport.pull(cursor, m_options.pullLimit);
}

TransportResult<StatePage> SyncSession::takeStatePage(std::uint64_t cursor)
{
    if (m_ahead && m_ahead->state && m_ahead->cursor == cursor) {
        auto page = m_ahead->statePage.get();
        m_ahead.reset();
        return page;
    }
    dropAhead();
    return m_transport.pullState(cursor, m_options.pullLimit);
}

void SyncSession::dropAhead()
{
    if (!m_ahead)
        return;
    m_transport.cancel();
    m_ahead.reset(); // the futures of std::async wait for the request to end
    m_transport.resetCancel();
    if (m_cancelled) // a person's cancel() meanwhile holds for what follows
        m_transport.cancel();
}

SyncSession::Step SyncSession::noteEpoch()
{
    const std::string epoch = m_transport.answeredEpoch();
    if (epoch.empty()) // a server from before epochs
        return Step::Again;
    auto restored = m_replica.noteServerEpoch(epoch);
    if (!restored) {
        fail(ErrorClass::Fatal, 0, "store: " + restored.error());
        return Step::Failed;
    }
    if (!*restored)
        return Step::Again;
    if (status().serverRestored) {
        // Two copies in one sync: two databases behind one address, not a restore. Sending
        // everything again at every answer would never end.
        fail(ErrorClass::Fatal, 0, "the server's database changed twice in one sync");
        return Step::Failed;
    }
    update([](SyncStatus &s) { s.serverRestored = true; });
    return Step::Restored;
}

SyncStatus SyncSession::run()
{
    m_cancelled = false;
    m_logOnly = false;
    m_restarted = false;
    m_transport.resetCancel();
    // A page asked for ahead and not used (the sync failed or was cancelled) is waited for
    // before run() returns: the transport is the caller's again after it.
    struct DropAhead
    {
        SyncSession &session;
        ~DropAhead() { session.dropAhead(); }
    } dropAhead{*this};
    m_startStats = m_transport.stats();
    update([](SyncStatus &s) {
        s = SyncStatus{};
        s.activity = Activity::Connecting;
    });

    int failures = 0;
    constexpr Phase kPhases[] = {Phase::Push, Phase::Audit, Phase::Pull};
    for (std::size_t at = 0; at < std::size(kPhases); ++at) {
        const Phase phase = kPhases[at];
        update([&](SyncStatus &s) { s.phase = phase; });
        for (;;) {
            if (m_cancelled) {
                fail(ErrorClass::Transient, 0, "cancelled");
                return status();
            }
            const Step step = phase == Phase::Push    ? pushOnce()
                              : phase == Phase::Audit ? auditOnce()
                                                      : pullOnce();
            if (step == Step::Done)
                break;
            if (step == Step::Restored) {
                at = std::size_t(-1); // the loop's ++ takes it to the push
                break;
            }
            if (step == Step::Again) {
                failures = 0;
                update([](SyncStatus &s) {
                    s.activity = Activity::Busy;
                    s.willRetry = false;
                    s.error.reset();
                });
                continue;
            }
            const SyncStatus now = status();
            if (!now.error || now.error->errorClass != ErrorClass::Transient || m_cancelled ||
                ++failures > m_options.maxRetries)
                return now;
            update([&](SyncStatus &s) {
                s.activity = Activity::Busy;
                s.willRetry = true;
                s.phase = phase;
            });
            if (!waitBackoff(failures - 1, now.error->retryAfter)) {
                fail(ErrorClass::Transient, 0, "cancelled");
                return status();
            }
            m_transport.resetCancel();
        }
    }
    update([](SyncStatus &s) {
        s.activity = Activity::Idle;
        s.phase = Phase::None;
        s.willRetry = false;
        s.error.reset();
    });
    return status();
}

} // namespace lykta::sync::client
