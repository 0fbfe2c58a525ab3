#include "synccontroller.h"

#include "applog.h"
#include "deviceerase.h"

#include <algorithm>

#include "conversationtemplateservice.h"
#include "formdraft.h"
#include "store/draftstore.h"
#include "storereplica.h"
#include "syncworker.h"
#include "workspace.h"

#include <QFile>
#include <QJSEngine>
#include <QLocale>
#include <QSettings>

namespace lykta::app {

namespace {

QString settingsKey(const std::string &databasePath)
{
    return QStringLiteral("sync/lastSuccess/") +
           QString::fromStdString(databasePath).toUtf8().toBase64(QByteArray::Base64UrlEncoding);
}

} // namespace

SyncController::SyncController(store::StoreOptions options, Workspace &workspace, QObject *parent)
    : QObject(parent), m_databasePath(options.database.path), m_options(options),
      m_workspace(workspace)
{
    m_lastSync = QSettings().value(settingsKey(m_databasePath)).toDateTime();
    m_worker = new SyncWorker(std::move(options));
    m_thread.adopt(m_worker);
    connect(m_worker, &SyncWorker::status, this, &SyncController::onStatus);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &SyncWorker::enrolled, this, &SyncController::onEnrolled);
    connect(m_worker, &SyncWorker::enrolledAsNewDevice, this,
            &SyncController::onEnrolledAsNewDevice);
    connect(m_worker, &SyncWorker::probed, this, &SyncController::probeFinished);
    // Records a first sync left for the search index are found once indexed: the search page
    // reads again then (it says meanwhile how many still wait).
    connect(m_worker, &SyncWorker::indexed, this, [this](int remaining) {
        if (remaining == 0)
            m_workspace.notifyChanged();
    });
    // What an earlier run left unindexed (closed while indexing) is indexed now.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::indexQueued, Qt::QueuedConnection);
    // A conflict resolved or a refused change handled changes the counts shown.
    connect(&workspace, &Workspace::changed, this, &SyncController::changed);
}

SyncController::~SyncController()
{
    m_worker->cancel(); // the sync under way stops at its next safe point; the thread then ends
}

bool SyncController::enrolled() const
{
    return syncctl::Enrollment::exists(syncctl::Enrollment::pathFor(m_databasePath));
}

store::Actor SyncController::enrolledActor(const store::StoreOptions &options)
{
    const auto e = syncctl::loadEnrollment(options);
    if (!e || e->kind != "staff" || e->units.empty())
        return {};
    return {e->staffId, e->units.substr(0, e->units.find(','))};
}

QString SyncController::server() const
{
    const auto e = syncctl::loadEnrollment(m_options);
    return e ? QString::fromStdString(e->server) : QString();
}

QString SyncController::stateText() const
{
    using sync::client::Activity;
    if (!enrolled())
        return tr("Inte kopplad till någon server");
    switch (m_status.activity) {
    case Activity::Stopped:
        return m_status.error ? tr("Synkroniseringen stoppades") : tr("Redo att synkronisera");
    case Activity::Offline:
        return tr("Ingen kontakt med servern");
    case Activity::Connecting:
        return tr("Ansluter …");
    case Activity::Idle:
        return tr("Allt är synkroniserat");
    case Activity::Busy:
        return m_status.willRetry ? tr("Försöker igen om en stund …") : tr("Synkroniserar …");
    }
    return {};
}

QString SyncController::progressText() const
{
    if (!m_busy && m_status.pushed == 0 && m_status.pulled == 0)
        return {};
    const bool sending =
        m_status.phase == sync::client::Phase::Push || m_status.phase == sync::client::Phase::Audit;
    const QString phase = sending                                       ? tr("Skickar")
                          : m_status.phase == sync::client::Phase::Pull ? tr("Hämtar")
                                                                        : QString();
    const QString counts = tr("%1 ändringar skickade, %2 hämtade")
                               .arg(QLocale().toString(qulonglong(m_status.pushed)),
                                    QLocale().toString(qulonglong(m_status.pulled)));
    return phase.isEmpty() ? counts : phase + QStringLiteral(" · ") + counts;
}

