#include "childeditor.h"

#include "identificationservice.h"

#include <QLocale>

namespace lykta::app {

ChildEditor::ChildEditor(QObject *parent) : EditorBase(parent) {}

QVariantList ChildEditor::genders()
{
    const auto item = [](const char *key, const QString &label) {
        return QVariantMap{{QStringLiteral("key"), QString::fromLatin1(key)},
                           {QStringLiteral("label"), label}};
    };
    return {item("girl", tr("Flicka")), item("boy", tr("Pojke")), item("other", tr("Annat")),
            item("", tr("Vill inte ange"))};
}

void ChildEditor::setChildId(const QString &id)
{
    if (m_childId == id)
        return;
    m_childId = id;
    load();
}

void ChildEditor::load()
{
    clearErrors();
    if (workspace() && !m_childId.isEmpty()) {
        auto child = workspace()->families().child(workspace()->actor(), m_childId.toStdString());
        if (!child) {
            fail(child.error());
        } else {
            m_familyId = QString::fromStdString(child->familyId);
            m_firstName = child->firstName;
            m_lastName = child->lastName;
            m_birthDate = child->birthDate.toString(Qt::ISODate);
            m_gender = child->gender;
            m_personnummer = child->personnummer;
        }
    }
    announceLoad();
}

bool ChildEditor::save()
{
    clearErrors();
    if (!workspace())
        return false;
    auto &families = workspace()->families();
    domain::Child child;
    if (!m_childId.isEmpty()) {
        // Keep what this form does not edit (the confirmed personnummer and who confirmed it).
        auto current = families.child(workspace()->actor(), m_childId.toStdString());
        if (!current)
            return fail(current.error());
        child = *current;
    }
    child.familyId = m_familyId.toStdString();
    child.firstName = m_firstName.trimmed();
    child.lastName = m_lastName.trimmed();
    child.birthDate = QDate::fromString(m_birthDate.trimmed(), Qt::ISODate);
    child.gender = m_gender;
    if (m_childId.isEmpty()) {
        auto id = families.addChild(workspace()->actor(), child);
        if (!id)
            return fail(id.error());
        m_childId = QString::fromStdString(*id);
    } else if (auto r = families.updateChild(workspace()->actor(), child); !r) {
        return fail(r.error());
    }
    workspace()->notifyChanged();
    load();
    return true;
}

bool ChildEditor::prepareIdentification(const QString &number)
{
    clearErrors();
    cancelIdentification();
    if (!workspace())
        return false;
    auto pending = workspace()->identification().prepareIdentification(
        workspace()->actor(), domain::PendingIdentification::Subject::Child,
        m_childId.toStdString(), number);
    if (!pending)
        return fail(pending.error());
    setPending(pending->token, pending->normalized,
               QLocale().toString(pending->birthDate, QLocale::LongFormat));
    return true;
}

bool ChildEditor::confirmIdentification()
{
    clearErrors();
    if (!workspace() || m_token.empty())
        return false;
    auto r = workspace()->identification().confirmIdentification(m_token, workspace()->actor());
    setPending({}, {}, {});
    if (!r)
        return fail(r.error());
    workspace()->notifyChanged();
    load();
    return true;
}

void ChildEditor::cancelIdentification()
{
    if (workspace() && !m_token.empty())
        workspace()->identification().cancel(m_token);
    setPending({}, {}, {});
}

void ChildEditor::setPending(const std::string &token, const QString &number,
                             const QString &birthDate)
{
    m_token = token;
    if (m_pendingNumber == number && m_pendingBirthDate == birthDate)
        return;
    m_pendingNumber = number;
    m_pendingBirthDate = birthDate;
    emit pendingChanged();
}

} // namespace lykta::app
