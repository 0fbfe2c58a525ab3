#pragma once

// cereal bindings for the wire types. Internal to the codec (and its tests): include it only
// where messages are encoded or decoded, because the SizeTag guard below must be visible in
// every translation unit that decodes.
//
// Loads never trust a length: each string, blob and list reads its count as a plain
// integer, checks it against its cap (TooLarge) and against the bytes still unread
// (Truncated), and only then allocates.

#include "auditupload.h"
#include "batch.h"
#include "codecerror.h"
#include "limits.h"
#include "pushresponse.h"
#include "serveraudit.h"
#include "statepage.h"
#include "unitdevices.h"

#include <cereal/archives/portable_binary.hpp>
#include <cereal/cereal.hpp>

#include <cstdint>
#include <map>
#include <stdexcept>
#include <streambuf>
#include <string>

namespace lykta::sync::detail {

// Thrown inside the decoder only; the codec turns it into a CodecError at its boundary.
struct DecodeFailure : std::runtime_error
{
    explicit DecodeFailure(CodecError e) : std::runtime_error("decode failure"), code(e) {}
    CodecError code;
};

// The buffer the current thread is decoding from, so size checks know how much is unread.
inline std::streambuf *&currentDecodeBuffer()
{
    thread_local std::streambuf *buffer = nullptr;
    return buffer;
}

inline std::uint64_t unreadBytes()
{
    std::streambuf *buffer = currentDecodeBuffer();
    if (!buffer)
        return 0; // decoding outside the codec's guard: trust nothing
    const std::streamsize n = buffer->in_avail();
    return n > 0 ? static_cast<std::uint64_t>(n) : 0;
}

// A count that is about to size an allocation: within its cap, and no more elements than the
// unread bytes could hold at `minBytesEach` bytes per element.
inline std::uint64_t checkedCount(std::uint64_t n, std::uint64_t cap, std::uint64_t minBytesEach)
{
    if (n > cap)
        throw DecodeFailure(CodecError::TooLarge);
    if (n > unreadBytes() / minBytesEach)
        throw DecodeFailure(CodecError::Truncated);
    return n;
}

} // namespace lykta::sync::detail

// The verified mitigation for cereal's own containers (TOOLCHAIN.md): a size tag may not
// claim more elements than bytes remain. It must be `serialize` (not `load`), more
// specialised than cereal's template, and visible wherever decoding happens. Our types do
// not use cereal containers; this guards any that creep in.
namespace cereal {
template <class T>
void serialize(PortableBinaryInputArchive &ar, SizeTag<T> &tag)
{
    ar(tag.size);
    if (static_cast<std::uint64_t>(tag.size) > lykta::sync::detail::unreadBytes())
        throw lykta::sync::detail::DecodeFailure(lykta::sync::CodecError::Truncated);
}
} // namespace cereal