QString SyncController::lastSyncText() const
{
    if (!m_lastSync.isValid())
        return tr("Aldrig synkroniserad");
    return tr("Senast synkroniserad %1")
        .arg(QLocale().toString(m_lastSync.toLocalTime(), QLocale::ShortFormat));
}

int SyncController::rejectedCount() const
{
    auto r = m_workspace.store().rejections();
    return r ? static_cast<int>(std::count_if(r->begin(), r->end(),
                                              [](const auto &e) { return e.handledMs == 0; }))
             : 0;
}

int SyncController::conflictCount() const
{
    auto c = m_workspace.store().conflicts();
    return c ? static_cast<int>(c->size()) : 0;
}

QString SyncController::errorWords(sync::client::ErrorClass errorClass)
{
    using sync::client::ErrorClass;
    switch (errorClass) {
    case ErrorClass::Network:
        return tr("Servern går inte att nå just nu. Allt du skriver sparas på enheten och "
                  "skickas vid nästa synkronisering.");
    case ErrorClass::Transient:
        return tr("Servern svarade inte som den skulle. Försök igen om en stund; inget har "
                  "gått förlorat.");
    case ErrorClass::Unauthorized:
        return tr("Enheten är inte längre godkänd hos servern. Koppla den igen med en ny "
                  "engångskod nedan; allt som inte hunnit skickas finns kvar på enheten.");
    case ErrorClass::Erase:
        return tr("Enheten har anmälts förlorad eller stulen. Allt på den raderas.");
    case ErrorClass::PerRecord:
        return tr("Servern tog inte emot vissa ändringar. De finns kvar här med förklaring.");
    case ErrorClass::Fatal:
        return tr("Synkroniseringen stoppades eftersom servern inte kunde verifieras eller "
                  "förstås. Kontakta support; inget har gått förlorat.");
    }
    return {};
}

void SyncController::syncNow()
{
    if (m_busy || !enrolled())
        return;
    m_busy = true;
    m_errorText.clear();
    m_status = {};
    m_status.activity = sync::client::Activity::Connecting;
    emit changed();
    m_thread.post([worker = m_worker] { worker->sync(); });
}

void SyncController::stopForLock()
{
    m_worker->cancel();
    m_thread.postAndWait([worker = m_worker] { worker->closeStore(); });
}

void SyncController::cancel()
{
    m_worker->cancel();
}

void SyncController::probe(const QString &server)
{
    m_thread.post([worker = m_worker, server] { worker->probe(server); });
}

SyncController::EnrollPlan SyncController::enrollPlan() const
{
    const store::Store &store = m_workspace.store();
    const auto unsent = store.outbox(1);
    const auto audit = store.unsentAudit(1);
    const auto cursor = store.pullCursor();
    // Every draft on the device, whoever's: a store that starts afresh would lose them all.
    const auto drafts =
        store::DraftStore(m_workspace.store(), m_workspace.actor().staffId).anyone();
    // Unreadable (locked, a disk error): nothing is removed on a guess.
    if (!unsent || !audit || !cursor || !drafts)
        return EnrollPlan::SameDevice;
    const bool sending = !unsent->empty() || !audit->empty();
    const bool handling = !drafts->empty() || rejectedCount() > 0;
    // Not enrolled (a plain revoke) and work waiting: only its author's code takes it on.
    if (!enrolled() && (sending || handling))
        return EnrollPlan::SameDevice;
    if (!m_workspace.hasActor() && *cursor == 0)
        return EnrollPlan::SameDevice; // nobody's work here: a first start
    if (!drafts->empty())
        return EnrollPlan::DraftsWait;
    if (rejectedCount() > 0)
        return EnrollPlan::RefusalsWait;
    return sending ? EnrollPlan::SendFirst : EnrollPlan::NewDevice;
}

