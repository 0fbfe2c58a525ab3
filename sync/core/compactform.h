#pragma once

// The compact form of Batch and StatePage (class version 2), included by serialization.h
// only, after the helpers it builds on. What the first form (version 1) writes in fixed
// widths, this writes as varints and as steps from what came before in the message:
//
// - every count, length, name index and clock counter is an unsigned LEB128 varint; a signed
//   number (a value, a step) is zigzagged first;
// - a timestamp's milliseconds are a step from the timestamp written before it, its device
//   is written only when it is not the device of the timestamp before it;
// - a writer's counter is a step from the writer before it (mostly +1: one write numbers its
//   fields in order), its device written only when it is not its timestamp's device;
// - a record id and a text value in the canonical UUID form are written as their 16 bytes;
// - in a Batch, a delta of the same record as the delta before it does not repeat the record.
//
// Decoding holds to the first form's rules: every length is checked against its cap and the
// unread bytes before anything is allocated, and a varint past 64 bits is Malformed.

#include "uuid.h"

#include <cereal/archives/portable_binary.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lykta::sync::detail {

inline constexpr std::uint32_t kCompactVersion = 2;

// Lower bounds of one element's compact size, for checkedCount.
inline constexpr std::uint64_t kMinCompactDeltaBytes = 4;  // flags, field, value tag, counter
inline constexpr std::uint64_t kMinCompactRecordBytes = 3; // entity, id's length, field count
inline constexpr std::uint64_t kMinCompactFieldBytes = 4;  // name, flags, value tag, counter
inline constexpr std::uint64_t kMinCompactCopyBytes = 4;   // value tag, step, counter, flags
inline constexpr std::uint64_t kMinCompactHlcBytes = 10;   // step, counter, device
inline constexpr std::uint64_t kMinCompactNameBytes = 1;   // a length

// A value's tag in the compact form: ValueTag, and one more for a text in the UUID form.
inline constexpr std::uint8_t kCompactUuidText = 5;

inline void putVarint(OutArchive &ar, std::uint64_t v)
{
    std::uint8_t bytes[10];
    std::size_t n = 0;
    while (v >= 0x80) {
        bytes[n++] = static_cast<std::uint8_t>(v | 0x80);
        v >>= 7;
    }
    bytes[n++] = static_cast<std::uint8_t>(v);
    ar(cereal::binary_data(bytes, n));
}

inline std::uint64_t getVarint(InArchive &ar)
{
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        std::uint8_t byte = 0;
        ar(byte);
        if (shift == 63 && byte > 1)
            throw DecodeFailure(CodecError::Malformed); // past 64 bits
        v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return v;
    }
    throw DecodeFailure(CodecError::Malformed);
}

inline std::uint64_t zigzag(std::int64_t v)
{
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

inline std::int64_t unzigzag(std::uint64_t v)
{
    return static_cast<std::int64_t>((v >> 1) ^ (~(v & 1) + 1));
}

// `to - from` and `from + step` in two's complement, so no pair of timestamps overflows.
inline std::int64_t stepBetween(std::int64_t from, std::int64_t to)
{
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(to) -
                                     static_cast<std::uint64_t>(from));
}

inline std::int64_t stepFrom(std::int64_t from, std::int64_t step)
{
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(from) +
                                     static_cast<std::uint64_t>(step));
}

inline std::uint64_t getCount(InArchive &ar, std::uint64_t cap, std::uint64_t minBytesEach)
{
    return checkedCount(getVarint(ar), cap, minBytesEach);
}

template <class Bytes>
void putCompactBytes(OutArchive &ar, const Bytes &bytes)
{
    putVarint(ar, bytes.size());
    ar(cereal::binary_data(bytes.data(), bytes.size()));
}

template <class Bytes>
void getCompactBytes(InArchive &ar, Bytes &bytes, std::uint64_t cap)
{
    bytes.resize(static_cast<std::size_t>(getCount(ar, cap, 1)));
    ar(cereal::binary_data(bytes.data(), bytes.size()));
}