namespace lykta::sync {

using OutArchive = cereal::PortableBinaryOutputArchive;
using InArchive = cereal::PortableBinaryInputArchive;

namespace detail {

inline constexpr std::uint32_t kWireTypeVersion = 1;
// Delta alone is at version 2: it added `seen` (the versions a resolution replaced). A
// version-1 delta (from a build before it) still decodes, with `seen` empty.
inline constexpr std::uint32_t kDeltaVersion = 2;

inline void checkVersion(std::uint32_t version)
{
    if (version != kWireTypeVersion)
        throw DecodeFailure(CodecError::UnsupportedVersion);
}

template <class Bytes>
void saveBytes(OutArchive &ar, const Bytes &bytes)
{
    ar(static_cast<std::uint64_t>(bytes.size()));
    ar(cereal::binary_data(bytes.data(), bytes.size()));
}

template <class Bytes>
void loadBytes(InArchive &ar, Bytes &bytes, std::uint64_t cap)
{
    std::uint64_t n = 0;
    ar(n);
    bytes.resize(static_cast<std::size_t>(checkedCount(n, cap, 1)));
    ar(cereal::binary_data(bytes.data(), bytes.size()));
}

// Lower bounds of one element's encoded size, for checkedCount.
inline constexpr std::uint64_t kMinDeltaBytes = 80;
inline constexpr std::uint64_t kMinDeltaIdBytes = 16;
inline constexpr std::uint64_t kMinRejectionBytes = 24;
inline constexpr std::uint64_t kMinHlcBytes = 18;              // wall 8, counter 2, device 8
inline constexpr std::uint64_t kMinAuditRecordBytes = 56;      // seq, time, five lengths
inline constexpr std::uint64_t kMinServerAuditEntryBytes = 80; // four numbers, six lengths
inline constexpr std::uint64_t kMinUnitDeviceBytes = 88;       // six numbers, five lengths
inline constexpr std::uint64_t kMinUnitStaffBytes = 32;        // a number, three lengths
inline constexpr std::uint64_t kMinStateRecordBytes = 20;      // entity, id's length, field count
inline constexpr std::uint64_t kMinStateFieldBytes = 14;       // name, flags, value tag, writer
inline constexpr std::uint64_t kMinStateCopyBytes = 18;        // value tag, hlc, flags
inline constexpr std::uint64_t kMinNameBytes = 8;              // a length

} // namespace detail

// Value is a std::variant alias, not a class of ours: it travels as a one-byte tag and the
// payload inside Delta (whose class version covers it).
enum class ValueTag : std::uint8_t
{
    Null = 0,
    Int = 1,
    Real = 2,
    Text = 3,
    Bytes = 4,
};

inline void saveValue(OutArchive &ar, const Value &v)
{
    ar(static_cast<std::uint8_t>(v.index()));
    if (const auto *i = std::get_if<std::int64_t>(&v))
        ar(*i);
    else if (const auto *d = std::get_if<double>(&v))
        ar(*d);
    else if (const auto *s = std::get_if<std::string>(&v))
        detail::saveBytes(ar, *s);
    else if (const auto *b = std::get_if<Blob>(&v))
        detail::saveBytes(ar, *b);
}

inline void loadValue(InArchive &ar, Value &v)
{
    std::uint8_t tag = 0;
    ar(tag);
    switch (static_cast<ValueTag>(tag)) {
    case ValueTag::Null:
        v = std::monostate{};
        return;
    case ValueTag::Int: {
        std::int64_t i = 0;
        ar(i);
        v = i;
        return;
    }
    case ValueTag::Real: {
        double d = 0;
        ar(d);
        v = d;
        return;
    }
    case ValueTag::Text: {
        std::string s;
        detail::loadBytes(ar, s, limits::kMaxTextBytes);
        v = std::move(s);
        return;
    }
    case ValueTag::Bytes: {
        Blob b;
        detail::loadBytes(ar, b, limits::kMaxBlobBytes);
        v = std::move(b);
        return;
    }
    }
    throw detail::DecodeFailure(CodecError::Malformed);
}

inline void save(OutArchive &ar, const Hlc &h, std::uint32_t)
{
    ar(h.wallMs, h.counter, h.device);
}
inline void load(InArchive &ar, Hlc &h, std::uint32_t version)
{
    detail::checkVersion(version);
    ar(h.wallMs, h.counter, h.device);
    // Milliseconds no packed timestamp holds would not come back the same from a store, the
    // server or the compact form.
    if (!Hlc::packable(h.wallMs))
        throw detail::DecodeFailure(CodecError::Malformed);
}

inline void save(OutArchive &ar, const DeltaId &id, std::uint32_t)
{
    ar(id.device, id.counter);
}
inline void load(InArchive &ar, DeltaId &id, std::uint32_t version)
{
    detail::checkVersion(version);
    ar(id.device, id.counter);
}

inline void save(OutArchive &ar, const Delta &d, std::uint32_t)
{
    ar(d.id);
    detail::saveBytes(ar, d.entity);
    detail::saveBytes(ar, d.entityId);
    detail::saveBytes(ar, d.field);
    saveValue(ar, d.value);
    ar(d.hlc);
    detail::saveBytes(ar, d.author);
    ar(d.base);
    ar(static_cast<std::uint64_t>(d.seen.size()));
    for (const Hlc &h : d.seen)
        ar(h);
}
inline void load(InArchive &ar, Delta &d, std::uint32_t version)
{
    if (version != 1 && version != detail::kDeltaVersion)
        throw detail::DecodeFailure(CodecError::UnsupportedVersion);
    ar(d.id);
    detail::loadBytes(ar, d.entity, limits::kMaxNameBytes);
    detail::loadBytes(ar, d.entityId, limits::kMaxNameBytes);
    detail::loadBytes(ar, d.field, limits::kMaxNameBytes);
    loadValue(ar, d.value);
    ar(d.hlc);
    detail::loadBytes(ar, d.author, limits::kMaxNameBytes);
    ar(d.base);
    d.seen.clear();
    if (version >= 2) {
        std::uint64_t n = 0;
        ar(n);
        n = detail::checkedCount(n, limits::kMaxConflictCopies, detail::kMinHlcBytes);
        for (std::uint64_t i = 0; i < n; ++i) {
            Hlc h;
            ar(h);
            d.seen.push_back(h);
        }
    }
}

template <class T>
void saveList(OutArchive &ar, const std::vector<T> &list)
{
    ar(static_cast<std::uint64_t>(list.size()));
    for (const T &item : list)
        ar(item);
}

// Grows with the elements actually parsed, so a count that passed the checks still cannot
// reserve memory the input does not back.
template <class T>
void loadList(InArchive &ar, std::vector<T> &list, std::uint64_t cap, std::uint64_t minBytesEach)
{
    std::uint64_t n = 0;
    ar(n);
    n = detail::checkedCount(n, cap, minBytesEach);
    list.clear();
    for (std::uint64_t i = 0; i < n; ++i) {
        T item;
        ar(item);
        list.push_back(std::move(item));
    }
}

namespace detail {

inline void saveFirstForm(OutArchive &ar, const Batch &b)
{
    ar(b.device, b.cursor, static_cast<std::uint8_t>(b.hasMore), b.sentAtMs);
    saveList(ar, b.deltas);
}

inline void loadFirstForm(InArchive &ar, Batch &b)
{
    std::uint8_t hasMore = 0; // a byte, not a bool: any other value than 0 or 1 is an error
    ar(b.device, b.cursor, hasMore, b.sentAtMs);
    if (hasMore > 1)
        throw detail::DecodeFailure(CodecError::Malformed);
    b.hasMore = hasMore == 1;
    loadList(ar, b.deltas, limits::kMaxDeltasPerBatch, detail::kMinDeltaBytes);
}

} // namespace detail

inline void save(OutArchive &ar, const Rejection &r, std::uint32_t)
{
    ar(r.id, static_cast<std::uint8_t>(r.reason));
    detail::saveBytes(ar, r.detail);
    ar(static_cast<std::uint8_t>(r.current.has_value()));
    if (r.current)
        ar(*r.current);
}
inline void load(InArchive &ar, Rejection &r, std::uint32_t version)
{
    detail::checkVersion(version);
    std::uint8_t reason = 0;
    ar(r.id, reason);
    if (reason > kMaxRejectReason)
        throw detail::DecodeFailure(CodecError::Malformed);
    r.reason = static_cast<RejectReason>(reason);
    detail::loadBytes(ar, r.detail, limits::kMaxNameBytes);
    std::uint8_t hasCurrent = 0;
    ar(hasCurrent);
    if (hasCurrent > 1)
        throw detail::DecodeFailure(CodecError::Malformed);
    if (hasCurrent == 1) {
        r.current.emplace();
        ar(*r.current);
    }
}

inline void save(OutArchive &ar, const PushResponse &p, std::uint32_t)
{
    saveList(ar, p.accepted);
    saveList(ar, p.rejected);
    ar(p.cursor, p.serverTimeMs);
}
inline void load(InArchive &ar, PushResponse &p, std::uint32_t version)
{
    detail::checkVersion(version);
    loadList(ar, p.accepted, limits::kMaxDeltasPerBatch, detail::kMinDeltaIdBytes);
    loadList(ar, p.rejected, limits::kMaxDeltasPerBatch, detail::kMinRejectionBytes);
    ar(p.cursor, p.serverTimeMs);
}

inline void save(OutArchive &ar, const AuditRecord &r, std::uint32_t)
{
    ar(r.seq, r.atMs);
    for (const std::string *text : {&r.staff, &r.unit, &r.action, &r.entity, &r.subject})
        detail::saveBytes(ar, *text);
}

inline void load(InArchive &ar, AuditRecord &r, std::uint32_t version)
{
    detail::checkVersion(version);
    ar(r.seq, r.atMs);
    for (std::string *text : {&r.staff, &r.unit, &r.action, &r.entity, &r.subject})
        detail::loadBytes(ar, *text, limits::kMaxNameBytes);
}

inline void save(OutArchive &ar, const AuditUpload &u, std::uint32_t)
{
    ar(u.device);
    saveList(ar, u.entries);
}

inline void load(InArchive &ar, AuditUpload &u, std::uint32_t version)
{
    detail::checkVersion(version);
    ar(u.device);
    loadList(ar, u.entries, limits::kMaxAuditEntriesPerUpload, detail::kMinAuditRecordBytes);
}

inline void save(OutArchive &ar, const AuditReceipt &r, std::uint32_t)
{
    ar(r.through, r.stored, static_cast<std::uint64_t>(r.refused.size()));
    for (const std::uint64_t seq : r.refused)
        ar(seq);
    detail::saveBytes(ar, r.detail);
}

inline void load(InArchive &ar, AuditReceipt &r, std::uint32_t version)
{
    detail::checkVersion(version);
    std::uint64_t n = 0;
    ar(r.through, r.stored, n);
    n = detail::checkedCount(n, limits::kMaxAuditEntriesPerUpload, 8);
    r.refused.clear();
    for (std::uint64_t i = 0; i < n; ++i) {
        std::uint64_t seq = 0;
        ar(seq);
        r.refused.push_back(seq);
    }
    detail::loadBytes(ar, r.detail, limits::kMaxNameBytes);
}

inline void save(OutArchive &ar, const ServerAuditEntry &e, std::uint32_t)
{
    ar(e.receivedMs, e.deviceMs, e.device, e.deviceSeq);
    for (const std::string *text :
         {&e.staff, &e.staffName, &e.unit, &e.action, &e.entity, &e.subject})
        detail::saveBytes(ar, *text);
}

inline void load(InArchive &ar, ServerAuditEntry &e, std::uint32_t version)
{
    detail::checkVersion(version);
    ar(e.receivedMs, e.deviceMs, e.device, e.deviceSeq);
    for (std::string *text : {&e.staff, &e.staffName, &e.unit, &e.action, &e.entity, &e.subject})
        detail::loadBytes(ar, *text, limits::kMaxNameBytes);
}

inline void save(OutArchive &ar, const ServerAudit &a, std::uint32_t)
{
    detail::saveBytes(ar, a.subject);
    saveList(ar, a.entries);
    ar(a.omitted);
}

inline void load(InArchive &ar, ServerAudit &a, std::uint32_t version)
{
    detail::checkVersion(version);
    detail::loadBytes(ar, a.subject, limits::kMaxNameBytes);
    loadList(ar, a.entries, limits::kMaxServerAuditEntries, detail::kMinServerAuditEntryBytes);
    ar(a.omitted);
}

inline void save(OutArchive &ar, const UnitDevice &d, std::uint32_t)
{
    ar(d.id, d.enrolledMs, d.lastSeenMs, d.revokedMs, d.eraseOrderedMs, d.erasedMs);
    for (const std::string *text : {&d.kind, &d.name, &d.staff, &d.staffName, &d.appVersion})
        detail::saveBytes(ar, *text);
}

inline void load(InArchive &ar, UnitDevice &d, std::uint32_t version)
{
    detail::checkVersion(version);
    ar(d.id, d.enrolledMs, d.lastSeenMs, d.revokedMs, d.eraseOrderedMs, d.erasedMs);
    for (std::string *text : {&d.kind, &d.name, &d.staff, &d.staffName, &d.appVersion})
        detail::loadBytes(ar, *text, limits::kMaxNameBytes);
}

inline void save(OutArchive &ar, const UnitStaffMember &m, std::uint32_t)
{
    ar(m.deactivatedMs);
    for (const std::string *text : {&m.id, &m.name, &m.role})
        detail::saveBytes(ar, *text);
}

inline void load(InArchive &ar, UnitStaffMember &m, std::uint32_t version)
{
    detail::checkVersion(version);
    ar(m.deactivatedMs);
    for (std::string *text : {&m.id, &m.name, &m.role})
        detail::loadBytes(ar, *text, limits::kMaxNameBytes);
}

inline void save(OutArchive &ar, const UnitDevices &u, std::uint32_t)
{
    detail::saveBytes(ar, u.unit);
    saveList(ar, u.devices);
    saveList(ar, u.staff);
}

inline void load(InArchive &ar, UnitDevices &u, std::uint32_t version)
{
    detail::checkVersion(version);
    detail::loadBytes(ar, u.unit, limits::kMaxNameBytes);
    loadList(ar, u.devices, limits::kMaxUnitDevices, detail::kMinUnitDeviceBytes);
    loadList(ar, u.staff, limits::kMaxUnitDevices, detail::kMinUnitStaffBytes);
}

// --- StatePage: one entry per record, each name once per page --------------------------------
//
// A page starts with its names (entities, fields, authors), each once; records and fields name
// them by index. A field writes its timestamps as the packed time and the device, and leaves out
// what it shares with its neighbours: the timestamp of the field before it in the record (one
// write stamps all its fields alike), a null base, an empty author, a writer that is the
// timestamp's own device.
namespace detail {

enum StateFlag : std::uint8_t
{
    kStateBase = 1,         // a base follows (else null)
    kStateAuthor = 2,       // an author's index follows (else empty)
    kStateWriterDevice = 4, // the writer's device follows (else the timestamp's device)
    kStateConflicts = 8,    // conflict copies follow
    kStateSameHlc = 16,     // the timestamp is the previous field's in this record
    kStateFlags = 31,
};

// The names of one page, in the order first met; index() gives each its place.
class StateNames
{
public:
    std::uint32_t index(const std::string &name)
    {
        auto [it, added] = m_index.try_emplace(name, static_cast<std::uint32_t>(m_names.size()));
        if (added)
            m_names.push_back(&it->first);
        return it->second;
    }
    const std::vector<const std::string *> &names() const { return m_names; }

private:
    std::map<std::string, std::uint32_t, std::less<>> m_index;
    std::vector<const std::string *> m_names;
};

inline void saveHlc(OutArchive &ar, const Hlc &h)
{
    ar(h.packedTime(), h.device);
}

inline Hlc loadHlc(InArchive &ar)
{
    std::int64_t packed = 0;
    DeviceId device = 0;
    ar(packed, device);
    return Hlc::fromPacked(packed, device);
}

inline const std::string &loadName(InArchive &ar, const std::vector<std::string> &names)
{
    std::uint32_t index = 0;
    ar(index);
    if (index >= names.size())
        throw DecodeFailure(CodecError::Malformed);
    return names[index];
}

inline void saveStateField(OutArchive &ar, const StateField &f, StateNames &names, const Hlc *prev)
{
    const FieldState &s = f.state;
    std::uint8_t flags = 0;
    if (!s.base.isNull())
        flags |= kStateBase;
    if (!s.author.empty())
        flags |= kStateAuthor;
    if (f.writer.device != s.hlc.device)
        flags |= kStateWriterDevice;
    if (!s.conflicts.empty())
        flags |= kStateConflicts;
    if (prev && *prev == s.hlc)
        flags |= kStateSameHlc;
    ar(names.index(f.name), flags);
    saveValue(ar, s.value);
    if (!(flags & kStateSameHlc))
        saveHlc(ar, s.hlc);
    if (flags & kStateBase)
        saveHlc(ar, s.base);
    if (flags & kStateAuthor)
        ar(names.index(s.author));
    ar(f.writer.counter);
    if (flags & kStateWriterDevice)
        ar(f.writer.device);
    if (flags & kStateConflicts) {
        ar(static_cast<std::uint64_t>(s.conflicts.size()));
        for (const ConflictCopy &c : s.conflicts) {
            const std::uint8_t copyFlags =
                (c.base.isNull() ? 0 : kStateBase) | (c.author.empty() ? 0 : kStateAuthor);
            saveValue(ar, c.value);
            saveHlc(ar, c.hlc);
            ar(copyFlags);
            if (copyFlags & kStateBase)
                saveHlc(ar, c.base);
            if (copyFlags & kStateAuthor)
                ar(names.index(c.author));
        }
    }
}

inline void loadStateField(InArchive &ar, StateField &f, const std::vector<std::string> &names,
                           const Hlc *prev)
{
    f.name = loadName(ar, names);
    std::uint8_t flags = 0;
    ar(flags);
    if ((flags & ~kStateFlags) != 0 || ((flags & kStateSameHlc) && !prev))
        throw DecodeFailure(CodecError::Malformed);
    FieldState &s = f.state;
    loadValue(ar, s.value);
    s.hlc = (flags & kStateSameHlc) ? *prev : loadHlc(ar);
    if (flags & kStateBase)
        s.base = loadHlc(ar);
    if (flags & kStateAuthor)
        s.author = loadName(ar, names);
    ar(f.writer.counter);
    f.writer.device = s.hlc.device;
    if (flags & kStateWriterDevice)
        ar(f.writer.device);
    if (flags & kStateConflicts) {
        std::uint64_t n = 0;
        ar(n);
        n = checkedCount(n, limits::kMaxConflictCopies, kMinStateCopyBytes);
        for (std::uint64_t i = 0; i < n; ++i) {
            ConflictCopy c;
            loadValue(ar, c.value);
            c.hlc = loadHlc(ar);
            std::uint8_t copyFlags = 0;
            ar(copyFlags);
            if ((copyFlags & ~(kStateBase | kStateAuthor)) != 0)
                throw DecodeFailure(CodecError::Malformed);
            if (copyFlags & kStateBase)
                c.base = loadHlc(ar);
            if (copyFlags & kStateAuthor)
                c.author = loadName(ar, names);
            s.conflicts.push_back(std::move(c));
        }
    }
}

// The names of a page, in the order its records name them.
inline void addPageNames(StateNames &names, const StatePage &p)
{
    for (const StateRecord &r : p.records) {
        names.index(r.entity);
        for (const StateField &f : r.fields) {
            names.index(f.name);
            if (!f.state.author.empty())
                names.index(f.state.author);
            for (const ConflictCopy &c : f.state.conflicts)
                if (!c.author.empty())
                    names.index(c.author);
        }
    }
}

inline void saveFirstForm(OutArchive &ar, const StatePage &p)
{
    StateNames names;
    addPageNames(names, p);
    ar(p.cursor, static_cast<std::uint8_t>(p.hasMore), p.sentAtMs);
    ar(static_cast<std::uint64_t>(names.names().size()));
    for (const std::string *name : names.names())
        detail::saveBytes(ar, *name);
    ar(static_cast<std::uint64_t>(p.records.size()));
    for (const StateRecord &r : p.records) {
        ar(names.index(r.entity));
        detail::saveBytes(ar, r.id);
        ar(static_cast<std::uint64_t>(r.fields.size()));
        const Hlc *prev = nullptr;
        for (const StateField &f : r.fields) {
            detail::saveStateField(ar, f, names, prev);
            prev = &f.state.hlc;
        }
    }
}

inline void loadFirstForm(InArchive &ar, StatePage &p)
{
    std::uint8_t hasMore = 0;
    ar(p.cursor, hasMore, p.sentAtMs);
    if (hasMore > 1)
        throw detail::DecodeFailure(CodecError::Malformed);
    p.hasMore = hasMore == 1;
    std::uint64_t n = 0;
    ar(n);
    n = detail::checkedCount(n, limits::kMaxStateNames, detail::kMinNameBytes);
    std::vector<std::string> names;
    for (std::uint64_t i = 0; i < n; ++i) {
        std::string name;
        detail::loadBytes(ar, name, limits::kMaxNameBytes);
        names.push_back(std::move(name));
    }
    ar(n);
    n = detail::checkedCount(n, limits::kMaxStateRecords, detail::kMinStateRecordBytes);
    p.records.clear();
    for (std::uint64_t i = 0; i < n; ++i) {
        StateRecord r;
        r.entity = detail::loadName(ar, names);
        detail::loadBytes(ar, r.id, limits::kMaxNameBytes);
        std::uint64_t fields = 0;
        ar(fields);
        fields = detail::checkedCount(fields, limits::kMaxStateFields, detail::kMinStateFieldBytes);
        for (std::uint64_t j = 0; j < fields; ++j) {
            StateField f;
            detail::loadStateField(ar, f, names, j == 0 ? nullptr : &r.fields.back().state.hlc);
            r.fields.push_back(std::move(f));
        }
        p.records.push_back(std::move(r));
    }
}

} // namespace detail

// --- Batch and StatePage: the compact form, and the first for older peers --------------------
//
// Both types are at class version 2, the compact form (compactform.h), and still read version
// 1. A peer from before it is written version 1 through FirstForm: a server answers a pull in
// the form the tablet asked for (protocol::kWireParam), and a tablet sends its push in the
// first form to a server that refused the compact one.

} // namespace lykta::sync