QString SyncController::planWords(EnrollPlan plan) const
{
    switch (plan) {
    case EnrollPlan::SendFirst:
        return tr("Det som inte har skickats än skickas först. När koden har godtagits tas allt "
                  "bort från enheten, och det som hör till den som koden gäller hämtas.");
    case EnrollPlan::DraftsWait: {
        QStringList forms;
        const auto drafts =
            store::DraftStore(m_workspace.store(), m_workspace.actor().staffId).anyone();
        for (const store::Draft &d : drafts ? *drafts : std::vector<store::Draft>{})
            forms << tr("%1 (%2)").arg(
                FormDraft::formName(QString::fromStdString(d.formKey)),
                QLocale().toString(d.savedAt.toLocalTime(), QLocale::ShortFormat));
        return tr("Det finns utkast som inte har sparats: %1. Öppna samma formulär igen, så "
                  "kommer texten tillbaka; spara eller släng den där. Sedan kan enheten kopplas "
                  "om.")
            .arg(QLocale().createSeparatedList(forms));
    }
    case EnrollPlan::RefusalsWait:
        return tr("Servern har inte tagit emot vissa ändringar. Gå igenom dem under Mer → Synk "
                  "först; sedan kan enheten kopplas om.");
    case EnrollPlan::NewDevice:
        return tr("Allt på enheten är redan skickat till servern. När koden har godtagits tas det "
                  "bort från enheten, och det som hör till den som koden gäller hämtas.");
    case EnrollPlan::SameDevice:
        break;
    }
    return {};
}

void SyncController::enroll(const QString &server, const QString &code)
{
    if (m_busy)
        return;
    const EnrollPlan plan = enrollPlan();
    // SendFirst goes on: the worker's last sync sends it (enrollAsNewDevice).
    const char *refused = plan == EnrollPlan::DraftsWait     ? SyncWorker::kDraftsWait
                          : plan == EnrollPlan::RefusalsWait ? SyncWorker::kRefusalsWait
                                                             : nullptr;
    if (refused) {
        onEnrolled(false, int(sync::client::ErrorClass::Fatal), QString::fromLatin1(refused));
        return;
    }
    m_busy = true;
    m_errorText.clear();
    emit changed();
    if (plan == EnrollPlan::NewDevice || plan == EnrollPlan::SendFirst) {
        m_thread.post([worker = m_worker, server, code, device = store::Store::newDeviceId(),
                       staff = QString::fromStdString(m_workspace.actor().staffId)] {
            worker->enrollAsNewDevice(server, code, device, staff);
        });
        return;
    }
    const auto unsent = m_workspace.store().outbox(1);
    const bool keepStaff = !unsent || !unsent->empty();
    m_thread.post([worker = m_worker, server, code, keepStaff,
                   current = QString::fromStdString(m_workspace.actor().staffId)] {
        worker->enroll(server, code, current, keepStaff);
    });
}

void SyncController::onEnrolledAsNewDevice(quint64 device, const syncctl::Enrollment &enrollment)
{
    // The server has the new device and has revoked the old one. In this order, so a crash
    // between two steps leaves at worst a tablet that is not enrolled, never the new person's
    // enrollment beside the earlier person's data: the old enrollment goes, the store starts
    // afresh, the new enrollment is saved.
    emit aboutToStartAfresh();
    m_worker->cancel();
    m_thread.postAndWait([worker = m_worker] { worker->closeStore(); });
    QFile::remove(QString::fromStdString(syncctl::Enrollment::pathFor(m_databasePath)));
    QString failed;
    if (auto r = m_workspace.store().startAfresh(device); !r)
        failed = QString::fromLatin1(store::toString(r.error().code));
    else
        failed = SyncWorker::save(m_options, enrollment);
    emit startedAfresh();
    // Nothing of the earlier person is shown any more, and "synced" waits for the first sync.
    m_lastSync = {};
    QSettings().remove(settingsKey(m_databasePath));
    m_workspace.notifyChanged();
    if (!failed.isEmpty()) {
        qCWarning(lcApp, "starting afresh failed: %s", qPrintable(failed));
        m_workspace.setActor({});
        onEnrolled(false, int(sync::client::ErrorClass::Fatal), QLatin1String(kStartAfresh));
        return;
    }
    onEnrolled(true, 0, {});
}

