#include "workspace.h"

#include "managerrole.h"

#include <QJSEngine>

namespace lykta::app {

namespace {
Workspace *s_instance = nullptr; // owned by main.cpp; see create()
}

Workspace::Workspace(store::Store &store, store::Actor actor, bool demo, QObject *parent)
    : QObject(parent), m_store(store), m_actor(std::move(actor)), m_demo(demo), m_families(store),
      m_groups(store), m_conversations(store), m_identification(store)
{
    m_backgroundPool.setMaxThreadCount(1); // one reader at a time: the figures are read in turn
}

Workspace *Workspace::create(QQmlEngine *, QJSEngine *engine)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    Q_ASSERT(!engine || s_instance->thread() == engine->thread());
    return s_instance;
}

void Workspace::setInstance(Workspace *workspace)
{
    s_instance = workspace;
}

QString Workspace::unitName() const
{
    auto unit = m_store.get("unit", m_actor.unitId);
    return unit && unit->has_value() ? QString::fromStdString((*unit)->text("name")) : QString();
}

QString Workspace::staffName() const
{
    auto staff = m_store.get("staff", m_actor.staffId);
    return staff && staff->has_value() ? QString::fromStdString((*staff)->text("name")) : QString();
}

bool Workspace::isManager()
{
    return app::isManager(*this);
}

void Workspace::notifyChanged()
{
    ++m_revision;
    emit changed();
}

} // namespace lykta::app
