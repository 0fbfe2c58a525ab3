#include "editorbase.h"

#include "errortext.h"

namespace lykta::app {

void EditorBase::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    m_workspace = workspace;
    emit workspaceChanged();
    load();
}

bool EditorBase::fail(const domain::DomainError &error)
{
    return fail(error, {});
}

bool EditorBase::fail(const domain::DomainError &error, const QString &words)
{
    return fail(QString::fromStdString(error.field),
                words.isEmpty() ? ui::ErrorText::forDomain(error) : words);
}

bool EditorBase::fail(const QString &field, const QString &message)
{
    m_errorText = message;
    m_fieldErrors.clear();
    if (!field.isEmpty())
        m_fieldErrors.insert(field, message);
    emit errorsChanged();
    return false;
}

void EditorBase::clearErrors()
{
    if (m_errorText.isEmpty() && m_fieldErrors.isEmpty())
        return;
    m_errorText.clear();
    m_fieldErrors.clear();
    emit errorsChanged();
}

} // namespace lykta::app
