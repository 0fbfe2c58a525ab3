#include "syncworker.h"

#include "applog.h"
#include "store/draftstore.h"

#include "sync/client/transport.h"
#include <algorithm>

namespace lykta::app {

namespace {

// A transport to a server the device has no token for yet (probing it, enrolling).
std::unique_ptr<sync::client::Transport> anonymousTransport(const std::string &url)
{
    sync::client::TransportOptions t;
    t.baseUrl = url;
    return sync::client::makeCurlTransport(t);
}

sync::client::SyncStatus failed(sync::client::ErrorClass errorClass, std::string detail)
{
    sync::client::SyncStatus s;
    s.activity = sync::client::Activity::Stopped;
    s.error = sync::client::SessionError{errorClass, 0, std::move(detail)};
    return s;
}

} // namespace

SyncWorker::SyncWorker(store::StoreOptions options) : m_options(std::move(options))
{
    qRegisterMetaType<sync::client::SyncStatus>();
    qRegisterMetaType<syncctl::Enrollment>();
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::cancel()
{
    m_runner.cancel();
}

store::Store *SyncWorker::openStore(QString *error)
{
    if (!m_store) {
        auto opened = store::Store::open(m_options);
        if (!opened) {
            *error = QString::fromLatin1(store::toString(opened.error().code));
            return nullptr;
        }
        m_store = std::move(*opened);
    }
    return m_store.get();
}

void SyncWorker::closeStore()
{
    m_store.reset();
}

void SyncWorker::probe(const QString &server)
{
    auto url = sync::client::checkServerUrl(server.toStdString());
    if (!url) {
        emit probed(false, int(url.error().errorClass), QString::fromStdString(url.error().detail),
                    0);
        return;
    }
    auto health = anonymousTransport(*url)->health();
    if (!health) {
        emit probed(false, int(health.error().errorClass),
                    QString::fromStdString(health.error().detail), 0);
        return;
    }
    emit probed(true, 0, {}, health->serverTimeMs);
}

namespace {

syncctl::Enrollment enrollmentFrom(const std::string &server,
                                   const sync::client::Enrollment &answer)
{
    syncctl::Enrollment e;
    e.server = server;
    e.token = answer.token;
    e.kind = answer.kind;
    e.staffId = answer.staffId;
    for (const auto &unit : answer.units)
        e.units += (e.units.empty() ? "" : ",") + unit;
    return e;
}

} // namespace

QString SyncWorker::save(const store::StoreOptions &options, const syncctl::Enrollment &e)
{
    auto key = syncctl::enrollmentKey(options);
    auto saved = key ? e.save(syncctl::Enrollment::pathFor(options.database.path), *key)
                     : Result<bool, syncctl::EnrollmentError>(key.error());
    return saved ? QString() : QString::fromLatin1(syncctl::toString(saved.error().code));
}

void SyncWorker::enroll(const QString &server, const QString &code, const QString &currentStaff,
                        bool keepStaff)
{
    QString error;
    store::Store *store = openStore(&error);
    if (!store) {
        emit enrolled(false, int(sync::client::ErrorClass::Fatal), error);
        return;
    }
    // Refused before anything is sent: a one-time code never crosses a network in clear.
    auto url = sync::client::checkServerUrl(server.toStdString());
    if (!url) {
        emit enrolled(false, int(url.error().errorClass),
                      QString::fromStdString(url.error().detail));
        return;
    }
    auto answer = anonymousTransport(*url)->enroll(
        {code.trimmed().toStdString(), store->deviceId(), "lykta", {}});
    if (!answer) {
        emit enrolled(false, int(answer.error().errorClass),
                      QString::fromStdString(answer.error().detail));
        return;
    }
    if (keepStaff && !currentStaff.isEmpty() && answer->staffId != currentStaff.toStdString()) {
        emit enrolled(false, int(sync::client::ErrorClass::Fatal),
                      QString::fromLatin1(kOtherStaff));
        return;
    }
    if (const QString failed = save(m_options, enrollmentFrom(*url, *answer)); !failed.isEmpty()) {
        emit enrolled(false, int(sync::client::ErrorClass::Fatal), failed);
        return;
    }
    emit enrolled(true, 0, {});
}

void SyncWorker::enrollAsNewDevice(const QString &server, const QString &code, quint64 device,
                                   const QString &currentStaff)
{
    auto url = sync::client::checkServerUrl(server.toStdString());
    if (!url) {
        emit enrolled(false, int(url.error().errorClass),
                      QString::fromStdString(url.error().detail));
        return;
    }
    QString error;
    store::Store *store = openStore(&error);
    if (!store) {
        emit enrolled(false, int(sync::client::ErrorClass::Fatal), error);
        return;
    }
    // The enrollment this one takes over: a last sync with it sends what was written or read
    // since the one before (the person may have gone on meanwhile), and its token lets the
    // server revoke it. One already revoked or unreadable has nothing left to send.
    const auto current = syncctl::loadEnrollment(m_options);
    if (current) {
        const auto last = runSession(*current);
        emit status(last);
        if (last.error) {
            emit enrolled(false, int(last.error->errorClass), QString::fromLatin1(kNotSent));
            return;
        }
    }
    // Only what has all reached the server may be removed: checked here, on this connection,
    // after that sync (what the UI thread saw before may have changed).
    const auto unsent = store->outbox(1);
    const auto audit = store->unsentAudit(1);
    const auto refused = store->rejections();
    const auto drafts = store::DraftStore(*store, currentStaff.toStdString()).anyone();
    const char *waits = nullptr;
    if (!unsent || !audit || !unsent->empty() || !audit->empty())
        waits = kNotSent;
    else if (!drafts || !drafts->empty())
        waits = kDraftsWait;
    else if (!refused || std::any_of(refused->begin(), refused->end(),
                                     [](const auto &r) { return r.handledMs == 0; }))
        waits = kRefusalsWait;
    if (waits) {
        emit enrolled(false, int(sync::client::ErrorClass::Fatal), QString::fromLatin1(waits));
        return;
    }
    auto answer = anonymousTransport(*url)->enroll(
        {code.trimmed().toStdString(), device, "lykta", current ? current->token : std::string()});
    if (!answer) {
        emit enrolled(false, int(answer.error().errorClass),
                      QString::fromStdString(answer.error().detail));
        return;
    }
    closeStore();
    emit enrolledAsNewDevice(device, enrollmentFrom(*url, *answer));
}

void SyncWorker::sync()
{
    // While locked the token stays sealed: refused here, before any request (and an earlier
    // version's clear file is sealed now, on the first sync after an unlock).
    const auto e = syncctl::loadEnrollment(m_options);
    if (!e) {
        const auto code = e.error().code;
        emit finished(failed(code == syncctl::EnrollmentErrc::Missing
                                 ? sync::client::ErrorClass::Unauthorized
                                 : sync::client::ErrorClass::Fatal,
                             syncctl::toString(code)));
        return;
    }
    const sync::client::SyncStatus status = runSession(*e);
    emit finished(status);
    // A device told to erase itself keeps nothing to search (SyncController erases it now).
    if (!status.error || status.error->errorClass != sync::client::ErrorClass::Erase)
        indexQueued();
}

void SyncWorker::indexQueued()
{
    // Opened for this only (at the app's start), the connection closes again after it.
    const bool wasOpen = m_store != nullptr;
    QString error;
    if (store::Store *store = openStore(&error)) {
        auto waiting = store->unindexed();
        if (waiting && *waiting > 0) {
            const auto left = m_runner.indexQueued(*store, [this](std::size_t remaining) {
                emit indexed(static_cast<int>(remaining));
            });
            if (!left)
                qCWarning(lcApp) << "could not index for search:" << left.error().detail.c_str();
        }
    }
    if (!wasOpen)
        m_store.reset();
}

sync::client::SyncStatus SyncWorker::runSession(const syncctl::Enrollment &e)
{
    QString error;
    store::Store *store = openStore(&error);
    if (!store)
        return failed(sync::client::ErrorClass::Fatal, error.toStdString());
    return m_runner.runOnce(*store, e,
                            [this](const sync::client::SyncStatus &s) { emit status(s); });
}

} // namespace lykta::app
