#pragma once

#include "groupsession.h"
#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

#include <map>
#include <vector>

namespace lykta::app {

struct SessionRow
{
    QString id, date, time, theme;
    int number = 0, present = 0;
    bool cancelled = false;
};

// The planned sessions of one support group, with how many attended each; a cancelled
// session stays in the list, marked.
class SessionListModel : public RowListModel<SessionRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString groupId READ groupId WRITE setGroupId NOTIFY groupIdChanged)
    // The group page's own filter over its notes: only sessions where every typed word starts
    // a word of the theme, the note about the session or a note about a child at it.
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        DateRole,
        ThemeRole,
        PresentRole,
        TimeRole, // HH:mm, empty when not set
        CancelledRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QString groupId() const { return m_groupId; }
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    void setGroupId(const QString &id);

    QHash<int, QByteArray> roleNames() const override;

    // Plans the next session (yyyy-MM-dd, a theme); its id, or empty with errorText set.
    Q_INVOKABLE QString plan(const QString &date, const QString &theme);

signals:
    void groupIdChanged();
    void filterChanged();

protected:
    void reload() override;
    QVariant roleData(const SessionRow &row, int role) const override;

private:
    std::map<std::string, QString>
    notesBySession(const std::vector<domain::GroupSession> &sessions) const;

    QString m_groupId;
    QString m_filter;
};

} // namespace lykta::app
