#pragma once

#include "sqlite.h"
#include "sqlsession.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lykta::server {

// Statement texts as SQLite reads them ($1 as ?1), each made once: the texts a backend runs
// over and over (with the statements its connection keeps prepared).
class SqliteTexts
{
public:
    const std::string &operator()(std::string_view sql);

private:
    std::unordered_map<std::string, std::string, sqlitedb::TextHash, std::equal_to<>> m_texts;
};

// A db::Session over the server's SQLite connection (sqlitesession.cpp); `texts` outlives it.
std::unique_ptr<db::Session> sqliteSession(sqlite::Db &db, SqliteTexts &texts);

} // namespace lykta::server
