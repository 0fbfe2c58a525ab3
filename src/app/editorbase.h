#pragma once

#include "workspace.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// What every form controller shares: the workspace, and the messages of the last attempt —
// one for the form, and one per field the domain named, so QML shows it in place.
class EditorBase : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(
        lykta::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorsChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorsChanged)

public:
    using QObject::QObject;

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    QString errorText() const { return m_errorText; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }

signals:
    void workspaceChanged();
    void errorsChanged();

protected:
    // Reload the form from the store; called when the workspace is set. Ends with
    // announceLoad().
    virtual void load() = 0;
    // After a (re)load every value may be new: emits the change signal of each of the editor's
    // own properties, once each, and the editor's `loaded` signal last. Each value a form
    // edits has a change signal of its own, so a field that writes its value into the editor
    // re-reads only that value, never the others a person is still typing.
    void announceLoad();
    // Records the error for the form (and its field) and returns false.
    bool fail(const domain::DomainError &error);
    // The same, with words of the form's own (empty: ErrorText's).
    bool fail(const domain::DomainError &error, const QString &words);
    // The same for input the form checks itself before the domain sees it, worded by the form.
    bool fail(const QString &field, const QString &message);
    void clearErrors();

private:
    QPointer<Workspace> m_workspace;
    QString m_errorText;
    QVariantMap m_fieldErrors;
};

} // namespace lykta::app
