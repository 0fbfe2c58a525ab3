#include "store.h"

#include "loadedrow.h"
#include "logging.h"
#include "meta.h"
#include "searchqueue.h"
#include "sync/core/uuid.h"
#include "sync/core/versionlist.h"

#include <filesystem>
#include <random>

namespace lykta::store {

namespace {

AuditAction auditActionFor(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Create:
        return AuditAction::Create;
    case ChangeKind::Update:
        return AuditAction::Change;
    case ChangeKind::Delete:
        return AuditAction::Delete;
    }
    return AuditAction::Change;
}

} // namespace

const char *toString(AuditAction action)
{
    switch (action) {
    case AuditAction::Read:
        return "read";
    case AuditAction::Create:
        return "create";
    case AuditAction::Change:
        return "change";
    case AuditAction::Delete:
        return "delete";
    case AuditAction::Export:
        return "export";
    case AuditAction::Print:
        return "print";
    case AuditAction::Share:
        return "share";
    case AuditAction::Review:
        return "review";
    }
    return "read";
}

namespace {

StoreError storeError(const crypto::CryptoError &error)
{
    switch (error.code) {
    case crypto::CryptoErrc::WrongPassphrase:
        return {StoreErrc::WrongPassphrase, error.detail};
    case crypto::CryptoErrc::Locked:
        return {StoreErrc::Locked, error.detail};
    case crypto::CryptoErrc::KeyFileMissing:
        return {StoreErrc::CannotOpen, error.detail};
    case crypto::CryptoErrc::KeyFileDamaged:
        return {StoreErrc::Corrupt, error.detail};
    case crypto::CryptoErrc::Io:
        return {StoreErrc::Io, error.detail};
    case crypto::CryptoErrc::WeakPassphrase:
    case crypto::CryptoErrc::AlreadyExists:
    case crypto::CryptoErrc::Unavailable:
        break;
    }
    return {StoreErrc::Internal, error.detail};
}

} // namespace

Result<std::unique_ptr<Store>, StoreError> Store::open(StoreOptions options)
{
    if (options.vault) {
        if (options.vault->isLocked())
            return StoreError{StoreErrc::Locked, "the vault is locked"};
        options.database.vfs = options.vault->vfsName();
    }
    auto db = Database::open(options.database);
    if (!db)
        return db.error();
    Database &d = **db;

    auto device = meta::read(d, meta::kDevice);
    if (!device) {
        if (options.database.readOnly)
            return StoreError{StoreErrc::ReadOnly, "new store cannot be created read-only"};
        device = static_cast<std::int64_t>(newDeviceId());
        if (const int rc = meta::write(d, meta::kDevice, *device); rc != SQLITE_DONE)
            return d.lastError(rc);
    }
    sync::HlcClock clock(static_cast<sync::DeviceId>(*device), std::move(options.clock));
    if (auto packed = meta::read(d, meta::kHlc))
        clock.restore(sync::Hlc::fromPacked(*packed, clock.device()));
    const auto counter = meta::read(d, meta::kCounter).value_or(0);
    std::unique_ptr<Store> store(new Store(
        std::move(*db), std::move(clock), static_cast<std::uint64_t>(counter), options.applySlice));
    store->m_vault = std::move(options.vault);
    return store;
}

void Store::lock()
{
    if (!m_vault)
        return;
    m_db->close();
    m_vault->lock();
    qCInfo(lcStore) << "locked";
}

Result<bool, StoreError> Store::unlock(std::string_view passphrase)
{
    if (!m_vault)
        return true;
    if (m_db->isOpen())
        return true;
    if (auto unlocked = m_vault->unlock(passphrase); !unlocked)
        return storeError(unlocked.error());
    auto db = Database::open(m_db->options());
    if (!db) {
        m_vault->lock();
        return db.error();
    }
    m_db = std::move(*db);
    qCInfo(lcStore) << "unlocked";
    return true;
}

sync::DeviceId Store::newDeviceId()
{
    std::random_device random;
    sync::DeviceId id = 0;
    while (id == 0 || static_cast<std::int64_t>(id) < 0) // positive, so SQLite sorts it plainly
        id = (std::uint64_t{random()} << 32) | random();
    return id;
}

Result<std::vector<std::string>, StoreError> Store::filesOf(const std::string &databasePath)
{
    const std::filesystem::path file(databasePath);
    const std::string base = file.filename().string();
    std::vector<std::string> out;
    std::error_code failed;
    for (const auto &entry : std::filesystem::directory_iterator(
             file.has_parent_path() ? file.parent_path() : std::filesystem::path("."), failed)) {
        const std::string name = entry.path().filename().string();
        if (name == base || name == base + "-wal" || name == base + "-shm" ||
            name == base + "-journal" ||
            (name.starts_with(base + ".schema-v") && name.ends_with(".bak")))
            out.push_back(entry.path().string());
    }
    if (failed)
        return StoreError{StoreErrc::Io,
                          "cannot list " + file.parent_path().string() + ": " + failed.message()};
    return out;
}

