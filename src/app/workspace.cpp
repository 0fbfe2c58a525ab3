#include "workspace.h"

#include "demodata.h"
#include "managerrole.h"
#include "store/fields.h"
#include "syncctl/enrollment.h"
#include "unitservice.h"

#include <QJSEngine>

namespace lykta::app {

Workspace::Workspace(store::Store &store, store::Actor actor, bool demo, QObject *parent)
    : QObject(parent), m_store(store), m_actor(std::move(actor)), m_demo(demo), m_families(store),
      m_groups(store), m_conversations(store), m_identification(store)
{}

QString Workspace::unitName() const
{
    auto unit = m_store.get("unit", m_actor.unitId);
    return unit && unit->has_value()
               ? QString::fromStdString((*unit)->text(store::fields::unit::name))
               : QString();
}

QString Workspace::staffName() const
{
    auto staff = m_store.get("staff", m_actor.staffId);
    return staff && staff->has_value()
               ? QString::fromStdString((*staff)->text(store::fields::staff::name))
               : QString();
}

bool Workspace::isManager()
{
    return app::isManager(*this);
}

void Workspace::setActor(store::Actor actor)
{
    if (actor.staffId == m_actor.staffId && actor.unitId == m_actor.unitId)
        return;
    m_actor = std::move(actor);
    emit actorChanged();
    notifyChanged();
}

bool Workspace::actAsDemoPerson(const QString &staffId)
{
    if (!m_demo || m_actor.unitId != domain::DemoData::kUnitId)
        return false;
    // Enrolled (scripts/run enrolls the demo tablet as Maja), the server takes this device's
    // changes only as its own staff member's: anyone else's would be refused.
    if (m_storeOptions &&
        syncctl::Enrollment::exists(syncctl::Enrollment::pathFor(m_storeOptions->database.path)))
        return false;
    const std::string id = staffId.isEmpty() ? domain::DemoData::kStaffId : staffId.toStdString();
    auto staff = domain::UnitService(m_store).staff(id);
    if (!staff || staff->unitId != m_actor.unitId)
        return false;
    setActor({staff->id, staff->unitId});
    return true;
}

QString Workspace::demoPersonWithRole(const QString &role) const
{
    if (!m_demo || m_actor.unitId != domain::DemoData::kUnitId)
        return {};
    using Role = domain::Staff::Role;
    const Role wanted = sync::staffRoleFromString(role.toStdString()).value_or(Role::Staff);
    for (const auto &staff : domain::UnitService(m_store).staffOf(m_actor.unitId))
        if (staff.role == wanted)
            return QString::fromStdString(staff.id);
    return {};
}

void Workspace::notifyChanged()
{
    ++m_revision;
    emit changed();
}

} // namespace lykta::app
