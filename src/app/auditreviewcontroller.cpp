#include "auditreviewcontroller.h"

#include "auditextract.h"
#include "auditextractpdf.h"
#include "errortext.h"
#include "exportfolder.h"
#include "spotcheck.h"
#include "unitservice.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>

#include <algorithm>

namespace lykta::app {

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
            const auto children = m_workspace->store().list("child", {{"family_id", family.id}});
            if (!children)
                continue;
            for (const auto &child : *children) {
                const QString name =
                    QString::fromStdString(child.text("first_name") + ' ' + child.text("last_name"))
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
    auto bytes = followup::AuditExtract(m_workspace->store()).csv(m_workspace->actor(), entity, id);
    if (!bytes)
        return fail(ErrorText::forDomain(bytes.error()));
    return save(*bytes, entity, QStringLiteral(".csv"));
}

bool AuditReviewController::exportPdf()
{
    std::string entity, id;
    if (!chosen(entity, id))
        return false;
    auto bytes = followup::AuditExtractPdf::exportPdf(m_workspace->store(), m_workspace->actor(),
                                                      entity, id, subjectLabel());
    if (!bytes)
        return fail(ErrorText::forDomain(bytes.error()));
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
        return fail(ErrorText::forDomain(recorded.error()));
    return succeed(tr("Stickprovet för %1 är registrerat i loggen.").arg(subjectLabel()));
}

} // namespace lykta::app