inline void putUuid(OutArchive &ar, const UuidBytes &bytes)
{
    ar(cereal::binary_data(bytes.data(), bytes.size()));
}

inline std::string getUuid(InArchive &ar)
{
    UuidBytes bytes{};
    ar(cereal::binary_data(bytes.data(), bytes.size()));
    return uuidText(bytes);
}

// A record id: the UUID's bytes when `uuid` (the caller wrote that in a flag), else its text.
inline void putRecordId(OutArchive &ar, const std::string &id, const std::optional<UuidBytes> &uuid)
{
    if (uuid)
        putUuid(ar, *uuid);
    else
        putCompactBytes(ar, id);
}

inline std::string getRecordId(InArchive &ar, bool uuid)
{
    if (uuid)
        return getUuid(ar);
    std::string id;
    getCompactBytes(ar, id, limits::kMaxNameBytes);
    return id;
}

inline void putCompactValue(OutArchive &ar, const Value &v)
{
    if (const auto *s = std::get_if<std::string>(&v)) {
        if (const auto uuid = uuidBytes(*s)) {
            ar(kCompactUuidText);
            putUuid(ar, *uuid);
            return;
        }
    }
    ar(static_cast<std::uint8_t>(v.index()));
    if (const auto *i = std::get_if<std::int64_t>(&v))
        putVarint(ar, zigzag(*i));
    else if (const auto *d = std::get_if<double>(&v))
        ar(*d);
    else if (const auto *s = std::get_if<std::string>(&v))
        putCompactBytes(ar, *s);
    else if (const auto *b = std::get_if<Blob>(&v))
        putCompactBytes(ar, *b);
}

inline void getCompactValue(InArchive &ar, Value &v)
{
    std::uint8_t tag = 0;
    ar(tag);
    if (tag == kCompactUuidText) {
        v = getUuid(ar);
        return;
    }
    switch (static_cast<ValueTag>(tag)) {
    case ValueTag::Null:
        v = std::monostate{};
        return;
    case ValueTag::Int:
        v = unzigzag(getVarint(ar));
        return;
    case ValueTag::Real: {
        double d = 0;
        ar(d);
        v = d;
        return;
    }
    case ValueTag::Text: {
        std::string s;
        getCompactBytes(ar, s, limits::kMaxTextBytes);
        v = std::move(s);
        return;
    }
    case ValueTag::Bytes: {
        Blob b;
        getCompactBytes(ar, b, limits::kMaxBlobBytes);
        v = std::move(b);
        return;
    }
    }
    throw DecodeFailure(CodecError::Malformed);
}

// A timestamp as a step from `from`'s milliseconds and its own counter; the device is the
// caller's to write (or leave out).
inline void putTime(OutArchive &ar, const Hlc &h, const Hlc &from)
{
    putVarint(ar, zigzag(stepBetween(from.wallMs, h.wallMs)));
    putVarint(ar, h.counter);
}

inline Hlc getTime(InArchive &ar, const Hlc &from)
{
    Hlc h;
    h.wallMs = stepFrom(from.wallMs, unzigzag(getVarint(ar)));
    const std::uint64_t counter = getVarint(ar);
    // A step may reach milliseconds no packed timestamp holds: such a message would not come
    // back the same from a store or in the first form.
    if (!Hlc::packable(h.wallMs) || counter > 0xffff)
        throw DecodeFailure(CodecError::Malformed);
    h.counter = static_cast<std::uint16_t>(counter);
    return h;
}

// A timestamp whose device is always written (a base, a copy, a version a resolution saw).
inline void putFullTime(OutArchive &ar, const Hlc &h, const Hlc &from)
{
    putTime(ar, h, from);
    ar(h.device);
}

inline Hlc getFullTime(InArchive &ar, const Hlc &from)
{
    Hlc h = getTime(ar, from);
    ar(h.device);
    return h;
}

// What a message's entries are written relative to, the same on both sides: the timestamp,
// the base (a state page's) and the writer's counter of the entry before.
struct CompactContext
{
    Hlc time;
    Hlc base; // a StatePage's field only
    std::uint64_t counter = 0;

