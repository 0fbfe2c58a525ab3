#pragma once

#include "readworker.h"
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
    // A read runs in the background (search, a large list): show that something is coming.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    int count() const { return rowCount(); }
    QString errorText() const { return m_errorText; }
    bool busy() const { return m_busy; }

signals:
    void workspaceChanged();
    void countChanged();
    // After every rebuild, for properties derived with the rows (the row count need not change).
    void reloaded();
    void errorTextChanged();
    void busyChanged();

protected:
    // Rebuild the rows from the domain; called with a valid workspace.
    virtual void reload() = 0;
    // Rebuilds the rows; a model that reads in the background overrides this.
    virtual void refresh();
    // Sets a property the rows depend on and reloads; false when it did not change.
    bool assignAndRefresh(QString &member, const QString &value);
    // Ends an action that wrote through the domain: on success clears errorText and lets every
    // list reload; on failure says why. Returns whether it succeeded.
    bool settle(const domain::DomainError *error);
    // The same, with words of the model's own for the failure (empty: ErrorText's).
    bool settle(const domain::DomainError *error, const QString &words);
    void setErrorText(const QString &text);

    // Runs `read(store)` off the UI thread (on the workspace's ReadWorker) and hands its result
    // to `apply` on this thread. Only the latest request's result is applied: one that arrives
    // for an older request (the person typed on) is dropped. `store` is null when there is no
    // connection (the app is locked). Without a ReadWorker the read runs here and now.
    template <class Read, class Apply>
    void readInBackground(Read read, Apply apply)
    {
        const quint64 request = ++m_request;
        setBusy(true);
        auto finish = [this, request, apply = std::move(apply)](auto result) mutable {
            if (request != m_request)
                return; // stale
            setBusy(false);
            apply(std::move(result));
        };
        if (ReadWorker *reader = m_workspace->reader())
            reader->submit(this, std::move(read), std::move(finish));
        else
            finish(read(&m_workspace->store()));
    }
    // Forgets any request under way: its result will be dropped.
    void cancelRead();

private:
    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_connection;
    QString m_errorText;
    quint64 m_request = 0;
    bool m_busy = false;

    void setBusy(bool busy);
};

} // namespace lykta::app