void SyncController::eraseThisDevice()
{
    // The token is read while the key is still here: the server hears of the erasure with it.
    auto enrollment = syncctl::loadEnrollment(m_options);
    emit aboutToErase();
    m_worker->cancel();
    m_thread.postAndWait([worker = m_worker] { worker->closeStore(); });
    m_workspace.store().lock(); // closes the UI's connection and wipes the data key
    const auto outcome = syncctl::eraseDeviceFiles(m_databasePath);
    m_eraseFailure = outcome.failure;
    qCWarning(lcApp, "reported lost or stolen: erased %zu files%s%s", outcome.removed.size(),
              outcome.failure.empty() ? "" : "; could not remove ", outcome.failure.c_str());
    QSettings().remove(settingsKey(m_databasePath));
    m_lastSync = {};
    m_erased = true;
    m_serverTold = enrollment ? ServerTold::Telling : ServerTold::NotTold;
    emit erasedChanged();
    emit changed();
    if (!enrollment)
        return;
    m_thread.post([this, e = std::move(*enrollment)] {
        const bool told = syncctl::confirmErased(e);
        QMetaObject::invokeMethod(this, [this, told] {
            m_serverTold = told ? ServerTold::Told : ServerTold::NotTold;
            emit erasedChanged();
        });
    });
}

QString SyncController::erasedText() const
{
    QString text = tr("En chef har anmält surfplattan som förlorad eller stulen. Allt som fanns "
                      "på den har raderats: anteckningar, utkast, nyckeln och kopplingen till "
                      "servern. Lämna tillbaka den till din chef.");
    if (!m_eraseFailure.empty())
        text += QLatin1Char(' ') + tr("En fil gick inte att ta bort; kontakta support.");
    switch (m_serverTold) {
    case ServerTold::Telling:
        return text + QLatin1Char(' ') + tr("Servern får besked …");
    case ServerTold::Told:
        return text + QLatin1Char(' ') + tr("Servern har fått besked om raderingen.");
    case ServerTold::NotTold:
        break;
    }
    return text + QLatin1Char(' ') + tr("Servern kunde inte få besked, men raderingen är gjord.");
}

void SyncController::onStatus(const sync::client::SyncStatus &status)
{
    m_status = status;
    emit changed();
}

void SyncController::onFinished(const sync::client::SyncStatus &status)
{
    m_status = status;
    m_busy = false;
    if (status.error &&
        status.error->detail == syncctl::toString(syncctl::EnrollmentErrc::Locked)) {
        m_errorText = tr("Enheten är låst. Lås upp den med lösenfrasen för att synkronisera; "
                         "ingenting har skickats.");
    } else if (status.error &&
               status.error->detail == syncctl::toString(syncctl::EnrollmentErrc::Damaged)) {
        m_errorText = tr("Kopplingen till servern går inte att öppna med den här enhetens "
                         "nyckel. Koppla enheten igen med en ny engångskod; inget som skrivits "
                         "här har gått förlorat.");
    } else if (status.error && status.error->errorClass == sync::client::ErrorClass::Erase) {
        m_busy = false;
        eraseThisDevice();
        return;
    } else if (status.error) {
        m_errorText = errorWords(status.error->errorClass);
        // A revoked or unknown token: forget it, so the device can be enrolled again. The
        // outbox stays and is pushed after the new enrollment.
        if (status.error->errorClass == sync::client::ErrorClass::Unauthorized)
            QFile::remove(QString::fromStdString(syncctl::Enrollment::pathFor(m_databasePath)));
    } else {
        m_lastSync = QDateTime::currentDateTimeUtc();
        QSettings().setValue(settingsKey(m_databasePath), m_lastSync);
    }
    emit changed();
    m_workspace.notifyChanged(); // pulled changes show in every list
    emit syncFinished(!status.error, status.error ? int(status.error->retryAfter.count()) : 0);
    // A unit no device has written conversation models for yet (a new unit on the server)
    // starts with Lykta's, sent at once; kinds the unit has already are left alone.
    if (!status.error && m_workspace.hasActor()) {
        const auto installed = domain::ConversationTemplateService(m_workspace.store())
                                   .installDefaults(m_workspace.actor());
        if (installed && *installed > 0)
            syncNow();
    }
}

