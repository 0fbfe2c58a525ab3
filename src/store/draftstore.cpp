#include "draftstore.h"

#include "sync/sqlite/statement.h"

#include <QJsonDocument>

namespace lykta::store {

namespace {

Draft readDraft(const Statement &row)
{
    const std::string_view json = row.text(1);
    return Draft{
        std::string(row.text(0)),
        QJsonDocument::fromJson(QByteArray(json.data(), static_cast<qsizetype>(json.size())))
            .object(),
        QDateTime::fromMSecsSinceEpoch(row.integer(2), Qt::UTC)};
}

} // namespace

DraftStore::DraftStore(Store &store, std::string staffId)
    : m_store(store), m_staffId(std::move(staffId))
{}

Result<Database *, StoreError> DraftStore::open() const
{
    if (m_store.isLocked())
        return StoreError{StoreErrc::Locked, "the store is locked"};
    return &m_store.database();
}

Result<bool, StoreError> DraftStore::save(std::string_view formKey, const QJsonObject &fields,
                                          const QDateTime &savedAt)
{
    auto db = open();
    if (!db)
        return db.error();
    const QByteArray json = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    Statement st(
        (*db)->handle(),
        "INSERT INTO local_draft(staff_id, form_key, fields, saved_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(staff_id, form_key) DO UPDATE SET fields = excluded.fields, "
        "saved_at = excluded.saved_at");
    st.bind(1, m_staffId)
        .bind(2, formKey)
        .bind(3, std::string_view(json.constData(), static_cast<std::size_t>(json.size())))
        .bind(4, static_cast<std::int64_t>(savedAt.toMSecsSinceEpoch()));
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return (*db)->lastError(rc);
    return true;
}

Result<std::optional<Draft>, StoreError> DraftStore::load(std::string_view formKey) const
{
    auto db = open();
    if (!db)
        return db.error();
    Statement st((*db)->handle(), "SELECT form_key, fields, saved_at FROM local_draft "
                                  "WHERE staff_id = ? AND form_key = ?");
    st.bind(1, m_staffId).bind(2, formKey);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return std::optional<Draft>();
    if (rc != SQLITE_ROW)
        return (*db)->lastError(rc);
    return std::optional<Draft>(readDraft(st));
}

Result<bool, StoreError> DraftStore::discard(std::string_view formKey)
{
    auto db = open();
    if (!db)
        return db.error();
    Statement st((*db)->handle(), "DELETE FROM local_draft WHERE staff_id = ? AND form_key = ?");
    st.bind(1, m_staffId).bind(2, formKey);
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return (*db)->lastError(rc);
    return true;
}

Result<std::vector<Draft>, StoreError> DraftStore::all() const
{
    return read(false);
}

Result<std::vector<Draft>, StoreError> DraftStore::anyone() const
{
    return read(true);
}

Result<std::vector<Draft>, StoreError> DraftStore::read(bool everyone) const
{
    auto db = open();
    if (!db)
        return db.error();
    Statement st((*db)->handle(), "SELECT form_key, fields, saved_at FROM local_draft "
                                  "WHERE ?2 OR staff_id = ?1 ORDER BY saved_at DESC");
    st.bind(1, m_staffId).bind(2, std::int64_t{everyone ? 1 : 0});
    std::vector<Draft> drafts;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        drafts.push_back(readDraft(st));
    if (rc != SQLITE_DONE)
        return (*db)->lastError(rc);
    return drafts;
}

} // namespace lykta::store
