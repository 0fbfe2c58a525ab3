#include "familycloser.h"

namespace lykta::app {

FamilyCloser::FamilyCloser(QObject *parent)
    : EditorBase(parent), m_closedOn(QDate::currentDate().toString(Qt::ISODate))
{}

QVariantList FamilyCloser::reasons()
{
    QVariantList out;
    for (const QString &key : domain::Family::closeReasons())
        out.append(
            QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("label"), reasonLabel(key)}});
    return out;
}

QString FamilyCloser::reasonLabel(const QString &key)
{
    if (key == QLatin1String("completed"))
        return tr("Insatsen är genomförd");
    if (key == QLatin1String("declined"))
        return tr("Familjen tackade nej");
    if (key == QLatin1String("referred"))
        return tr("Hänvisad till annat stöd");
    if (key == QLatin1String("moved"))
        return tr("Familjen har flyttat");
    if (key == QLatin1String("no_contact"))
        return tr("Ingen kontakt längre");
    return tr("Annat skäl");
}

QString FamilyCloser::summary() const
{
    if (!m_closed)
        return {};
    const QString line = tr("Ärendet avslutat %1: %2").arg(m_closedOn, reasonLabel(m_reason));
    return m_note.isEmpty() ? line : line + QStringLiteral(". ") + m_note;
}

void FamilyCloser::setFamilyId(const QString &id)
{
    if (m_familyId == id)
        return;
    m_familyId = id;
    load();
}

void FamilyCloser::load()
{
    clearErrors();
    m_closed = false;
    if (workspace() && !m_familyId.isEmpty()) {
        auto family =
            workspace()->families().family(workspace()->actor(), m_familyId.toStdString());
        if (!family) {
            fail(family.error());
        } else if (family->isClosed()) {
            m_closed = true;
            m_closedOn = family->closedOn.toString(Qt::ISODate);
            m_reason = family->closedReason;
            m_note = family->closedNote;
        } else {
            m_closedOn = QDate::currentDate().toString(Qt::ISODate);
            m_reason.clear();
            m_note.clear();
        }
    }
    announceLoad();
}

bool FamilyCloser::close()
{
    clearErrors();
    if (!workspace())
        return false;
    const QDate day = QDate::fromString(m_closedOn.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return fail(domain::domainError(domain::DomainErrc::InvalidDate, "closed_on"));
    if (auto r = workspace()->families().closeFamily(workspace()->actor(), m_familyId.toStdString(),
                                                     day, m_reason, m_note);
        !r)
        return fail(r.error());
    workspace()->notifyChanged();
    load();
    return true;
}

bool FamilyCloser::reopen()
{
    clearErrors();
    if (!workspace())
        return false;
    if (auto r =
            workspace()->families().reopenFamily(workspace()->actor(), m_familyId.toStdString());
        !r)
        return fail(r.error());
    workspace()->notifyChanged();
    load();
    return true;
}

} // namespace lykta::app
