#pragma once

#include "field.h"
#include "sync/core/hlc.h"
#include "sync/core/value.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace lykta::store {

// One record as the store holds it: plain values, no Qt, no wire format.
struct Record
{
    std::string entity;
    std::string id;
    std::map<std::string, sync::Value, std::less<>> fields;

    // A field the entity does not have asserts in a debug build (a release build reads null).
    // So does a generated Field (store/fields.h) of another entity.
    const sync::Value &value(std::string_view field) const;
    const sync::Value &value(const Field &field) const;
    std::string text(std::string_view field) const; // "" when null
    std::string text(const Field &field) const { return text(checked(field)); }
    std::int64_t integer(std::string_view field) const; // 0 when null
    std::int64_t integer(const Field &field) const { return integer(checked(field)); }
    bool isNull(std::string_view field) const;
    bool isNull(const Field &field) const { return isNull(checked(field)); }
    bool deleted() const { return integer("deleted") != 0; }

private:
    std::string_view checked(const Field &field) const;
};

enum class ChangeKind
{
    Create,
    Update,
    Delete, // a tombstone: the record stays, `deleted` becomes 1
};

// A field's new value in a Change (or a condition of Store::list). Named by a generated Field,
// it must be one of the change's entity's: the store refuses it otherwise
// (StoreErrc::UnknownField).
struct FieldValue
{
    FieldValue(std::string name, sync::Value v) : field(std::move(name)), value(std::move(v)) {}
    FieldValue(const Field &f, sync::Value v) : field(f.name), value(std::move(v)), entity(f.entity)
    {}

    std::string field;
    sync::Value value;
    std::string_view entity; // the generated Field's entity; empty when named by a string
};

struct Change
{
    ChangeKind kind = ChangeKind::Update;
    std::string entity;
    std::string id; // empty on Create: the store assigns a UUID v7
    std::vector<FieldValue> fields;
    // A person's resolution of a conflict: the conflict copies of the change's one field
    // (long text) that it replaces knowingly, beside the current value. They leave the store
    // with the write, and the delta names them (sync::Delta::seen) so every device drops
    // them too. Such a change makes a delta even when the value stays the same.
    std::vector<sync::Hlc> resolves{};
};

// Who is acting: every delta carries the author, every audit entry the actor and unit.
struct Actor
{
    std::string staffId;
    std::string unitId;
};

struct WriteReceipt
{
    std::vector<std::string> ids; // one per change, in order
    std::size_t deltas = 0;
};

enum class AuditAction
{
    Read,
    Create,
    Change,
    Delete,
    Export,
    Print,
    Share,
    Review, // a manager's spot check of the audit log itself
};

const char *toString(AuditAction action);

struct AuditEntry
{
    std::int64_t seq = 0;
    std::int64_t atMs = 0;
    std::uint64_t device = 0;
    std::string actor;
    std::string unitId;
    std::string action;
    std::string entity;
    std::string subject;
};

struct SearchHit
{
    std::string entity;
    std::string entityId;
    std::string unitId;
    // The matching passage; matched terms are wrapped in kMarkStart ... kMarkEnd so the app
    // can highlight them after escaping the text.
    std::string snippet;
    std::string kind;   // conversation, case_note, session_note, child_note, note, amendment,
                        // family, child, group
    std::string day;    // the ISO date it is dated by; empty for a child
    std::string author; // the staff id who wrote it (a family: the responsible staff member)
};

// What narrows a search beyond its words. An empty list or string leaves that filter off.
struct SearchFilter
{
    std::vector<std::string> units; // only records of these units
    std::vector<std::string> kinds; // SearchHit::kind values
    std::string from, to;           // ISO dates, both inclusive
    std::string author;             // only what this staff member wrote
    // A whole personnummer, normalised (YYYYMMDD-NNNN): the children who have exactly it come
    // first. The number is never in the full-text index, so a part of one finds no child.
    std::string personnummer;
    int limit = 50;
};

inline constexpr char kMarkStart = '\x02';
inline constexpr char kMarkEnd = '\x03';

} // namespace lykta::store
