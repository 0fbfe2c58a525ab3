#include "groupmembermodel.h"

#include <QLocale>

namespace lykta::app {

void GroupMemberModel::setGroupId(const QString &id)
{
    if (assignAndRefresh(m_groupId, id))
        emit groupIdChanged();
}

bool GroupMemberModel::looksIdentifying(const QString &text)
{
    return domain::GroupService::looksIdentifying(text);
}

void GroupMemberModel::reload()
{
    m_rows.clear();
    m_capacity = m_taken = m_minAge = m_maxAge = 0;
    if (!m_groupId.isEmpty()) {
        auto &groups = workspace()->groups();
        auto group = groups.group(m_groupId.toStdString());
        auto members = groups.members(workspace()->actor(), m_groupId.toStdString());
        if (group && members) {
            m_anonymous = group->mode == domain::Group::Mode::Anonymous;
            m_capacity = group->capacity;
            m_minAge = group->minAge;
            m_maxAge = group->maxAge;
            std::stable_partition(members->begin(), members->end(),
                                  [](const domain::GroupMember &m) { return !m.hasLeft(); });
            for (const auto &m : *members) {
                if (!m.hasLeft())
                    ++m_taken;
                m_rows.push_back(
                    {QString::fromStdString(m.id), m.alias,
                     m.hasLeft() ? QLocale().toString(m.leftDate, QLocale::ShortFormat) : QString(),
                     m.age, !m.childId.empty()});
            }
        }
    }
    emit groupChanged();
}

bool GroupMemberModel::addAlias(const QString &alias, const QString &age)
{
    domain::GroupMember member;
    member.groupId = m_groupId.toStdString();
    member.alias = alias;
    bool ok = false;
    member.age = age.trimmed().toInt(&ok);
    if (!ok) {
        const auto error = domain::domainError(domain::DomainErrc::AgeOutOfRange, "age");
        return settleMember(&error);
    }
    auto r = workspace()->groups().addMember(workspace()->actor(), member);
    return settleMember(r ? nullptr : &r.error());
}

bool GroupMemberModel::addChild(const QString &childId)
{
    domain::GroupMember member;
    member.groupId = m_groupId.toStdString();
    member.childId = childId.toStdString();
    auto r = workspace()->groups().addMember(workspace()->actor(), member);
    return settleMember(r ? nullptr : &r.error());
}

bool GroupMemberModel::leave(const QString &memberId, const QString &date)
{
    auto r = workspace()->groups().removeMember(workspace()->actor(), memberId.toStdString(),
                                                QDate::fromString(date.trimmed(), Qt::ISODate));
    return settleMember(r ? nullptr : &r.error());
}

// The members' own words for a refusal: what the rule is, and what to do.
bool GroupMemberModel::settleMember(const domain::DomainError *error)
{
    using domain::DomainErrc;
    QString words;
    m_errorField = error ? QString::fromStdString(error->field) : QString();
    if (error) {
        const std::string &f = error->field;
        if (error->code == DomainErrc::CapacityExceeded)
            words = tr("Gruppen är full: alla %n platser är tagna. Ändra antalet platser i "
                       "gruppens uppgifter, eller låt någon sluta först.",
                       "", m_capacity);
        else if (f == "alias" && error->code == DomainErrc::AnonymousGroup)
            words = tr("Det liknar ett personnummer. I en anonym grupp skrivs bara en kod eller "
                       "ett förnamn.");
        else if (f == "alias")
            words = tr("Skriv en kod eller ett förnamn.");
        else if (f == "age")
            words = tr("Gruppen är för barn som är %1–%2 år.").arg(m_minAge).arg(m_maxAge);
        else if (f == "child_id" && error->code == DomainErrc::Empty)
            words = tr("Välj ett barn.");
        else if (f == "left_date" && error->code == DomainErrc::WrongState)
            words = tr("Barnet har redan slutat i gruppen.");
        else if (f == "left_date")
            words = tr("Skriv dagen barnet slutade som ÅÅÅÅ-MM-DD, tidigast gruppens startdag.");
    }
    return settle(error, words);
}

QVariant GroupMemberModel::roleData(const GroupMemberRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case AliasRole:
        return row.alias;
    case AgeRole:
        return row.age;
    case IdentifiedRole:
        return row.identified;
    case LeftRole:
        return !row.leftDate.isEmpty();
    case LeftDateRole:
        return row.leftDate;
    default:
        return {};
    }
}

QHash<int, QByteArray> GroupMemberModel::roleNames() const
{
    return {{IdRole, "memberId"},           {AliasRole, "alias"}, {AgeRole, "age"},
            {IdentifiedRole, "identified"}, {LeftRole, "left"},   {LeftDateRole, "leftDate"}};
}

} // namespace lykta::app
