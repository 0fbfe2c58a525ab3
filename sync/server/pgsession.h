#pragma once

#include "pg.h"
#include "sqlsession.h"

#include <memory>

namespace lykta::server {

// A db::Session over one pooled PostgreSQL connection (pgsession.cpp).
std::unique_ptr<db::Session> pgSession(pg::Conn &conn);

} // namespace lykta::server
