#include "auditreviewcontroller.h"

#include "auditextract.h"
#include "auditextractpdf.h"
#include "errortext.h"
#include "exportfolder.h"
#include "managerrole.h"
#include "spotcheck.h"
#include "store/fields.h"
#include "storereplica.h"
#include "unitservice.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>

#include <algorithm>

namespace lykta::app {

namespace {

// Runs on the workspace's background pool: opens the enrollment (its token is sealed with the
// store's key) and asks the server.
ServerExtractOutcome fetchFromServer(const store::StoreOptions &storeOptions,
                                     const std::string &subject)
{
    ServerExtractOutcome outcome;
    outcome.subject = subject;
    const auto transport = staffTransport(storeOptions);
    if (!transport) {
        outcome.enrolled = false;
        return outcome;
    }
    auto answer = transport->auditExtract(subject);
    if (answer)
        outcome.audit = std::move(*answer);
    else
        outcome.error = answer.error();
    return outcome;
}

followup::AuditExtractRow rowFrom(const sync::ServerAuditEntry &e)
{
    followup::AuditExtractRow row;
    row.at = QDateTime::fromMSecsSinceEpoch(e.deviceMs > 0 ? e.deviceMs : e.receivedMs, Qt::UTC);
    row.received = QDateTime::fromMSecsSinceEpoch(e.receivedMs, Qt::UTC);
    row.staffId = e.staff;
    row.staffName = QString::fromStdString(e.staffName);
    row.action = QString::fromStdString(e.action);
    row.entity = e.entity;
    row.recordId = e.subject;
    row.device = e.device;
    row.unitId = e.unit;
    row.fromServer = true;
    return row;
}

} // namespace

AuditReviewController::AuditReviewController(QObject *parent) : QObject(parent) {}

void AuditReviewController::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    m_workspace = workspace;
    m_isManager = false;
    if (m_workspace) {
        const auto staff =
            domain::UnitService(m_workspace->store()).staff(m_workspace->actor().staffId);
        m_isManager = staff && staff->role == domain::Staff::Role::Manager;
    }
    emit workspaceChanged();
    loadSubjects();
    emit resultChanged();
}

void AuditReviewController::loadSubjects()
{
    m_subjects.clear();
    m_subjectKey.clear();
    if (!m_workspace || !m_isManager) {
        emit subjectsChanged();
        return;
    }
    // Names only, for choosing, as the family list shows them; the extract itself is logged.
    auto families = m_workspace->families().families(m_workspace->actor().unitId);
    if (families) {
        std::sort(families->begin(), families->end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const auto &family : *families) {
            m_subjects.append(
                QVariantMap{{QStringLiteral("key"),
                             QStringLiteral("family:") + QString::fromStdString(family.id)},
                            {QStringLiteral("label"), tr("Familj: %1").arg(family.name)}});
            const auto children =
                m_workspace->store().list("child", {{store::fields::child::family_id, family.id}});
            if (!children)
                continue;
            for (const auto &child : *children) {
                const QString name =
                    QString::fromStdString(child.text(store::fields::child::first_name) + ' ' +
                                           child.text(store::fields::child::last_name))
                        .trimmed();
                m_subjects.append(
                    QVariantMap{{QStringLiteral("key"),
                                 QStringLiteral("child:") + QString::fromStdString(child.id)},
                                //: A child in the list of people whose access log can be taken out
                                {QStringLiteral("label"), tr("Barn: %1").arg(name)}});
            }
        }
    }
    if (!m_subjects.isEmpty())
        m_subjectKey = m_subjects.front().toMap().value(QStringLiteral("key")).toString();
    emit subjectsChanged();
}

void AuditReviewController::setSubjectKey(const QString &key)
{
    if (key == m_subjectKey)
        return;
    m_subjectKey = key;
    emit subjectsChanged();
    forgetServerExtract();
}

void AuditReviewController::forgetServerExtract()
{
    m_serverSubject.clear();
    m_serverRows.clear();
    m_serverText.clear();
    m_rows.clear();
    emit serverChanged();
}

