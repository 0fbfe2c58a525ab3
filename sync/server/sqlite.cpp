#include "sqlite.h"

namespace lykta::server::sqlite {

Db::Db(const std::string &path, int flags, const std::string &vfs)
{
    auto opened = sqlitedb::Connection::open(path, flags, vfs);
    if (!opened)
        throw Error(opened.error().code, path + ": " + opened.error().detail);
    m_connection = std::move(*opened);
}

void Db::exec(std::string_view sql)
{
    if (auto r = m_connection->exec(sql); !r)
        throw Error(r.error());
}

Transaction::Transaction(Db &db, bool write) : m_tx(*db.m_connection)
{
    using Mode = sqlitedb::Transaction::Mode;
    if (auto r = m_tx.begin(write ? Mode::Write : Mode::Read); !r)
        throw Error(r.error());
}

void Transaction::commit()
{
    if (auto r = m_tx.commit(); !r)
        throw Error(r.error());
}

} // namespace lykta::server::sqlite