    void putCounter(OutArchive &ar, std::uint64_t next)
    {
        putVarint(ar, zigzag(stepBetween(static_cast<std::int64_t>(counter),
                                         static_cast<std::int64_t>(next))));
        counter = next;
    }
    std::uint64_t getCounter(InArchive &ar)
    {
        counter = static_cast<std::uint64_t>(
            stepFrom(static_cast<std::int64_t>(counter), unzigzag(getVarint(ar))));
        return counter;
    }
};

// --- Batch ------------------------------------------------------------------------------------

// A delta's flags (a varint); without one, what it names is left out or taken as said.
// The entity and id of the delta before (else they follow):
inline constexpr std::uint64_t kDeltaSameRecord = 1;
// The record id follows as a UUID's 16 bytes:
inline constexpr std::uint64_t kDeltaUuidId = 2;
// The timestamp of the delta before (else it follows):
inline constexpr std::uint64_t kDeltaSameTime = 4;
// The timestamp's device follows (else the device of the timestamp before):
inline constexpr std::uint64_t kDeltaTimeDevice = 8;
// A base follows (else null):
inline constexpr std::uint64_t kDeltaBase = 16;
// An author's name index follows (else empty):
inline constexpr std::uint64_t kDeltaAuthor = 32;
// The writer's device follows (else the timestamp's):
inline constexpr std::uint64_t kDeltaWriterDevice = 64;
// The versions a resolution replaced follow:
inline constexpr std::uint64_t kDeltaSeen = 128;
// The base's device follows (else the timestamp's):
inline constexpr std::uint64_t kDeltaBaseDevice = 256;
inline constexpr std::uint64_t kDeltaFlags = 511;

inline void saveCompact(OutArchive &ar, const Batch &b)
{
    StateNames names;
    for (const Delta &d : b.deltas) {
        names.index(d.entity);
        names.index(d.field);
        if (!d.author.empty())
            names.index(d.author);
    }
    ar(b.device);
    putVarint(ar, b.cursor);
    ar(static_cast<std::uint8_t>(b.hasMore));
    putVarint(ar, zigzag(b.sentAtMs));
    putVarint(ar, names.names().size());
    for (const std::string *name : names.names())
        putCompactBytes(ar, *name);
    putVarint(ar, b.deltas.size());
    CompactContext at;
    at.time.device = b.device;
    const Delta *previous = nullptr;
    for (const Delta &d : b.deltas) {
        const bool sameRecord =
            previous && previous->entity == d.entity && previous->entityId == d.entityId;
        const auto uuid = sameRecord ? std::nullopt : uuidBytes(d.entityId);
        const bool sameTime = previous && previous->hlc == d.hlc;
        std::uint64_t flags = 0;
        flags |= sameRecord ? kDeltaSameRecord : 0;
        flags |= uuid ? kDeltaUuidId : 0;
        flags |= sameTime ? kDeltaSameTime : 0;
        flags |= !sameTime && d.hlc.device != at.time.device ? kDeltaTimeDevice : 0;
        flags |= d.base.isNull() ? 0 : kDeltaBase;
        flags |= !d.base.isNull() && d.base.device != d.hlc.device ? kDeltaBaseDevice : 0;
        flags |= d.author.empty() ? 0 : kDeltaAuthor;
        flags |= d.id.device != d.hlc.device ? kDeltaWriterDevice : 0;
        flags |= d.seen.empty() ? 0 : kDeltaSeen;
        putVarint(ar, flags);
        if (!sameRecord) {
            putVarint(ar, names.index(d.entity));
            putRecordId(ar, d.entityId, uuid);
        }
        putVarint(ar, names.index(d.field));
        putCompactValue(ar, d.value);
        if (!sameTime) {
            putTime(ar, d.hlc, at.time);
            if (flags & kDeltaTimeDevice)
                ar(d.hlc.device);
            at.time = d.hlc;
        }
        if (flags & kDeltaAuthor)
            putVarint(ar, names.index(d.author));
        if (flags & kDeltaBase) {
            putTime(ar, d.base, d.hlc);
            if (flags & kDeltaBaseDevice)
                ar(d.base.device);
        }
        at.putCounter(ar, d.id.counter);
        if (flags & kDeltaWriterDevice)
            ar(d.id.device);
        if (flags & kDeltaSeen) {
            putVarint(ar, d.seen.size());
            for (const Hlc &h : d.seen)
                putFullTime(ar, h, d.hlc);
        }
        previous = &d;
    }
}

