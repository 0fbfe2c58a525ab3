#include "unitservice.h"

#include "detail.h"
#include "sync/core/uuid.h"

namespace lykta::domain {

using namespace detail;

namespace {

Unit toUnit(const store::Record &r)
{
    return Unit{r.id, qtext(r, fields::unit::name), qtext(r, fields::unit::organisation),
                r.integer(fields::unit::uses_kva) != 0};
}

Staff toStaff(const store::Record &r)
{
    return Staff{
        r.id, r.text(fields::staff::unit_id), qtext(r, fields::staff::name),
        qtext(r, fields::staff::title),
        sync::staffRoleFromString(r.text(fields::staff::role)).value_or(Staff::Role::Staff)};
}

std::vector<store::FieldValue> staffFields(const Staff &s)
{
    return {{fields::staff::name, text(s.name.trimmed())},
            {fields::staff::title, text(s.title.trimmed())},
            {fields::staff::role, text(QString::fromLatin1(sync::toString(s.role)))}};
}

} // namespace

DomainResult<std::string> UnitService::createUnit(const store::Actor &actor, const Unit &unit)
{
    if (unit.name.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "name");
    // A unit made on the server first (its operator chose the id) keeps that id here.
    if (!unit.id.empty() && !sync::isUuid(unit.id))
        return domainError(DomainErrc::OutOfRange, "id");
    const std::string id = unit.id.empty() ? sync::newUuidV7() : unit.id;
    store::Change c{store::ChangeKind::Create,
                    "unit",
                    id,
                    {{fields::unit::unit_id, id},
                     {fields::unit::name, text(unit.name.trimmed())},
                     {fields::unit::organisation, text(unit.organisation.trimmed())},
                     {fields::unit::uses_kva, flag(unit.usesKva)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return id;
}

DomainResult<Unit> UnitService::unit(const std::string &id) const
{
    auto r = getLive(m_store, "unit", id, "unit_id");
    if (!r)
        return r.error();
    return toUnit(*r);
}

std::vector<Unit> UnitService::units() const
{
    std::vector<Unit> out;
    if (auto rows = listLive(m_store, "unit", {}, "name")) {
        for (const auto &r : *rows)
            out.push_back(toUnit(r));
    }
    return out;
}

DomainResult<std::string> UnitService::createStaff(const store::Actor &actor, const Staff &staff)
{
    if (staff.name.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "name");
    const std::string unitId = staff.unitId.empty() ? actor.unitId : staff.unitId;
    if (auto u = getLive(m_store, "unit", unitId, "unit_id"); !u)
        return u.error();
    if (!staff.id.empty() && !sync::isUuid(staff.id))
        return domainError(DomainErrc::OutOfRange, "id");
    store::Change c{store::ChangeKind::Create, "staff",
                    staff.id.empty() ? sync::newUuidV7() : staff.id, staffFields(staff)};
    c.fields.push_back({fields::any::unit_id, unitId});
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<bool> UnitService::correctStaff(const store::Actor &actor, const std::string &staffId,
                                             const QString &name, const QString &title)
{
    if (name.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "name");
    if (auto r = getLive(m_store, "staff", staffId, "staff_id"); !r)
        return r.error();
    store::Change c{store::ChangeKind::Update,
                    "staff",
                    staffId,
                    {{fields::staff::name, text(name.trimmed())},
                     {fields::staff::title, text(title.trimmed())}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<Staff> UnitService::staff(const std::string &id) const
{
    auto r = getLive(m_store, "staff", id, "staff_id");
    if (!r)
        return r.error();
    return toStaff(*r);
}

std::vector<Staff> UnitService::staffOf(const std::string &unitId) const
{
    std::vector<Staff> out;
    if (auto rows = listLive(m_store, "staff", {{fields::staff::unit_id, unitId}}, "name")) {
        for (const auto &r : *rows)
            out.push_back(toStaff(r));
    }
    return out;
}

} // namespace lykta::domain
