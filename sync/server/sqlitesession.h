#pragma once

#include "sqlite.h"
#include "sqlsession.h"

#include <memory>

namespace lykta::server {

// A db::Session over the server's SQLite connection (sqlitesession.cpp).
std::unique_ptr<db::Session> sqliteSession(sqlite::Db &db);

} // namespace lykta::server
