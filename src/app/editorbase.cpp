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
    return fail(ErrorText::forDomain(error), QString::fromStdString(error.field));
}

bool EditorBase::fail(const QString &text, const QString &field)
{
    m_errorText = text;
    m_fieldErrors.clear();
    if (!field.isEmpty())
        m_fieldErrors.insert(field, m_errorText);
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