Result<bool, StoreError> Store::startAfresh(sync::DeviceId device)
{
    if (device == 0 || static_cast<std::int64_t>(device) < 0)
        return StoreError{StoreErrc::Internal, "a device id is positive"};
    if (isLocked())
        return StoreError{StoreErrc::Locked, "the store is locked"};
    const DatabaseOptions options = m_db->options();
    m_db->close();
    // The file, its WAL and shared memory, and the copies taken before schema migrations: none
    // of the earlier person's pages may stay readable beside the new store.
    auto earlier = filesOf(options.path);
    if (!earlier)
        return earlier.error();
    std::error_code failed;
    for (const auto &path : *earlier) {
        if (failed)
            break;
        std::filesystem::remove(path, failed);
    }
    if (failed)
        return StoreError{StoreErrc::Io, "cannot remove " + options.path + ": " + failed.message()};
    auto db = Database::open(options);
    if (!db)
        return db.error();
    if (const int rc = meta::write(**db, meta::kDevice, static_cast<std::int64_t>(device));
        rc != SQLITE_DONE)
        return (*db)->lastError(rc);
    m_db = std::move(*db);
    m_catalog = Catalog::read(m_db->handle());
    m_clock = m_clock.withDevice(device); // never behind a timestamp already issued
    m_deltaCounter = 0;
    qCInfo(lcStore) << "started afresh as a new device";
    return true;
}

Store::Store(std::unique_ptr<Database> db, sync::HlcClock clock, std::uint64_t deltaCounter,
             std::chrono::milliseconds applySlice)
    : m_db(std::move(db)), m_catalog(Catalog::read(m_db->handle())), m_clock(std::move(clock)),
      m_deltaCounter(deltaCounter), m_applySlice(applySlice)
{}

Store::~Store() = default;

Result<std::optional<Store::Loaded>, StoreError> Store::load(const EntityDef &def,
                                                             std::string_view id) const
{
    Statement &st = m_db->cached(def.selectSql);
    st.bind(1, id);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return std::optional<Loaded>();
    if (rc != SQLITE_ROW)
        return m_db->lastError(rc);
    Loaded loaded;
    loaded.values.reserve(def.fields.size());
    for (const auto &f : def.fields)
        loaded.values.push_back(st.value(f.column));
    auto clocks = FieldClocks::decode(st.blob(static_cast<int>(def.fields.size())));
    if (!clocks)
        return StoreError{StoreErrc::Corrupt, "damaged field clocks in " + def.name};
    loaded.clocks = std::move(*clocks);
    st.reset(); // release the read snapshot (see Database::releaseReads)
    return std::optional<Loaded>(std::move(loaded));
}

void Store::catchUp()
{
    if (auto packed = meta::read(*m_db, meta::kHlc))
        m_clock.restore(sync::Hlc::fromPacked(*packed, m_clock.device()));
    if (auto counter = meta::read(*m_db, meta::kCounter))
        m_deltaCounter = std::max(m_deltaCounter, static_cast<std::uint64_t>(*counter));
}

