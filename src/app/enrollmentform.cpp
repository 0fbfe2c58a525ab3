#include "enrollmentform.h"

#include "synccontroller.h"
#include "syncworker.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace lykta::app {

namespace {

QString shortTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

EnrollmentForm::EnrollmentForm(QObject *parent)
    : EditorBase(parent), m_deviceClock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void EnrollmentForm::load()
{
    // ready() reads who the workspace acts as.
    if (workspace()) {
        connect(workspace(), &Workspace::actorChanged, this, &EnrollmentForm::stageChanged,
                Qt::UniqueConnection);
        // A write, a draft or a sync changes what enrolling again asks first.
        connect(workspace(), &Workspace::changed, this, &EnrollmentForm::planChanged,
                Qt::UniqueConnection);
    }
    emit stageChanged();
    emit planChanged();
}

void EnrollmentForm::setSync(SyncController *sync)
{
    if (m_sync == sync)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &SyncController::probeFinished, this, &EnrollmentForm::onProbed);
        connect(m_sync, &SyncController::enrollAnswered, this, &EnrollmentForm::onEnrollAnswered);
        connect(m_sync, &SyncController::changed, this, &EnrollmentForm::onSyncChanged);
        connect(m_sync, &SyncController::changed, this, &EnrollmentForm::planChanged);
    }
    emit syncChanged();
    emit stageChanged();
}

void EnrollmentForm::setAddress(const QString &address)
{
    if (address == m_address)
        return;
    m_address = address;
    emit inputChanged();
}

void EnrollmentForm::setCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    emit inputChanged();
}

bool EnrollmentForm::busy() const
{
    return m_stage == Stage::Checking || m_stage == Stage::Enrolling || m_stage == Stage::Syncing;
}

QString EnrollmentForm::progressText() const
{
    switch (m_stage) {
    case Stage::Checking:
        return tr("Söker servern …");
    case Stage::Enrolling:
        return tr("Kopplar enheten …");
    case Stage::Syncing:
        return tr("Hämtar enhetens uppgifter …");
    case Stage::Done:
        return tr("Klart. Enheten är kopplad och synkroniserad.");
    case Stage::Input:
    case Stage::SyncFailed:
        break;
    }
    return {};
}

bool EnrollmentForm::ready() const
{
    const Workspace *ws = workspace();
    if (!ws)
        return false;
    if (ws->demo())
        return true;
    // Enrolled here: not before the first sync has succeeded (the unit's data, its models).
    return ws->hasActor() && m_stage != Stage::Syncing && m_stage != Stage::SyncFailed;
}

QString EnrollmentForm::planText() const
{
    if (!m_sync || !workspace() || busy())
        return {};
    const auto plan = m_sync->enrollPlan();
    return plan == SyncController::EnrollPlan::SameDevice ? QString() : m_sync->planWords(plan);
}

void EnrollmentForm::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    emit stageChanged();
    emit planChanged();
}

bool EnrollmentForm::refuse(const QString &field, const QString &words)
{
    setStage(Stage::Input);
    return fail(field, words);
}

QString EnrollmentForm::payload(const QString &server, const QString &code)
{
    return QStringLiteral("%1://enroll?server=%2&code=%3")
        .arg(QLatin1String(kPayloadScheme),
             QString::fromLatin1(QUrl::toPercentEncoding(server.trimmed())),
             QString::fromLatin1(QUrl::toPercentEncoding(code.trimmed())));
}

bool EnrollmentForm::usePayload(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QUrlQuery query(url);
    const QString server = query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (!url.isValid() || url.scheme() != QLatin1String(kPayloadScheme) ||
        url.host() != QLatin1String("enroll") || server.isEmpty() || code.isEmpty())
        return refuse(QStringLiteral("address"),
                      tr("Det inklistrade är inte innehållet i en Lykta-kod. Det ska börja med "
                         "lykta://enroll. Skriv annars in adressen och koden var för sig."));
    setAddress(server);
    setCode(code);
    clearErrors();
    return true;
}

// The address as the person meant it, or empty after saying what to change. No scheme means
// https:// (SyncWorker::probe leaves that to checkServerUrl, which also refuses http:// to
// another machine and schemes other than http(s)).
QString EnrollmentForm::checkedAddress()
{
    const QString typed = m_address.trimmed();
    if (typed.isEmpty()) {
        refuse(QStringLiteral("address"),
               tr("Skriv serverns adress, till exempel lykta.kommun.se. Den finns på lappen med "
                  "engångskoden."));
        return {};
    }
    if (typed.contains(QRegularExpression(QStringLiteral("\\s")))) {
        refuse(QStringLiteral("address"),
               tr("Adressen innehåller mellanslag. Skriv den i ett ord, till exempel "
                  "lykta.kommun.se:8443."));
        return {};
    }
    // The port: what follows the host's last colon, up to a path.
    QString rest = typed;
    if (const qsizetype scheme = rest.indexOf(QLatin1String("://")); scheme >= 0)
        rest = rest.mid(scheme + 3);
    const QString authority = rest.section(QLatin1Char('/'), 0, 0);
    const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0 && !authority.endsWith(QLatin1Char(']'))) {
        bool number = false;
        const int port = authority.mid(colon + 1).toInt(&number);
        if (!number || port < 1 || port > 65535) {
            refuse(QStringLiteral("address"),
                   tr("Porten efter kolonet ska vara ett tal från 1 till 65535, till exempel "
                      "lykta.kommun.se:8443. Skriv adressen utan kolon om du inte fått någon "
                      "port."));
            return {};
        }
    }
    return typed;
}

