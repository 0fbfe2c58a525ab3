#pragma once

#include "staff.h"
#include "store/store.h"

#include <QTemporaryDir>

#include <memory>

namespace lykta::domain::test {

// A real store on a real SQLite file in a fresh temporary folder, with one unit and one
// staff member to act as.
class DomainFixture
{
public:
    DomainFixture();

    store::Store &store() { return *m_store; }
    const store::Actor &actor() const { return m_actor; }
    std::string unitId() const { return m_actor.unitId; }
    std::string staffId() const { return m_actor.staffId; }
    // Adds another staff member in the same unit.
    std::string addStaff(const char *name);
    // Gives a staff member a role as the server's enrollment does: the app never writes a role.
    void setRole(const std::string &staffId, Staff::Role role);
    std::size_t outboxSize() const;
    std::size_t auditCount(const std::string &subject, const char *action) const;
    std::string path() const { return m_dir.filePath(QStringLiteral("lykta.db")).toStdString(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    store::Actor m_actor;
};

} // namespace lykta::domain::test
