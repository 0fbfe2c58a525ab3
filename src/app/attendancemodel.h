#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct AttendanceRow
{
    QString memberId, alias;
    int age = 0;
    bool present = false;
    int startMood = 0; // 0 = not recorded; 1-5
    int endMood = 0;
    int noteState = 0; // the child's notes at this session: 0 none, 1 a draft open, 2 all signed
};

// One group session's members: who is present (one tap each), their mood at the start and
// the end of the session, and whether their note from the session is written and signed.
class AttendanceModel : public RowListModel<AttendanceRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString groupId READ groupId WRITE setGroupId NOTIFY groupIdChanged)
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    Q_PROPERTY(int presentCount READ presentCount NOTIFY countChanged)

public:
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1,
        AliasRole,
        AgeRole,
        PresentRole,
        StartMoodRole,
        EndMoodRole,
        NoteStateRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;
    QString groupId() const { return m_groupId; }
    void setGroupId(const QString &id);
    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &id);
    int presentCount() const;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE bool setPresent(const QString &memberId, bool present);
    // Mood 1-5; endMood 0 leaves the end of the session unrecorded.
    Q_INVOKABLE bool setMood(const QString &memberId, int startMood, int endMood);

signals:
    void groupIdChanged();
    void sessionIdChanged();

protected:
    void reload() override;
    QVariant roleData(const AttendanceRow &row, int role) const override;

private:
    QString m_groupId, m_sessionId;
};

} // namespace lykta::app
