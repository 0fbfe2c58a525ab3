#include "familyeditor.h"

namespace lykta::app {

FamilyEditor::FamilyEditor(QObject *parent)
    : EditorBase(parent), m_firstContact(QDate::currentDate().toString(Qt::ISODate))
{}

QVariantList FamilyEditor::problemTypes()
{
    const auto item = [](const char *key, const QString &label) {
        return QVariantMap{{QStringLiteral("key"), QString::fromLatin1(key)},
                           {QStringLiteral("label"), label}};
    };
    return {item("mental_illness", tr("Psykisk ohälsa eller sjukdom")),
            item("addiction", tr("Missbruk eller beroende")),
            item("physical_illness", tr("Allvarlig fysisk sjukdom eller skada")),
            item("disability", tr("Funktionsnedsättning")),
            item("violence", tr("Våld i familjen")),
            item("death", tr("En förälder har dött")),
            item("other", tr("Annat"))};
}

void FamilyEditor::setFamilyId(const QString &id)
{
    if (m_familyId == id)
        return;
    m_familyId = id;
    load();
}

void FamilyEditor::load()
{
    clearErrors();
    if (workspace() && !m_familyId.isEmpty()) {
        auto family =
            workspace()->families().family(workspace()->actor(), m_familyId.toStdString());
        if (!family) {
            fail(family.error());
        } else {
            m_name = family->name;
            m_problemType = family->problemType;
            m_firstContact = family->firstContact.toString(Qt::ISODate);
        }
    }
    announceLoad();
}

bool FamilyEditor::save()
{
    clearErrors();
    if (!workspace())
        return false;
    domain::Family family;
    family.id = m_familyId.toStdString();
    family.name = m_name.trimmed();
    family.problemType = m_problemType;
    family.firstContact = QDate::fromString(m_firstContact.trimmed(), Qt::ISODate);
    // The date may be left empty, but one typed wrong is refused, not dropped.
    if (!m_firstContact.trimmed().isEmpty() && !family.firstContact.isValid())
        return fail(domain::domainError(domain::DomainErrc::InvalidDate, "first_contact"));
    family.responsibleStaff = workspace()->actor().staffId;
    auto &families = workspace()->families();
    if (m_familyId.isEmpty()) {
        auto id = families.createFamily(workspace()->actor(), family);
        if (!id)
            return fail(id.error());
        m_familyId = QString::fromStdString(*id);
    } else if (auto r = families.updateFamily(workspace()->actor(), family); !r) {
        return fail(r.error());
    }
    workspace()->notifyChanged();
    load();
    return true;
}

} // namespace lykta::app