bool AuditReviewController::fetchServerExtract()
{
    std::string entity, id;
    if (!chosen(entity, id))
        return false;
    if (m_fetching)
        return true;
    const auto &options = m_workspace->storeOptions();
    if (!options) { // a store of its own, without a file to find an enrollment next to
        m_serverText = tr("Kollegornas läsningar kunde inte hämtas: surfplattan är inte "
                          "ansluten till någon server. Loggutdraget visar bara den här "
                          "surfplattans poster.");
        emit serverChanged();
        return false;
    }
    m_fetching = true;
    m_serverText = tr("Hämtar kollegornas läsningar från servern …");
    emit serverChanged();
    m_workspace->background().run(
        this, [storeOptions = *options, id] { return fetchFromServer(storeOptions, id); },
        [this](ServerExtractOutcome outcome) { onServerExtract(std::move(outcome)); });
    return true;
}

void AuditReviewController::onServerExtract(ServerExtractOutcome outcome)
{
    m_fetching = false;
    std::string entity, id;
    const qsizetype colon = m_subjectKey.indexOf(QLatin1Char(':'));
    id = m_subjectKey.mid(colon + 1).toStdString();
    entity = m_subjectKey.left(colon).toStdString();
    if (outcome.subject != id) {
        emit serverChanged(); // another subject was chosen meanwhile: this answer is not its
        return;
    }
    //: Said when the server's part of an access-log extract could not be had
    const QString local = tr("Loggutdraget visar bara den här surfplattans poster.");
    m_serverRows.clear();
    m_serverSubject.clear();
    if (!outcome.enrolled) {
        m_serverText = tr("Kollegornas läsningar kunde inte hämtas: surfplattan är inte "
                          "ansluten till någon server.") +
                       QLatin1Char(' ') + local;
    } else if (outcome.error) {
        const auto &e = *outcome.error;
        QString why;
        if (e.httpStatus == 403)
            why = tr("servern lämnar loggen bara till chefen för barnets eller familjens enhet.");
        else if (e.errorClass == sync::client::ErrorClass::Unauthorized)
            why = tr("servern känner inte längre igen surfplattan. Anslut den på nytt.");
        else if (e.errorClass == sync::client::ErrorClass::Network ||
                 e.errorClass == sync::client::ErrorClass::Transient)
            why = tr("servern gick inte att nå. Försök igen när surfplattan är uppkopplad.");
        else
            why = tr("servern svarade med ett fel (%1).").arg(e.httpStatus);
        m_serverText =
            tr("Kollegornas läsningar kunde inte hämtas: %1").arg(why) + QLatin1Char(' ') + local;
    } else {
        for (const auto &entry : outcome.audit->entries)
            m_serverRows.push_back(rowFrom(entry));
        m_serverSubject = id;
        m_serverText = tr("Med serverns logg: %n poster från servern.", "",
                          static_cast<int>(m_serverRows.size()));
        if (outcome.audit->omitted > 0)
            m_serverText += QLatin1Char(' ') + tr("De %n äldsta posterna på servern kom inte med.",
                                                  "", static_cast<int>(outcome.audit->omitted));
    }
    showRows(entity, id);
    emit serverChanged();
}

std::vector<followup::AuditExtractRow>
AuditReviewController::serverRowsFor(const std::string &id) const
{
    return m_serverSubject == id ? m_serverRows : std::vector<followup::AuditExtractRow>{};
}

void AuditReviewController::showRows(const std::string &entity, const std::string &id)
{
    m_rows.clear();
    auto local = followup::AuditExtract(m_workspace->store()).rows(entity, id);
    if (!local)
        return;
    const auto merged = followup::AuditExtract::merge(std::move(*local), serverRowsFor(id));
    for (const auto &r : merged) {
        m_rows.append(
            QVariantMap{{QStringLiteral("time"), r.at},
                        {QStringLiteral("staffId"), QString::fromStdString(r.staffId)},
                        {QStringLiteral("staffName"), r.staffName},
                        {QStringLiteral("action"), r.action},
                        {QStringLiteral("recordType"), QString::fromStdString(r.entity)},
                        {QStringLiteral("recordId"), QString::fromStdString(r.recordId)},
                        {QStringLiteral("device"), followup::AuditExtract::deviceText(r.device)},
                        {QStringLiteral("fromServer"), r.fromServer}});
    }
}

