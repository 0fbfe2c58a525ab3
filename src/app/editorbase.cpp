#include "editorbase.h"

#include "errortext.h"

#include <QMetaMethod>
#include <QMetaProperty>

namespace lykta::app {

void EditorBase::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    m_workspace = workspace;
    emit workspaceChanged();
    load();
}

void EditorBase::announceLoad()
{
    const QMetaObject *meta = metaObject();
    QList<int> announced;
    QMetaMethod loaded;
    for (int i = staticMetaObject.propertyCount(); i < meta->propertyCount(); ++i) {
        const QMetaMethod signal = meta->property(i).notifySignal();
        if (!signal.isValid() || announced.contains(signal.methodIndex()))
            continue;
        announced.append(signal.methodIndex());
        if (signal.name() == "loaded")
            loaded = signal;
        else
            signal.invoke(this, Qt::DirectConnection);
    }
    if (loaded.isValid())
        loaded.invoke(this, Qt::DirectConnection);
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