bool EnrollmentForm::submit()
{
    if (busy() || !m_sync || !workspace())
        return false;
    clearErrors();
    if (m_address.trimmed().startsWith(QLatin1String(kPayloadScheme) + QLatin1Char(':'),
                                       Qt::CaseInsensitive) &&
        !usePayload(m_address))
        return false;
    const QString address = checkedAddress();
    if (address.isEmpty())
        return false;
    if (m_code.trimmed().isEmpty())
        return refuse(QStringLiteral("code"),
                      tr("Skriv engångskoden du har fått, till exempel ABCD2345-EFGH6789."));
    // Someone's work is on the device: only what they can deal with stops the code (drafts,
    // refused changes); what waits to be sent goes first, by itself (SyncController::enroll).
    switch (m_sync->enrollPlan()) {
    case SyncController::EnrollPlan::DraftsWait:
        return refuse({}, m_sync->planWords(SyncController::EnrollPlan::DraftsWait));
    case SyncController::EnrollPlan::RefusalsWait:
        return refuse({}, m_sync->planWords(SyncController::EnrollPlan::RefusalsWait));
    case SyncController::EnrollPlan::SendFirst: // the enrollment's last sync sends it
    case SyncController::EnrollPlan::SameDevice:
    case SyncController::EnrollPlan::NewDevice:
        break;
    }
    probe();
    return true;
}

void EnrollmentForm::probe()
{
    setStage(Stage::Checking);
    m_sync->probe(m_address.trimmed());
}

void EnrollmentForm::onProbed(bool ok, int errorClass, const QString &detail, qint64 serverTimeMs)
{
    if (m_stage != Stage::Checking)
        return; // another form's question
    const QString address = m_address.trimmed();
    using sync::client::ErrorClass;
    if (!ok) {
        if (detail.toStdString() == sync::client::kInsecureServer ||
            detail.toStdString() == sync::client::kBadServer)
            refuse(QStringLiteral("address"),
                   detail.toStdString() == sync::client::kBadServer
                       ? tr("Det där är ingen serveradress. Skriv den som till exempel "
                            "https://lykta.kommun.se eller lykta.kommun.se:8443.")
                       : tr("Adressen börjar med http:// och skulle skicka koden okrypterad. "
                            "Skriv adressen med https:// eller utan början."));
        else if (static_cast<ErrorClass>(errorClass) == ErrorClass::Network)
            refuse(QStringLiteral("address"),
                   tr("Ingen server svarar på %1. Kontrollera adressen och porten, och att "
                      "enheten har nät (wifi eller mobildata). Koden är inte använd.")
                       .arg(address));
        else if (static_cast<ErrorClass>(errorClass) == ErrorClass::Transient)
            refuse({}, tr("Servern på %1 svarade inte i tid. Försök igen om en stund; koden är "
                          "inte använd.")
                           .arg(address));
        else
            refuse(QStringLiteral("address"),
                   tr("Det som svarar på %1 är ingen Lykta-server, eller dess certifikat går "
                      "inte att lita på. Kontrollera adressen och porten med den som gav dig "
                      "koden. Koden är inte använd.")
                       .arg(address));
        emit finished(false);
        return;
    }
    const qint64 device = m_deviceClock();
    if (serverTimeMs > 0 && std::abs(device - serverTimeMs) > kClockToleranceMs) {
        refuse({}, tr("Enhetens klocka visar %1 men servern %2. Ställ in rätt datum och tid "
                      "(helst automatiskt) i enhetens inställningar och försök igen. Koden är "
                      "inte använd.")
                       .arg(shortTime(device), shortTime(serverTimeMs)));
        emit finished(false);
        return;
    }
    setStage(Stage::Enrolling);
    m_sync->enroll(address, m_code.trimmed());
}

void EnrollmentForm::onEnrollAnswered(bool ok, int, const QString &detail)
{
    if (m_stage != Stage::Enrolling)
        return;
    if (ok) {
        setStage(Stage::Syncing); // SyncController starts the first sync
        return;
    }
    if (detail == QLatin1String("bad_code"))
        refuse(QStringLiteral("code"),
               tr("Koden stämmer inte. Jämför den tecken för tecken med lappen, eller be om en "
                  "ny."));
    else if (detail == QLatin1String("code_used"))
        refuse(QStringLiteral("code"),
               tr("Koden är redan använd: en kod kopplar en enhet en gång. Be den som delar ut "
                  "koder om en ny."));
    else if (detail == QLatin1String("code_expired"))
        refuse(QStringLiteral("code"),
               tr("Koden har gått ut. Be den som delar ut koder om en ny och använd den samma "
                  "dag."));
    else if (detail == QLatin1String("device_exists"))
        // The store's own id, known to the server as another person's (or still enrolled):
        // the work waiting here can only be sent in its author's name.
        refuse({}, tr("Servern känner redan den här enheten som en annan persons. Det som väntar "
                      "på att skickas här kan bara skickas med en kod för den som skrev det; be "
                      "om en sådan. Inget har tagits bort och koden är inte använd."));
    else
        refuse({}, m_sync->errorText());
    emit finished(false);
}

void EnrollmentForm::onSyncChanged()
{
    if (m_stage != Stage::Syncing || m_sync->busy()) {
        emit stageChanged(); // ready() follows the sync's state
        return;
    }
    if (m_sync->synced()) {
        setStage(Stage::Done);
        emit finished(true);
        return;
    }
    setStage(Stage::SyncFailed);
    fail(QString(), m_sync->errorText());
}

void EnrollmentForm::retrySync()
{
    if (m_stage != Stage::SyncFailed || !m_sync)
        return;
    clearErrors();
    setStage(Stage::Syncing);
    m_sync->syncNow();
}

} // namespace lykta::app
