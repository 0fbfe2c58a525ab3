#pragma once

#include "connection.h"

#include <optional>
#include <string>
#include <string_view>

namespace lykta::sqlitedb {

// Sets a pragma for a scope and gives it back the value it had: the tablet's store turns
// foreign keys off while a pulled page goes in, for example. Some pragmas (foreign_keys) change
// nothing inside a transaction: make the guard before BEGIN and let it go after COMMIT.
class PragmaGuard
{
public:
    // `name` is a pragma's name (letters and _), `value` what it is set to.
    PragmaGuard(Connection &db, std::string_view name, std::string_view value);
    ~PragmaGuard();
    PragmaGuard(const PragmaGuard &) = delete;
    PragmaGuard &operator=(const PragmaGuard &) = delete;

    // Why the pragma could not be set (nothing is put back then); empty when it was.
    const std::optional<Error> &failed() const { return m_failed; }
    // Puts the earlier value back now, once (the destructor does otherwise); why it could not.
    std::optional<Error> restore();

private:
    Connection &m_db;
    std::string m_name;
    std::string m_previous;
    std::optional<Error> m_failed;
    bool m_restored = false;
};

} // namespace lykta::sqlitedb