inline std::vector<std::string> loadCompactNames(InArchive &ar)
{
    const std::uint64_t n = getCount(ar, limits::kMaxStateNames, kMinCompactNameBytes);
    std::vector<std::string> names;
    for (std::uint64_t i = 0; i < n; ++i) {
        std::string name;
        getCompactBytes(ar, name, limits::kMaxNameBytes);
        names.push_back(std::move(name));
    }
    return names;
}

inline const std::string &getName(InArchive &ar, const std::vector<std::string> &names)
{
    const std::uint64_t index = getVarint(ar);
    if (index >= names.size())
        throw DecodeFailure(CodecError::Malformed);
    return names[index];
}

inline void loadCompact(InArchive &ar, Batch &b)
{
    std::uint8_t hasMore = 0;
    ar(b.device);
    b.cursor = getVarint(ar);
    ar(hasMore);
    if (hasMore > 1)
        throw DecodeFailure(CodecError::Malformed);
    b.hasMore = hasMore == 1;
    b.sentAtMs = unzigzag(getVarint(ar));
    const std::vector<std::string> names = loadCompactNames(ar);
    const std::uint64_t n = getCount(ar, limits::kMaxDeltasPerBatch, kMinCompactDeltaBytes);
    b.deltas.clear();
    CompactContext at;
    at.time.device = b.device;
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint64_t flags = getVarint(ar);
        if ((flags & ~std::uint64_t{kDeltaFlags}) != 0 ||
            ((flags & (kDeltaSameRecord | kDeltaSameTime)) && b.deltas.empty()) ||
            ((flags & kDeltaSameRecord) && (flags & kDeltaUuidId)) ||
            ((flags & kDeltaSameTime) && (flags & kDeltaTimeDevice)) ||
            ((flags & kDeltaBaseDevice) && !(flags & kDeltaBase)))
            throw DecodeFailure(CodecError::Malformed);
        Delta d;
        if (flags & kDeltaSameRecord) {
            d.entity = b.deltas.back().entity;
            d.entityId = b.deltas.back().entityId;
        } else {
            d.entity = getName(ar, names);
            d.entityId = getRecordId(ar, (flags & kDeltaUuidId) != 0);
        }
        d.field = getName(ar, names);
        getCompactValue(ar, d.value);
        if (flags & kDeltaSameTime) {
            d.hlc = b.deltas.back().hlc;
        } else {
            d.hlc = getTime(ar, at.time);
            d.hlc.device = at.time.device;
            if (flags & kDeltaTimeDevice)
                ar(d.hlc.device);
            at.time = d.hlc;
        }
        if (flags & kDeltaAuthor)
            d.author = getName(ar, names);
        if (flags & kDeltaBase) {
            d.base = getTime(ar, d.hlc);
            d.base.device = d.hlc.device;
            if (flags & kDeltaBaseDevice)
                ar(d.base.device);
        }
        d.id.counter = at.getCounter(ar);
        d.id.device = d.hlc.device;
        if (flags & kDeltaWriterDevice)
            ar(d.id.device);
        if (flags & kDeltaSeen) {
            const std::uint64_t seen =
                getCount(ar, limits::kMaxConflictCopies, kMinCompactHlcBytes);
            for (std::uint64_t j = 0; j < seen; ++j)
                d.seen.push_back(getFullTime(ar, d.hlc));
        }
        b.deltas.push_back(std::move(d));
    }
}

