#include "domaintestutil.h"

#include "unitservice.h"

#include <stdexcept>

namespace lykta::domain::test {

DomainFixture::DomainFixture()
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder");
    store::StoreOptions options;
    options.database.path = path();
    auto opened = store::Store::open(options);
    if (!opened)
        throw std::runtime_error("cannot open store: " + opened.error().detail);
    m_store = std::move(*opened);
    UnitService units(*m_store);
    auto unit = units.createUnit({"setup", {}}, {{}, QStringLiteral("Testenheten"), {}, true});
    if (!unit)
        throw std::runtime_error("cannot create unit");
    m_actor.unitId = *unit;
    auto staff = units.createStaff(
        {"setup", *unit},
        {{}, *unit, QStringLiteral("Testa Person"), QStringLiteral("Kurator"), {}});
    if (!staff)
        throw std::runtime_error("cannot create staff");
    m_actor.staffId = *staff;
}

std::string DomainFixture::addStaff(const char *name)
{
    auto staff = UnitService(*m_store).createStaff(
        m_actor, {{}, m_actor.unitId, QString::fromUtf8(name), QStringLiteral("Kurator"), {}});
    if (!staff)
        throw std::runtime_error("cannot create staff");
    return *staff;
}

void DomainFixture::setRole(const std::string &staffId, Staff::Role role)
{
    const char *name = role == Staff::Role::Manager   ? "manager"
                       : role == Staff::Role::Content ? "content"
                                                      : "staff";
    store::Change c{store::ChangeKind::Update, "staff", staffId, {{"role", std::string(name)}}};
    if (!m_store->write({"setup", m_actor.unitId}, c))
        throw std::runtime_error("cannot set the role");
}

std::size_t DomainFixture::outboxSize() const
{
    auto o = m_store->outbox();
    return o ? o->size() : 0;
}

std::size_t DomainFixture::auditCount(const std::string &subject, const char *action) const
{
    auto log = m_store->auditLog(subject);
    std::size_t n = 0;
    if (log) {
        for (const auto &e : *log)
            n += e.action == action ? 1 : 0;
    }
    return n;
}

} // namespace lykta::domain::test
