#include "guardianeditor.h"

namespace lykta::app {

GuardianEditor::GuardianEditor(QObject *parent) : EditorBase(parent) {}

QVariantList GuardianEditor::relations()
{
    QVariantList out;
    for (const QString &key : domain::Guardian::relations())
        out.append(QVariantMap{{QStringLiteral("key"), key},
                               {QStringLiteral("label"), relationLabel(key)}});
    return out;
}

QString GuardianEditor::relationLabel(const QString &key)
{
    if (key == QLatin1String("mother"))
        return tr("Mamma");
    if (key == QLatin1String("father"))
        return tr("Pappa");
    if (key == QLatin1String("step_parent"))
        return tr("Bonusförälder");
    if (key == QLatin1String("foster_parent"))
        return tr("Familjehemsförälder");
    //: A guardian's relation to the children that is none of the others.
    return tr("Annan vuxen");
}

void GuardianEditor::setGuardianId(const QString &id)
{
    if (m_guardianId == id)
        return;
    m_guardianId = id;
    load();
}

void GuardianEditor::load()
{
    clearErrors();
    if (workspace() && !m_guardianId.isEmpty()) {
        auto g = workspace()->families().guardian(workspace()->actor(), m_guardianId.toStdString());
        if (!g) {
            fail(g.error());
        } else {
            m_familyId = QString::fromStdString(g->familyId);
            m_name = g->name;
            m_relation = g->relation;
            m_custody = g->custody;
            m_phone = g->phone;
            m_email = g->email;
            m_address = g->address;
            m_language = g->language;
            m_interpreter = g->interpreter;
            m_leftOn = g->leftOn.toString(Qt::ISODate);
            m_identified = !g->personnummer.isEmpty();
        }
    }
    announceLoad();
}

bool GuardianEditor::save()
{
    clearErrors();
    if (!workspace())
        return false;
    domain::Guardian g;
    g.id = m_guardianId.toStdString();
    g.familyId = m_familyId.toStdString();
    g.name = m_name;
    g.relation = m_relation;
    g.custody = m_custody;
    g.phone = m_phone;
    g.email = m_email;
    g.address = m_address;
    g.language = m_language;
    g.interpreter = m_interpreter;
    auto &families = workspace()->families();
    if (m_guardianId.isEmpty()) {
        auto id = families.addGuardian(workspace()->actor(), g);
        if (!id)
            return fail(id.error());
        m_guardianId = QString::fromStdString(*id);
    } else if (auto r = families.updateGuardian(workspace()->actor(), g); !r) {
        return fail(r.error());
    }
    workspace()->notifyChanged();
    load();
    return true;
}

bool GuardianEditor::markLeft(const QString &date)
{
    clearErrors();
    if (!workspace())
        return false;
    const QDate day = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return fail(domain::domainError(domain::DomainErrc::InvalidDate, "left_on"));
    if (auto r = workspace()->families().markGuardianLeft(workspace()->actor(),
                                                          m_guardianId.toStdString(), day);
        !r)
        return fail(r.error());
    workspace()->notifyChanged();
    load();
    return true;
}

} // namespace lykta::app