// --- StatePage --------------------------------------------------------------------------------
//
// The first form's layout (names once, then records with their fields), with the compact
// numbers above. A record's entity index carries one more bit: its id is a UUID's bytes.
// A field's timestamp, base and writer's counter step from those of the same field in the
// record before: the records of a page were mostly written alike (a note's body in one edit
// of many notes), while the fields of one record may lie years apart.

// The timestamp's device follows (else the device of the timestamp before):
inline constexpr std::uint8_t kStateTimeDevice = 32;
// The base's device follows (else the timestamp's):
inline constexpr std::uint8_t kStateBaseDevice = 64;
inline constexpr std::uint8_t kStateCompactFlags =
    kStateFlags | kStateTimeDevice | kStateBaseDevice;

// The steps of one page: per field name what its last field wrote, and the last device.
struct StateSteps
{
    explicit StateSteps(std::size_t names) : fields(names) {}
    std::vector<CompactContext> fields;
    DeviceId device = 0;
};

inline void saveCompactField(OutArchive &ar, const StateField &f, StateNames &names,
                             StateSteps &steps, bool sameTime)
{
    const FieldState &s = f.state;
    const std::uint32_t name = names.index(f.name);
    CompactContext &at = steps.fields[name];
    unsigned flags = 0;
    flags |= s.base.isNull() ? 0 : kStateBase;
    flags |= !s.base.isNull() && s.base.device != s.hlc.device ? kStateBaseDevice : 0;
    flags |= s.author.empty() ? 0 : kStateAuthor;
    flags |= f.writer.device != s.hlc.device ? kStateWriterDevice : 0;
    flags |= s.conflicts.empty() ? 0 : kStateConflicts;
    flags |= sameTime ? kStateSameHlc : 0;
    flags |= !sameTime && s.hlc.device != steps.device ? kStateTimeDevice : 0;
    putVarint(ar, name);
    ar(static_cast<std::uint8_t>(flags));
    putCompactValue(ar, s.value);
    if (!sameTime) {
        putTime(ar, s.hlc, at.time);
        if (flags & kStateTimeDevice)
            ar(s.hlc.device);
        steps.device = s.hlc.device;
    }
    at.time = s.hlc;
    if (flags & kStateBase) {
        putTime(ar, s.base, at.base);
        if (flags & kStateBaseDevice)
            ar(s.base.device);
        at.base = s.base;
    }
    if (flags & kStateAuthor)
        putVarint(ar, names.index(s.author));
    at.putCounter(ar, f.writer.counter);
    if (flags & kStateWriterDevice)
        ar(f.writer.device);
    if (flags & kStateConflicts) {
        putVarint(ar, s.conflicts.size());
        for (const ConflictCopy &c : s.conflicts) {
            const std::uint8_t copyFlags =
                (c.base.isNull() ? 0 : kStateBase) | (c.author.empty() ? 0 : kStateAuthor);
            putCompactValue(ar, c.value);
            putFullTime(ar, c.hlc, s.hlc);
            ar(copyFlags);
            if (copyFlags & kStateBase)
                putFullTime(ar, c.base, c.hlc);
            if (copyFlags & kStateAuthor)
                putVarint(ar, names.index(c.author));
        }
    }
}