void SyncController::onEnrolled(bool ok, int errorClass, const QString &detail)
{
    m_busy = false;
    // The server names what was wrong with a code (sync/core/protocol.h error codes).
    if (ok)
        m_errorText.clear();
    else if (detail == QLatin1String("bad_code") || detail == QLatin1String("code_used") ||
             detail == QLatin1String("code_expired"))
        m_errorText = tr("Engångskoden gäller inte (fel, redan använd eller för gammal).");
    else if (detail == QLatin1String(SyncWorker::kNotSent))
        m_errorText = tr("Det som väntar på att skickas kunde inte skickas, så enheten kopplas "
                         "inte om än och arbetar vidare som förut. %1")
                          .arg(errorWords(static_cast<sync::client::ErrorClass>(errorClass)));
    else if (detail == QLatin1String(SyncWorker::kDraftsWait))
        m_errorText = planWords(EnrollPlan::DraftsWait);
    else if (detail == QLatin1String(SyncWorker::kRefusalsWait))
        m_errorText = planWords(EnrollPlan::RefusalsWait);
    else if (detail == QLatin1String(kStartAfresh))
        m_errorText = tr("Enheten kunde inte tömmas inför den nya kopplingen. Allt var redan "
                         "skickat till servern. Starta om appen och koppla enheten med en ny "
                         "engångskod.");
    else if (detail == QLatin1String(SyncWorker::kOtherStaff))
        m_errorText = tr("Koden gäller en annan person än den vars ändringar ännu inte har "
                         "skickats. Synkronisera dem först, eller be om en kod för samma person.");
    else if (detail == QLatin1String("code_locked"))
        m_errorText = tr("Koden är spärrad efter för många försök. Be om en ny engångskod.");
    else if (detail.toStdString() == sync::client::kInsecureServer)
        m_errorText = tr("Adressen börjar med http:// och skulle skicka koden okrypterad över "
                         "nätet. Skriv adressen med https:// (eller utan början, så används "
                         "https). Ingenting har skickats.");
    else if (detail.toStdString() == sync::client::kBadServer)
        m_errorText = tr("Det där är ingen serveradress. Skriv den som till exempel "
                         "https://lykta.kommun.se eller lykta.kommun.se:8443. Ingenting har "
                         "skickats.");
    else
        m_errorText = errorWords(static_cast<sync::client::ErrorClass>(errorClass));
    if (!ok)
        qCWarning(lcApp, "enrollment failed: %s", qPrintable(detail));
    if (ok) {
        const store::Actor actor = enrolledActor(m_options);
        if (actor.staffId != m_workspace.actor().staffId) {
            // Someone else now: "synced" speaks of them, and their first sync is still ahead.
            m_lastSync = {};
            QSettings().remove(settingsKey(m_databasePath));
        }
        m_workspace.setActor(actor);
    }
    emit changed();
    emit enrollAnswered(ok, errorClass, detail);
    emit enrollFinished(ok);
    if (ok)
        syncNow();
}

} // namespace lykta::app