#include "compactform.h"

namespace lykta::sync {

namespace detail {

template <class T>
struct FirstForm
{
    const T &message;
};

inline void checkFormVersion(std::uint32_t version)
{
    if (version != kWireTypeVersion && version != kCompactVersion)
        throw DecodeFailure(CodecError::UnsupportedVersion);
}

} // namespace detail

inline void save(OutArchive &ar, const Batch &b, std::uint32_t)
{
    detail::saveCompact(ar, b);
}
inline void save(OutArchive &ar, const detail::FirstForm<Batch> &b, std::uint32_t)
{
    detail::saveFirstForm(ar, b.message);
}
inline void load(InArchive &ar, Batch &b, std::uint32_t version)
{
    detail::checkFormVersion(version);
    if (version == detail::kCompactVersion)
        detail::loadCompact(ar, b);
    else
        detail::loadFirstForm(ar, b);
}

inline void save(OutArchive &ar, const StatePage &p, std::uint32_t)
{
    detail::saveCompact(ar, p);
}
inline void save(OutArchive &ar, const detail::FirstForm<StatePage> &p, std::uint32_t)
{
    detail::saveFirstForm(ar, p.message);
}
inline void load(InArchive &ar, StatePage &p, std::uint32_t version)
{
    detail::checkFormVersion(version);
    if (version == detail::kCompactVersion)
        detail::loadCompact(ar, p);
    else
        detail::loadFirstForm(ar, p);
}

} // namespace lykta::sync

CEREAL_CLASS_VERSION(lykta::sync::Hlc, lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::DeltaId, lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::Delta, lykta::sync::detail::kDeltaVersion)
CEREAL_CLASS_VERSION(lykta::sync::Batch, lykta::sync::detail::kCompactVersion)
CEREAL_CLASS_VERSION(lykta::sync::detail::FirstForm<lykta::sync::Batch>,
                     lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::Rejection, lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::PushResponse, lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::AuditRecord, lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::AuditUpload, lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::AuditReceipt, lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::ServerAuditEntry, lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::ServerAudit, lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::UnitDevice, lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::UnitStaffMember, lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::UnitDevices, lykta::sync::detail::kWireTypeVersion)
CEREAL_CLASS_VERSION(lykta::sync::StatePage, lykta::sync::detail::kCompactVersion)
CEREAL_CLASS_VERSION(lykta::sync::detail::FirstForm<lykta::sync::StatePage>,
                     lykta::sync::detail::kWireTypeVersion)