inline void loadCompactField(InArchive &ar, StateField &f, const std::vector<std::string> &names,
                             StateSteps &steps, const Hlc *previous)
{
    const std::uint64_t name = getVarint(ar);
    if (name >= names.size())
        throw DecodeFailure(CodecError::Malformed);
    f.name = names[name];
    CompactContext &at = steps.fields[name];
    std::uint8_t flags = 0;
    ar(flags);
    if ((flags & ~kStateCompactFlags) != 0 || ((flags & kStateSameHlc) && !previous) ||
        ((flags & kStateSameHlc) && (flags & kStateTimeDevice)) ||
        ((flags & kStateBaseDevice) && !(flags & kStateBase)))
        throw DecodeFailure(CodecError::Malformed);
    FieldState &s = f.state;
    getCompactValue(ar, s.value);
    if (flags & kStateSameHlc) {
        s.hlc = *previous;
    } else {
        s.hlc = getTime(ar, at.time);
        s.hlc.device = steps.device;
        if (flags & kStateTimeDevice)
            ar(s.hlc.device);
        steps.device = s.hlc.device;
    }
    at.time = s.hlc;
    if (flags & kStateBase) {
        s.base = getTime(ar, at.base);
        s.base.device = s.hlc.device;
        if (flags & kStateBaseDevice)
            ar(s.base.device);
        at.base = s.base;
    }
    if (flags & kStateAuthor)
        s.author = getName(ar, names);
    f.writer.counter = at.getCounter(ar);
    f.writer.device = s.hlc.device;
    if (flags & kStateWriterDevice)
        ar(f.writer.device);
    if (flags & kStateConflicts) {
        const std::uint64_t n = getCount(ar, limits::kMaxConflictCopies, kMinCompactCopyBytes);
        for (std::uint64_t i = 0; i < n; ++i) {
            ConflictCopy c;
            getCompactValue(ar, c.value);
            c.hlc = getFullTime(ar, s.hlc);
            std::uint8_t copyFlags = 0;
            ar(copyFlags);
            if ((copyFlags & ~(kStateBase | kStateAuthor)) != 0)
                throw DecodeFailure(CodecError::Malformed);
            if (copyFlags & kStateBase)
                c.base = getFullTime(ar, c.hlc);
            if (copyFlags & kStateAuthor)
                c.author = getName(ar, names);
            s.conflicts.push_back(std::move(c));
        }
    }
}

inline void saveCompact(OutArchive &ar, const StatePage &p)
{
    StateNames names;
    addPageNames(names, p);
    ar(static_cast<std::uint8_t>(p.hasMore));
    putVarint(ar, p.cursor);
    putVarint(ar, zigzag(p.sentAtMs));
    putVarint(ar, names.names().size());
    for (const std::string *name : names.names())
        putCompactBytes(ar, *name);
    putVarint(ar, p.records.size());
    StateSteps steps(names.names().size());
    for (const StateRecord &r : p.records) {
        const auto uuid = uuidBytes(r.id);
        putVarint(ar, std::uint64_t{names.index(r.entity)} << 1 | (uuid ? 1 : 0));
        putRecordId(ar, r.id, uuid);
        putVarint(ar, r.fields.size());
        const Hlc *previous = nullptr;
        for (const StateField &f : r.fields) {
            saveCompactField(ar, f, names, steps, previous && *previous == f.state.hlc);
            previous = &f.state.hlc;
        }
    }
}

inline void loadCompact(InArchive &ar, StatePage &p)
{
    std::uint8_t hasMore = 0;
    ar(hasMore);
    if (hasMore > 1)
        throw DecodeFailure(CodecError::Malformed);
    p.hasMore = hasMore == 1;
    p.cursor = getVarint(ar);
    p.sentAtMs = unzigzag(getVarint(ar));
    const std::vector<std::string> names = loadCompactNames(ar);
    const std::uint64_t n = getCount(ar, limits::kMaxStateRecords, kMinCompactRecordBytes);
    p.records.clear();
    StateSteps steps(names.size());
    for (std::uint64_t i = 0; i < n; ++i) {
        StateRecord r;
        const std::uint64_t entity = getVarint(ar);
        if ((entity >> 1) >= names.size())
            throw DecodeFailure(CodecError::Malformed);
        r.entity = names[entity >> 1];
        r.id = getRecordId(ar, (entity & 1) != 0);
        const std::uint64_t fields = getCount(ar, limits::kMaxStateFields, kMinCompactFieldBytes);
        for (std::uint64_t j = 0; j < fields; ++j) {
            StateField f;
            loadCompactField(ar, f, names, steps, j == 0 ? nullptr : &r.fields.back().state.hlc);
            r.fields.push_back(std::move(f));
        }
        p.records.push_back(std::move(r));
    }
}

} // namespace lykta::sync::detail
