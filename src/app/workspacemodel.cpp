#include "workspacemodel.h"

#include "errortext.h"

namespace lykta::app {

void WorkspaceModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    disconnect(m_connection);
    m_workspace = workspace;
    if (m_workspace)
        m_connection = connect(m_workspace, &Workspace::changed, this, &WorkspaceModel::refresh);
    emit workspaceChanged();
    refresh();
}

bool WorkspaceModel::assignAndRefresh(QString &member, const QString &value)
{
    if (member == value)
        return false;
    member = value;
    refresh();
    return true;
}

bool WorkspaceModel::settle(const domain::DomainError *error)
{
    return settle(error, {});
}

bool WorkspaceModel::settle(const domain::DomainError *error, const QString &words)
{
    setErrorText(!error ? QString() : words.isEmpty() ? ui::ErrorText::forDomain(*error) : words);
    if (error)
        return false;
    m_workspace->notifyChanged();
    return true;
}

void WorkspaceModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void WorkspaceModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void WorkspaceModel::cancelRead()
{
    ++m_request;
    setBusy(false);
}

void WorkspaceModel::refresh()
{
    if (!m_workspace)
        return;
    const int before = rowCount();
    beginResetModel();
    reload();
    endResetModel();
    if (before != rowCount())
        emit countChanged();
    emit reloaded();
}

} // namespace lykta::app