QString AuditReviewController::exportFolder() const
{
    return m_exportFolder.isEmpty() ? ExportFolder::defaultPath() : m_exportFolder;
}

void AuditReviewController::setExportFolder(const QString &folder)
{
    if (folder == m_exportFolder)
        return;
    m_exportFolder = folder;
    emit resultChanged();
}

QString AuditReviewController::spotCheckText() const
{
    if (!m_workspace || !m_isManager)
        return {};
    const auto checks = followup::SpotCheck(m_workspace->store()).all();
    if (!checks || checks->empty())
        return tr("Inga stickprov är registrerade på den här enheten ännu.");
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(checks->back().atMs);
    return tr("Stickprov i loggen: %1. Det senaste gjordes %2.")
        .arg(checks->size())
        .arg(QLocale().toString(last.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")));
}

bool AuditReviewController::fail(const QString &text)
{
    m_errorText = text;
    m_message.clear();
    emit resultChanged();
    return false;
}

bool AuditReviewController::succeed(const QString &text)
{
    m_errorText.clear();
    m_message = text;
    emit resultChanged();
    return true;
}

bool AuditReviewController::chosen(std::string &entity, std::string &id)
{
    if (!m_workspace || !m_isManager)
        return fail(tr("Loggutdrag och stickprov görs av enhetens chef."));
    const qsizetype colon = m_subjectKey.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return fail(tr("Välj ett barn eller en familj först."));
    entity = m_subjectKey.left(colon).toStdString();
    id = m_subjectKey.mid(colon + 1).toStdString();
    return true;
}

QString AuditReviewController::subjectLabel() const
{
    for (const auto &s : m_subjects) {
        const auto map = s.toMap();
        if (map.value(QStringLiteral("key")).toString() == m_subjectKey)
            return map.value(QStringLiteral("label")).toString();
    }
    return {};
}

bool AuditReviewController::save(const QByteArray &bytes, const std::string &entity,
                                 const QString &suffix)
{
    // The file name says what it is and when, not whom: the name is inside, for its reader.
    const QString base =
        QStringLiteral("loggutdrag_%1_%2")
            .arg(entity == "child" ? QStringLiteral("barn") : QStringLiteral("familj"),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HHmm")));
    const auto saved = ExportFolder::save(exportFolder(), base, suffix, bytes);
    if (saved.path.isEmpty())
        return fail(saved.error);
    m_lastPath = saved.path;
    return succeed(tr("Sparad som %1").arg(QDir::toNativeSeparators(saved.path)));
}

bool AuditReviewController::exportCsv()
{
    std::string entity, id;
    if (!chosen(entity, id))
        return false;
    auto bytes = followup::AuditExtract(m_workspace->store())
                     .csv(m_workspace->actor(), entity, id, serverRowsFor(id));
    if (!bytes)
        return fail(ui::ErrorText::forDomain(bytes.error()));
    return save(*bytes, entity, QStringLiteral(".csv"));
}

bool AuditReviewController::exportPdf()
{
    std::string entity, id;
    if (!chosen(entity, id))
        return false;
    auto bytes = followup::AuditExtractPdf::exportPdf(
        m_workspace->store(), m_workspace->actor(), entity, id, subjectLabel(), serverRowsFor(id));
    if (!bytes)
        return fail(ui::ErrorText::forDomain(bytes.error()));
    return save(*bytes, entity, QStringLiteral(".pdf"));
}

bool AuditReviewController::recordSpotCheck()
{
    std::string entity, id;
    if (!chosen(entity, id))
        return false;
    auto recorded =
        followup::SpotCheck(m_workspace->store()).recordSubject(m_workspace->actor(), entity, id);
    if (!recorded)
        return fail(ui::ErrorText::forDomain(recorded.error()));
    return succeed(tr("Stickprovet för %1 är registrerat i loggen.").arg(subjectLabel()));
}

} // namespace lykta::app
