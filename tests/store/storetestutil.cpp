#include "storetestutil.h"

#include "sync/crypto/rawkey.h"

#include <QCryptographicHash>
#include <QFile>

#include <cstdlib>
#include <map>
#include <stdexcept>

namespace lykta::store::test {

std::string testVfs()
{
    const char *vfs = std::getenv("LYKTA_TEST_VFS");
    if (!vfs || !*vfs)
        return {};
    if (std::string_view(vfs) != kEncryptedTestVfs)
        return vfs;
    static const std::unique_ptr<crypto::Vault> vault = [] {
        // A fixed key, so that every process of one run (the crash test's writer) shares it.
        auto key =
            crypto::parseRawKey("4c796b74612074657374206b6579202d206e6f7420612072656164206b657921");
        if (!key)
            throw std::runtime_error("test key: " + key.error().detail);
        auto made = crypto::Vault::fromKey(std::move(*key), std::string(kEncryptedTestVfs));
        if (!made)
            throw std::runtime_error("test vault: " + made.error().detail);
        return std::move(*made);
    }();
    return vault->vfsName();
}

bool testRunIsEncrypted()
{
    return testVfs() == kEncryptedTestVfs;
}

std::unique_ptr<Store> openStore(const std::string &path, sync::HlcClock::PhysicalClock clock)
{
    StoreOptions options;
    options.database.path = path;
    if (clock)
        options.clock = std::move(clock);
    return openStore(std::move(options));
}

std::unique_ptr<Store> openStore(StoreOptions options)
{
    options.database.vfs = testVfs();
    auto store = Store::open(std::move(options));
    if (!store)
        throw std::runtime_error(std::string("open failed: ") + toString(store.error().code) + " " +
                                 store.error().detail);
    return std::move(*store);
}

Change newNote(const std::string &body)
{
    return {ChangeKind::Create,
            "note",
            {},
            {{"kind", std::string("case")},
             {"author", kActor.staffId},
             {"body", body},
             {"status", std::string("draft")}}};
}

void createUnit(Store &store)
{
    Change unit{ChangeKind::Create, "unit", kActor.unitId, {{"name", std::string("Enhet 1")}}};
    auto r = store.write(kActor, unit);
    if (!r)
        throw std::runtime_error("createUnit: " + r.error().detail);
}

namespace {

struct Key
{
    std::string entity, id, field;
    auto operator<=>(const Key &) const = default;
};

} // namespace

std::string checkDeltaInvariant(sqlite3 *db)
{
    // The newest delta of every field, from the outbox (never drained in these tests).
    std::map<Key, std::pair<sync::Hlc, sync::Value>> newest;
    std::int64_t count = 0, maxCounter = 0;
    {
        Statement st(db, "SELECT entity, entity_id, field, hlc, device, value, counter "
                         "FROM outbox ORDER BY counter");
        while (st.step() == SQLITE_ROW) {
            Key key{std::string(st.text(0)), std::string(st.text(1)), std::string(st.text(2))};
            const auto hlc =
                sync::Hlc::fromPacked(st.integer(3), static_cast<sync::DeviceId>(st.integer(4)));
            auto &slot = newest[key];
            if (slot.first < hlc)
                slot = {hlc, st.value(5)};
            ++count;
            maxCounter = st.integer(6);
        }
    }
    {
        Statement st(db, "SELECT CAST(value AS INTEGER) FROM sync_meta WHERE key='delta_counter'");
        const std::int64_t meta = st.step() == SQLITE_ROW ? st.integer(0) : 0;
        if (meta != maxCounter || count != maxCounter)
            return "delta counters: meta " + std::to_string(meta) + ", max " +
                   std::to_string(maxCounter) + ", rows " + std::to_string(count);
    }

    std::size_t matched = 0;
    Statement tables(db, "SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' AND EXISTS "
                         "(SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = '_clock')");
    while (tables.step() == SQLITE_ROW) {
        const std::string table(tables.text(0));
        Statement rows(db, "SELECT * FROM " + table);
        const int n = rows.columnCount();
        while (rows.step() == SQLITE_ROW) {
            std::string id;
            std::map<std::string, sync::Value> values;
            std::optional<FieldClocks> clocks;
            for (int c = 0; c < n; ++c) {
                const std::string name = rows.columnName(c);
                if (name == "id")
                    id = std::string(rows.text(c));
                else if (name == "_clock")
                    clocks = FieldClocks::decode(rows.blob(c));
                else
                    values[name] = rows.value(c);
            }
            if (!clocks)
                return table + " " + id + ": damaged clocks";
            for (const auto &[field, value] : values) {
                const sync::Hlc clock = clocks->get(field);
                auto it = newest.find({table, id, field});
                if (clock.isNull()) {
                    if (it != newest.end())
                        return table + " " + id + "." + field + ": delta without a change";
                    continue;
                }
                if (it == newest.end())
                    return table + " " + id + "." + field + ": change without a delta";
                if (it->second.first != clock || it->second.second != value)
                    return table + " " + id + "." + field + ": newest delta differs from row";
                ++matched;
            }
        }
    }
    if (matched != newest.size())
        return "deltas for records or fields that do not exist: " +
               std::to_string(newest.size() - matched);
    return {};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

std::string show(const sync::Value &value)
{
    return std::visit(
        [](const auto &x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return "null";
            else if constexpr (std::is_same_v<T, std::string>)
                return '"' + x + '"';
            else if constexpr (std::is_same_v<T, sync::Blob>)
                return "blob:" + std::to_string(x.size());
            else
                return std::to_string(x);
        },
        value);
}

} // namespace lykta::store::test
