#include "pragmaguard.h"

#include <algorithm>

namespace lykta::sqlitedb {

PragmaGuard::PragmaGuard(Connection &db, std::string_view name, std::string_view value)
    : m_db(db), m_name(name)
{
    const bool isName = !m_name.empty() && std::all_of(m_name.begin(), m_name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || c == '_';
    });
    if (!isName) {
        m_failed = Error{SQLITE_MISUSE, "not a pragma's name: " + m_name};
        return;
    }
    Statement current(m_db.handle(), "PRAGMA " + m_name);
    if (const int rc = current.step(); rc != SQLITE_ROW) {
        m_failed = m_db.lastError(rc);
        return;
    }
    m_previous = std::string(current.text(0));
    if (auto r = m_db.exec("PRAGMA " + m_name + " = " + std::string(value)); !r)
        m_failed = r.error();
}

PragmaGuard::~PragmaGuard()
{
    restore();
}

std::optional<Error> PragmaGuard::restore()
{
    if (m_failed || m_restored)
        return std::nullopt;
    m_restored = true;
    if (auto r = m_db.exec("PRAGMA " + m_name + " = " + m_previous); !r)
        return r.error();
    return std::nullopt;
}

} // namespace lykta::sqlitedb
