#pragma once

#include "rowlistmodel.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct GroupMemberRow
{
    QString id, alias, leftDate;
    int age = 0;
    bool identified = false;
};

// The members of one support group, those in it first, then those who left (kept, with the
// day they left). Adds a child of the unit (identified group) or a code or first name
// (anonymous group), and records that a member left. Places taken and the capacity are here
// so the page can say "5 av 8 platser".
class GroupMemberModel : public RowListModel<GroupMemberRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString groupId READ groupId WRITE setGroupId NOTIFY groupIdChanged)
    Q_PROPERTY(bool anonymous READ anonymous NOTIFY groupChanged)
    Q_PROPERTY(int capacity READ capacity NOTIFY groupChanged)
    Q_PROPERTY(int placesTaken READ placesTaken NOTIFY groupChanged)
    Q_PROPERTY(bool full READ full NOTIFY groupChanged)
    Q_PROPERTY(int minAge READ minAge NOTIFY groupChanged)
    Q_PROPERTY(int maxAge READ maxAge NOTIFY groupChanged)
    // The input the last refusal is about ("alias", "age", "child_id", "left_date"), so the
    // page shows the words at that field; empty after a success.
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorTextChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AliasRole,
        AgeRole,
        IdentifiedRole,
        LeftRole,
        LeftDateRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QString groupId() const { return m_groupId; }
    void setGroupId(const QString &id);
    bool anonymous() const { return m_anonymous; }
    int capacity() const { return m_capacity; }
    int placesTaken() const { return m_taken; }
    bool full() const { return m_taken >= m_capacity; }
    int minAge() const { return m_minAge; }
    int maxAge() const { return m_maxAge; }
    QString errorField() const { return m_errorField; }
    QHash<int, QByteArray> roleNames() const override;

    // Anonymous group: a code or a first name and the age as typed. False, with the reason,
    // when refused (it looks like a personnummer, the group is full, …).
    Q_INVOKABLE bool addAlias(const QString &alias, const QString &age);
    // Identified group: a child of the unit (see MemberCandidateModel).
    Q_INVOKABLE bool addChild(const QString &childId);
    // The member left the group on `date` (yyyy-MM-dd).
    Q_INVOKABLE bool leave(const QString &memberId, const QString &date);
    // For a warning while typing, before anything is saved.
    Q_INVOKABLE static bool looksIdentifying(const QString &text);

signals:
    void groupIdChanged();
    void groupChanged();

protected:
    void reload() override;
    QVariant roleData(const GroupMemberRow &row, int role) const override;

private:
    bool settleMember(const domain::DomainError *error);

    QString m_groupId, m_errorField;
    bool m_anonymous = true;
    int m_capacity = 0, m_taken = 0, m_minAge = 0, m_maxAge = 0;
};

} // namespace lykta::app