Result<WriteReceipt, StoreError> Store::write(const Actor &actor, std::span<const Change> changes)
{
    Database::Transaction tx(*m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    catchUp();
    const std::uint64_t counterBefore = m_deltaCounter;
    const auto fail = [&](StoreError error) {
        m_deltaCounter = counterBefore;
        return error;
    };
    const auto queued = searchqueue::head(*m_db);
    if (!queued)
        return queued.error();

    WriteReceipt receipt;
    receipt.ids.reserve(changes.size());
    for (const Change &change : changes) {
        std::string id = change.id;
        auto applied = apply(actor, change, id);
        if (!applied)
            return fail(applied.error());
        receipt.deltas += *applied;
        receipt.ids.push_back(std::move(id));
    }
    // What a person wrote is found at once, even while a first sync's records wait.
    if (auto r = searchqueue::index(*m_db, *queued, searchqueue::kEnd); !r)
        return fail(r.error());
    if (int rc = meta::write(*m_db, meta::kHlc, m_clock.last().packedTime()); rc != SQLITE_DONE)
        return fail(m_db->lastError(rc));
    if (int rc = meta::write(*m_db, meta::kCounter, static_cast<std::int64_t>(m_deltaCounter));
        rc != SQLITE_DONE)
        return fail(m_db->lastError(rc));
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    return receipt;
}

Result<std::size_t, StoreError> Store::apply(const Actor &actor, const Change &change,
                                             std::string &id)
{
    const EntityDef *def = m_catalog.entity(change.entity);
    if (!def)
        return StoreError{StoreErrc::UnknownEntity, change.entity};
    if (id.empty()) {
        if (change.kind != ChangeKind::Create)
            return StoreError{StoreErrc::NotFound, change.entity + ": no id"};
        id = sync::newUuidV7();
    }

    auto current = load(*def, id);
    if (!current)
        return current.error();
    const bool exists = current->has_value();
    const FieldDef *deleted = def->field("deleted");
    const FieldDef *status = def->field("status");

    Loaded row;
    if (change.kind == ChangeKind::Create) {
        if (exists)
            return StoreError{StoreErrc::AlreadyExists, change.entity + " " + id};
        row.values.resize(def->fields.size());
        row.values[static_cast<std::size_t>(deleted->column)] = std::int64_t{0};
    } else {
        if (!exists)
            return StoreError{StoreErrc::NotFound, change.entity + " " + id};
        row = std::move(**current);
        const bool tombstoned =
            row.values[static_cast<std::size_t>(deleted->column)] != sync::Value(std::int64_t{0});
        if (change.kind == ChangeKind::Update && tombstoned)
            return StoreError{StoreErrc::NotFound, change.entity + " " + id + " is deleted"};
        if (status && row.values[static_cast<std::size_t>(status->column)] ==
                          sync::Value(std::string("signed")))
            return StoreError{StoreErrc::SignedImmutable, change.entity + " " + id};
    }

    std::vector<FieldValue> fields;
    if (change.kind == ChangeKind::Delete) {
        fields.push_back({"deleted", std::int64_t{1}});
    } else {
        fields = change.fields;
        const bool hasUnit = std::any_of(fields.begin(), fields.end(),
                                         [](const FieldValue &f) { return f.field == "unit_id"; });
        if (change.kind == ChangeKind::Create && !hasUnit)
            fields.push_back({"unit_id", actor.unitId});
    }

    const sync::Hlc hlc = m_clock.now();
    std::size_t deltas = 0;
    for (const FieldValue &fv : fields) {
        const FieldDef *fd = def->field(fv.field);
        if (!fd || (fd == deleted && change.kind != ChangeKind::Delete) ||
            (!fv.entity.empty() && fv.entity != change.entity))
            return StoreError{StoreErrc::UnknownField, change.entity + "." + fv.field};
        if (!accepts(fd->type, fv.value))
            return StoreError{StoreErrc::WrongType, change.entity + "." + fv.field};
        auto &slot = row.values[static_cast<std::size_t>(fd->column)];
        const bool resolves = !change.resolves.empty();
        if (resolves && (fd->type != FieldType::LongText || fields.size() != 1))
            return StoreError{StoreErrc::WrongType,
                              change.entity + "." + fv.field + " has no conflict copies"};
        if (slot == fv.value && !resolves)
            continue;
        if (resolves) {
            if (auto r = dropCopies(change.entity, id, fd->name, change.resolves); !r)
                return r.error();
        }
        const sync::Hlc base = row.clocks.get(fd->name);
        if (fd->type == FieldType::LongText)
            row.clocks.set(fd->name, hlc, base, actor.staffId);
        else
            row.clocks.set(fd->name, hlc);
        slot = fv.value;
        const sync::Delta delta{{hlc.device, ++m_deltaCounter},
                                change.entity,
                                id,
                                fd->name,
                                fv.value,
                                hlc,
                                actor.staffId,
                                base,
                                change.resolves};
        if (auto r = enqueue(delta); !r)
            return r.error();
        ++deltas;
    }
    if (deltas == 0)
        return deltas;

    if (auto r = save(*def, id, row, change.kind == ChangeKind::Create); !r)
        return r.error();

    const auto &unit = row.values[static_cast<std::size_t>(def->field("unit_id")->column)];
    const auto *unitText = std::get_if<std::string>(&unit);
    if (auto r = appendAudit(actor, unitText ? *unitText : actor.unitId,
                             auditActionFor(change.kind), change.entity, id);
        !r)
        return r.error();
    return deltas;
}

Result<bool, StoreError> Store::checkpoint()
{
    const int rc = sqlite3_wal_checkpoint_v2(m_db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                             nullptr, nullptr);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
        return m_db->lastError(rc);
    return true;
}

Result<bool, StoreError> Store::save(const EntityDef &def, std::string_view id, const Loaded &row,
                                     bool insert)
{
    Statement &st = m_db->cached(insert ? def.insertSql : def.updateSql);
    for (const auto &f : def.fields)
        st.bind(f.column + 1, row.values[static_cast<std::size_t>(f.column)]);
    const int n = static_cast<int>(def.fields.size());
    const std::string clocks = row.clocks.encode();
    st.bind(n + 1, sync::Value(sync::Blob(clocks.begin(), clocks.end())));
    st.bind(n + 2, id);
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return m_db->lastError(rc);
    return true;
}

Result<bool, StoreError> Store::appendAudit(const Actor &actor, std::string_view unit,
                                            AuditAction action, std::string_view entity,
                                            std::string_view subject)
{
    Statement &st = m_db->cached("INSERT INTO audit_log(at_ms, device, actor, unit_id, action, "
                                 "entity, subject) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bind(1, sync::HlcClock::systemMilliseconds())
        .bind(2, static_cast<std::int64_t>(m_clock.device()))
        .bind(3, actor.staffId)
        .bind(4, unit)
        .bind(5, std::string_view(toString(action)))
        .bind(6, entity)
        .bind(7, subject);
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return m_db->lastError(rc);
    return true;
}

Result<bool, StoreError> Store::audit(const Actor &actor, AuditAction action,
                                      std::string_view entity, std::string_view subject)
{
    return appendAudit(actor, actor.unitId, action, entity, subject);
}

Result<bool, StoreError> Store::audit(const Actor &actor, AuditAction action,
                                      std::string_view entity,
                                      std::span<const std::string> subjects)
{
    if (subjects.empty())
        return true;
    Database::Transaction tx(*m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    for (const std::string &subject : subjects)
        if (auto r = appendAudit(actor, actor.unitId, action, entity, subject); !r)
            return r.error();
    return tx.commit();
}

Result<std::vector<AuditEntry>, StoreError> Store::auditLog(std::string_view subject) const
{
    m_db->releaseReads();
    Statement &st = m_db->cached(
        "SELECT seq, at_ms, device, actor, unit_id, action, entity, subject FROM audit_log "
        "WHERE ?1 IS NULL OR subject = ?1 ORDER BY seq");
    if (subject.empty())
        st.bindNull(1);
    else
        st.bind(1, subject);
    std::vector<AuditEntry> entries;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        entries.push_back({st.integer(0), st.integer(1), static_cast<std::uint64_t>(st.integer(2)),
                           std::string(st.text(3)), std::string(st.text(4)),
                           std::string(st.text(5)), std::string(st.text(6)),
                           std::string(st.text(7))});
    }
    if (rc != SQLITE_DONE)
        return m_db->lastError(rc);
    return entries;
}

Result<std::optional<Record>, StoreError> Store::get(std::string_view entity,
                                                     std::string_view id) const
{
    m_db->releaseReads();
    const EntityDef *def = m_catalog.entity(entity);
    if (!def)
        return StoreError{StoreErrc::UnknownEntity, std::string(entity)};
    auto loaded = load(*def, id);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return std::optional<Record>();
    Record record{def->name, std::string(id), {}};
    for (const auto &f : def->fields)
        record.fields.emplace(f.name, std::move((*loaded)->values[std::size_t(f.column)]));
    return std::optional<Record>(std::move(record));
}

Result<std::vector<Record>, StoreError> Store::list(std::string_view entity,
                                                    const std::vector<Condition> &where,
                                                    std::string_view orderBy) const
{
    m_db->releaseReads();
    const EntityDef *def = m_catalog.entity(entity);
    if (!def)
        return StoreError{StoreErrc::UnknownEntity, std::string(entity)};
    std::string sql = "SELECT id";
    for (const auto &f : def->fields)
        sql += ", " + f.name;
    sql += " FROM " + def->name + " WHERE deleted = 0";
    for (std::size_t i = 0; i < where.size(); ++i) {
        if (!def->hasField(where[i].field) ||
            (!where[i].entity.empty() && where[i].entity != def->name))
            return StoreError{StoreErrc::UnknownField, def->name + "." + where[i].field};
        sql += " AND " + where[i].field + " IS ?" + std::to_string(i + 1);
    }
    if (!orderBy.empty()) {
        if (!def->hasField(orderBy))
            return StoreError{StoreErrc::UnknownField, def->name + "." + std::string(orderBy)};
        sql += " ORDER BY " + std::string(orderBy) + ", id";
    } else {
        sql += " ORDER BY id";
    }
    Statement &st = m_db->cached(sql);
    for (std::size_t i = 0; i < where.size(); ++i)
        st.bind(static_cast<int>(i + 1), where[i].value);
    std::vector<Record> records;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        Record r{def->name, std::string(st.text(0)), {}};
        for (const auto &f : def->fields)
            r.fields.emplace(f.name, st.value(f.column + 1));
        records.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return m_db->lastError(rc);
    return records;
}

namespace {

constexpr std::string_view kOutboxColumns = "counter, entity, entity_id, field, value, hlc, "
                                            "device, author, base_hlc, base_device, seen, "
                                            "coalesce(hlc_device, device)";

// A damaged seen list (it cannot come from this code) is dropped rather than blocking the
// outbox: the delta then syncs as an ordinary edit, and a copy may come back, never be lost.
sync::Delta outboxRow(const Statement &st)
{
    const auto device = static_cast<sync::DeviceId>(st.integer(6));
    sync::Delta d{{device, static_cast<std::uint64_t>(st.integer(0))},
                  std::string(st.text(1)),
                  std::string(st.text(2)),
                  std::string(st.text(3)),
                  st.value(4),
                  sync::Hlc::fromPacked(st.integer(5), static_cast<sync::DeviceId>(st.integer(11))),
                  std::string(st.text(7)),
                  sync::Hlc::fromPacked(st.integer(8), static_cast<sync::DeviceId>(st.integer(9)))};
    if (!st.isNull(10)) {
        if (auto seen = sync::decodeVersions(st.blob(10)))
            d.seen = std::move(*seen);
        else
            qCWarning(lcStore) << "an outbox row has a damaged seen list; sent without it";
    }
    return d;
}

// Every row `st` (selecting kOutboxColumns) gives, in its order.
Result<std::vector<sync::Delta>, StoreError> outboxRows(Database &db, Statement &st)
{
    std::vector<sync::Delta> deltas;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        deltas.push_back(outboxRow(st));
    if (rc != SQLITE_DONE)
        return db.lastError(rc);
    return deltas;
}

} // namespace

Result<bool, StoreError> Store::enqueue(const sync::Delta &d)
{
    Statement &st = m_db->cached(
        "INSERT INTO outbox(counter, entity, entity_id, field, value, hlc, device, author, "
        "base_hlc, base_device, seen, hlc_device) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    st.bind(1, static_cast<std::int64_t>(d.id.counter))
        .bind(2, d.entity)
        .bind(3, d.entityId)
        .bind(4, d.field)
        .bind(5, d.value)
        .bind(6, d.hlc.packedTime())
        .bind(7, static_cast<std::int64_t>(d.id.device))
        .bind(8, d.author)
        .bind(9, d.base.packedTime())
        .bind(10, static_cast<std::int64_t>(d.base.device));
    if (!d.seen.empty()) {
        const std::string seen = sync::encodeVersions(d.seen);
        st.bind(11, sync::Value(sync::Blob(seen.begin(), seen.end())));
    } else {
        st.bindNull(11);
    }
    if (d.hlc.device != d.id.device) // a forwarded unit (serverrestore.cpp)
        st.bind(12, static_cast<std::int64_t>(d.hlc.device));
    else
        st.bindNull(12);
    if (const int rc = st.step(); rc != SQLITE_DONE)
        return m_db->lastError(rc);
    return true;
}

Result<std::vector<sync::Delta>, StoreError> Store::outbox(std::size_t limit) const
{
    m_db->releaseReads();
    Statement &st = m_db->cached("SELECT " + std::string(kOutboxColumns) +
                                 " FROM outbox ORDER BY counter LIMIT ?1");
    st.bind(1, static_cast<std::int64_t>(std::min<std::size_t>(limit, INT64_MAX)));
    return outboxRows(*m_db, st);
}

Result<std::vector<sync::Delta>, StoreError> Store::unsent(std::string_view entity,
                                                           std::string_view id) const
{
    Statement &st =
        m_db->cached("SELECT " + std::string(kOutboxColumns) +
                     " FROM outbox WHERE entity = ?1 AND entity_id = ?2 ORDER BY counter");
    st.bind(1, entity).bind(2, id);
    return outboxRows(*m_db, st);
}

Result<std::optional<sync::Delta>, StoreError> Store::pending(std::uint64_t counter) const
{
    Statement &st =
        m_db->cached("SELECT " + std::string(kOutboxColumns) + " FROM outbox WHERE counter = ?1");
    st.bind(1, static_cast<std::int64_t>(counter));
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return std::optional<sync::Delta>();
    if (rc != SQLITE_ROW)
        return m_db->lastError(rc);
    std::optional<sync::Delta> delta(outboxRow(st));
    st.reset();
    return delta;
}

} // namespace lykta::store
