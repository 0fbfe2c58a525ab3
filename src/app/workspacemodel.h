#pragma once

#include "workspace.h"

#include <QAbstractListModel>
#include <QPointer>

namespace lykta::app {

// Base of the list models QML shows: holds the Workspace and reloads whenever it is set or
// the workspace's data changes. Subclasses implement reload() and the roles.
class WorkspaceModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(
        lykta::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // What went wrong with the model's last action, in plain words; empty after a success.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    int count() const { return rowCount(); }
    QString errorText() const { return m_errorText; }

signals:
    void workspaceChanged();
    void countChanged();
    void errorTextChanged();

protected:
    // Rebuild the rows from the domain; called with a valid workspace.
    virtual void reload() = 0;
    void refresh();
    // Sets a property the rows depend on and reloads; false when it did not change.
    bool assignAndRefresh(QString &member, const QString &value);
    // Ends an action that wrote through the domain: on success clears errorText and lets every
    // list reload; on failure says why. Returns whether it succeeded.
    bool settle(const domain::DomainError *error);
    // The same, with words of the model's own for the failure (empty: ErrorText's).
    bool settle(const domain::DomainError *error, const QString &words);

private:
    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_connection;
    QString m_errorText;
};

} // namespace lykta::app
