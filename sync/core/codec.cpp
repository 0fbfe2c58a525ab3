#include "codec.h"

#include "serialization.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>
#include <istream>
#include <memory>
#include <new>
#include <sstream>
#include <type_traits>
#include <variant>

namespace lykta::sync {

namespace {

// zstd's default level: about the same ratio as gzip -6 on our payloads, much faster.
constexpr int kZstdLevel = 3;

// Reads a byte range in place: no copy of the (already capped) payload.
class MemoryBuffer : public std::streambuf
{
public:
    explicit MemoryBuffer(std::string_view bytes)
    {
        char *begin = const_cast<char *>(bytes.data()); // never written: get area only
        setg(begin, begin, begin + bytes.size());
    }
};

// Points the SizeTag guard at the buffer being decoded for the duration of one decode.
class DecodeScope
{
public:
    explicit DecodeScope(std::streambuf *buffer) : m_previous(detail::currentDecodeBuffer())
    {
        detail::currentDecodeBuffer() = buffer;
    }
    ~DecodeScope() { detail::currentDecodeBuffer() = m_previous; }
    DecodeScope(const DecodeScope &) = delete;
    DecodeScope &operator=(const DecodeScope &) = delete;

private:
    std::streambuf *m_previous;
};

template <class T>
std::string toPayload(const T &message)
{
    std::ostringstream out;
    {
        OutArchive ar(out);
        ar(message);
    }
    return std::move(out).str();
}

template <class T>
Result<T, CodecError> fromPayload(std::string_view payload)
{
    try {
        MemoryBuffer buffer(payload);
        std::istream in(&buffer);
        DecodeScope scope(&buffer);
        T message;
        {
            InArchive ar(in);
            ar(message);
        }
        if (buffer.in_avail() != 0)
            return CodecError::Malformed; // trailing bytes: not what the sender wrote
        return message;
    } catch (const detail::DecodeFailure &e) {
        return e.code;
    } catch (const std::bad_alloc &) {
        return CodecError::TooLarge;
    } catch (const std::exception &) {
        // cereal::Exception (short read) and anything else the library may throw.
        return CodecError::Malformed;
    } catch (...) {
        return CodecError::Malformed;
    }
}

void putU16(char *at, std::uint16_t v)
{
    at[0] = static_cast<char>(v & 0xff);
    at[1] = static_cast<char>(v >> 8);
}
void putU32(char *at, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        at[i] = static_cast<char>((v >> (8 * i)) & 0xff);
}
std::uint16_t getU16(const char *at)
{
    return static_cast<std::uint16_t>(static_cast<unsigned char>(at[0]) |
                                      (static_cast<unsigned char>(at[1]) << 8));
}
std::uint32_t getU32(const char *at)
{
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v |= std::uint32_t{static_cast<unsigned char>(at[i])} << (8 * i);
    return v;
}

std::uint32_t checksum(std::string_view header, std::string_view payload)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef *>(header.data()),
                static_cast<uInt>(header.size()));
    crc = crc32(crc, reinterpret_cast<const Bytef *>(payload.data()),
                static_cast<uInt>(payload.size())); // payload <= kMaxWireBytes fits uInt
    return static_cast<std::uint32_t>(crc);
}

ZSTD_DCtx *decompressionContext()
{
    // One per thread, reused: a context is ~100 KiB and decoding is frequent.
    thread_local std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(),
                                                                          &ZSTD_freeDCtx);
    return ctx.get();
}

Result<std::string, CodecError> decompress(std::string_view frame, std::uint32_t declared)
{
    // The frame states its content size; refuse frames that don't, or that disagree with
    // the envelope, before allocating the output.
    const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
        return CodecError::BadCompression;
    if (size > limits::kMaxDecodedBytes)
        return CodecError::TooLarge;
    if (size != declared)
        return CodecError::BadCompression;
    const std::size_t frameSize = ZSTD_findFrameCompressedSize(frame.data(), frame.size());
    if (ZSTD_isError(frameSize) || frameSize != frame.size())
        return CodecError::BadCompression; // one frame, nothing after it
    ZSTD_DCtx *ctx = decompressionContext();
    if (!ctx)
        return CodecError::TooLarge;
    std::string out(static_cast<std::size_t>(size), '\0');
    const std::size_t n =
        ZSTD_decompressDCtx(ctx, out.data(), out.size(), frame.data(), frame.size());
    if (ZSTD_isError(n) || n != out.size())
        return CodecError::BadCompression;
    return out;
}

template <class T>
Result<T, CodecError> open(std::string_view bytes, MessageType expected)
{
    if (bytes.size() > limits::kMaxWireBytes)
        return CodecError::TooLarge;
    const std::size_t magicBytes = std::min(bytes.size(), sizeof wire::kMagic);
    if (std::memcmp(bytes.data(), wire::kMagic, magicBytes) != 0)
        return CodecError::BadMagic;
    if (bytes.size() < wire::kHeaderBytes)
        return CodecError::Truncated;

    const char *h = bytes.data();
    if (getU16(h + 4) != wire::kFormatVersion)
        return CodecError::UnsupportedVersion;
    const std::uint16_t schema = getU16(h + 6);
    if (schema < wire::kMinReadableSchema || schema > wire::kMaxReadableSchema)
        return CodecError::UnsupportedSchema;
    const std::uint32_t payloadBytes = getU32(h + 12);
    const std::uint32_t decodedBytes = getU32(h + 16);
    if (payloadBytes > limits::kMaxWireBytes - wire::kHeaderBytes ||
        decodedBytes > limits::kMaxDecodedBytes)
        return CodecError::TooLarge;
    if (bytes.size() - wire::kHeaderBytes < payloadBytes)
        return CodecError::Truncated;
    if (bytes.size() - wire::kHeaderBytes > payloadBytes)
        return CodecError::Malformed;
    const std::string_view payload = bytes.substr(wire::kHeaderBytes);
    if (checksum(bytes.substr(0, 20), payload) != getU32(h + 20))
        return CodecError::BadChecksum;

    if (static_cast<MessageType>(h[8]) != expected)
        return CodecError::WrongType;
    if (getU16(h + 10) != 0)
        return CodecError::Malformed;
    switch (static_cast<Compression>(h[9])) {
    case Compression::None:
        if (decodedBytes != payloadBytes)
            return CodecError::Malformed;
        return fromPayload<T>(payload);
    case Compression::Zstd: {
        auto raw = decompress(payload, decodedBytes);
        if (!raw)
            return raw.error();
        return fromPayload<T>(*raw);
    }
    }
    return CodecError::Malformed;
}

// A raw payload (the *Payload decoders) under the same cap as a decompressed one.
template <class T>
Result<T, CodecError> boundedPayload(std::string_view payload)
{
    if (payload.size() > limits::kMaxDecodedBytes)
        return CodecError::TooLarge;
    return fromPayload<T>(payload);
}

template <class T>
Result<std::string, CodecError> encodeMessage(const T &message, MessageType type)
{
    try {
        return seal(type, toPayload(message), Compression::Zstd);
    } catch (const std::bad_alloc &) {
        return CodecError::TooLarge;
    }
}

} // namespace

const char *toString(CodecError error)
{
    switch (error) {
    case CodecError::BadMagic:
        return "bad-magic";
    case CodecError::UnsupportedVersion:
        return "unsupported-version";
    case CodecError::UnsupportedSchema:
        return "unsupported-schema";
    case CodecError::WrongType:
        return "wrong-type";
    case CodecError::TooLarge:
        return "too-large";
    case CodecError::Truncated:
        return "truncated";
    case CodecError::BadChecksum:
        return "bad-checksum";
    case CodecError::BadCompression:
        return "bad-compression";
    case CodecError::Malformed:
        return "malformed";
    }
    return "unknown";
}

Result<std::string, CodecError> seal(MessageType type, std::string_view payload,
                                     Compression compression)
{
    if (payload.size() > limits::kMaxDecodedBytes)
        return CodecError::TooLarge;
    std::string body;
    if (compression == Compression::Zstd) {
        body.resize(ZSTD_compressBound(payload.size()));
        const std::size_t n =
            ZSTD_compress(body.data(), body.size(), payload.data(), payload.size(), kZstdLevel);
        if (ZSTD_isError(n))
            return CodecError::BadCompression;
        body.resize(n);
    } else {
        body.assign(payload);
    }
    if (body.size() > limits::kMaxWireBytes - wire::kHeaderBytes)
        return CodecError::TooLarge;

    std::string out(wire::kHeaderBytes, '\0');
    std::memcpy(out.data(), wire::kMagic, sizeof wire::kMagic);
    putU16(out.data() + 4, wire::kFormatVersion);
    putU16(out.data() + 6, wire::kSchemaVersion);
    out[8] = static_cast<char>(type);
    out[9] = static_cast<char>(compression);
    putU32(out.data() + 12, static_cast<std::uint32_t>(body.size()));
    putU32(out.data() + 16, static_cast<std::uint32_t>(payload.size()));
    putU32(out.data() + 20, checksum(std::string_view(out).substr(0, 20), body));
    out += body;
    return out;
}

std::uint64_t encodedBytes(const Delta &delta)
{
    // As the first form writes it (serialization.h): the id (16), four names with an 8-byte length
    // each, the value's tag (1) and payload, two Hlcs (18 each) and the seen list's count (8) and
    // Hlcs.
    constexpr std::uint64_t kFixed = 16 + 4 * 8 + 1 + 2 * 18 + 8;
    constexpr std::uint64_t kHlc = 18;
    const std::uint64_t value = std::visit(
        [](const auto &v) -> std::uint64_t {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return 0;
            else if constexpr (std::is_same_v<T, std::int64_t> || std::is_same_v<T, double>)
                return 8;
            else
                return 8 + v.size();
        },
        delta.value);
    return kFixed + delta.entity.size() + delta.entityId.size() + delta.field.size() +
           delta.author.size() + value + kHlc * delta.seen.size();
}

Result<std::string, CodecError> encode(const Batch &batch, WireForm form)
{
    if (batch.deltas.size() > limits::kMaxDeltasPerBatch)
        return CodecError::TooLarge;
    for (const Delta &d : batch.deltas) {
        if (d.seen.size() > limits::kMaxConflictCopies)
            return CodecError::TooLarge; // the decoder would refuse it
    }
    if (form == WireForm::First)
        return encodeMessage(detail::FirstForm<Batch>{batch}, MessageType::Batch);
    return encodeMessage(batch, MessageType::Batch);
}

Result<std::string, CodecError> encode(const PushResponse &response)
{
    if (response.accepted.size() > limits::kMaxDeltasPerBatch ||
        response.rejected.size() > limits::kMaxDeltasPerBatch)
        return CodecError::TooLarge;
    return encodeMessage(response, MessageType::PushResponse);
}

Result<std::string, CodecError> encode(const AuditUpload &upload)
{
    if (upload.entries.size() > limits::kMaxAuditEntriesPerUpload)
        return CodecError::TooLarge;
    for (const AuditRecord &r : upload.entries) {
        for (const std::string *text : {&r.staff, &r.unit, &r.action, &r.entity, &r.subject})
            if (text->size() > limits::kMaxNameBytes)
                return CodecError::TooLarge; // the decoder would refuse it
    }
    return encodeMessage(upload, MessageType::AuditUpload);
}

Result<std::string, CodecError> encode(const AuditReceipt &receipt)
{
    if (receipt.refused.size() > limits::kMaxAuditEntriesPerUpload ||
        receipt.detail.size() > limits::kMaxNameBytes)
        return CodecError::TooLarge;
    return encodeMessage(receipt, MessageType::AuditReceipt);
}

Result<std::string, CodecError> encode(const ServerAudit &audit)
{
    if (audit.entries.size() > limits::kMaxServerAuditEntries ||
        audit.subject.size() > limits::kMaxNameBytes)
        return CodecError::TooLarge;
    for (const ServerAuditEntry &e : audit.entries) {
        for (const std::string *text :
             {&e.staff, &e.staffName, &e.unit, &e.action, &e.entity, &e.subject})
            if (text->size() > limits::kMaxNameBytes)
                return CodecError::TooLarge; // the decoder would refuse it
    }
    return encodeMessage(audit, MessageType::ServerAudit);
}

Result<ServerAudit, CodecError> decodeServerAudit(std::string_view bytes)
{
    return open<ServerAudit>(bytes, MessageType::ServerAudit);
}

Result<std::string, CodecError> encode(const UnitDevices &devices)
{
    if (devices.devices.size() > limits::kMaxUnitDevices ||
        devices.staff.size() > limits::kMaxUnitDevices ||
        devices.unit.size() > limits::kMaxNameBytes)
        return CodecError::TooLarge;
    for (const UnitDevice &d : devices.devices) {
        for (const std::string *text : {&d.kind, &d.name, &d.staff, &d.staffName, &d.appVersion})
            if (text->size() > limits::kMaxNameBytes)
                return CodecError::TooLarge; // the decoder would refuse it
    }
    for (const UnitStaffMember &m : devices.staff) {
        for (const std::string *text : {&m.id, &m.name, &m.role})
            if (text->size() > limits::kMaxNameBytes)
                return CodecError::TooLarge;
    }
    return encodeMessage(devices, MessageType::UnitDevices);
}

Result<std::string, CodecError> encode(const StatePage &page, WireForm form)
{
    if (page.records.size() > limits::kMaxStateRecords)
        return CodecError::TooLarge;
    for (const StateRecord &r : page.records) {
        if (r.fields.size() > limits::kMaxStateFields || r.entity.size() > limits::kMaxNameBytes ||
            r.id.size() > limits::kMaxNameBytes)
            return CodecError::TooLarge; // the decoder would refuse it
        for (const StateField &f : r.fields) {
            if (f.name.size() > limits::kMaxNameBytes ||
                f.state.author.size() > limits::kMaxNameBytes ||
                f.state.conflicts.size() > limits::kMaxConflictCopies)
                return CodecError::TooLarge;
            for (const ConflictCopy &c : f.state.conflicts)
                if (c.author.size() > limits::kMaxNameBytes)
                    return CodecError::TooLarge;
        }
    }
    if (form == WireForm::First)
        return encodeMessage(detail::FirstForm<StatePage>{page}, MessageType::StatePage);
    return encodeMessage(page, MessageType::StatePage);
}

Result<StatePage, CodecError> decodeStatePage(std::string_view bytes)
{
    return open<StatePage>(bytes, MessageType::StatePage);
}

Result<UnitDevices, CodecError> decodeUnitDevices(std::string_view bytes)
{
    return open<UnitDevices>(bytes, MessageType::UnitDevices);
}

Result<AuditUpload, CodecError> decodeAuditUpload(std::string_view bytes)
{
    return open<AuditUpload>(bytes, MessageType::AuditUpload);
}

Result<AuditReceipt, CodecError> decodeAuditReceipt(std::string_view bytes)
{
    return open<AuditReceipt>(bytes, MessageType::AuditReceipt);
}

Result<Batch, CodecError> decodeBatch(std::string_view bytes)
{
    return open<Batch>(bytes, MessageType::Batch);
}

Result<PushResponse, CodecError> decodePushResponse(std::string_view bytes)
{
    return open<PushResponse>(bytes, MessageType::PushResponse);
}

Result<Batch, CodecError> decodeBatchPayload(std::string_view payload)
{
    return boundedPayload<Batch>(payload);
}

Result<PushResponse, CodecError> decodePushResponsePayload(std::string_view payload)
{
    return boundedPayload<PushResponse>(payload);
}

Result<AuditUpload, CodecError> decodeAuditUploadPayload(std::string_view payload)
{
    return boundedPayload<AuditUpload>(payload);
}

Result<AuditReceipt, CodecError> decodeAuditReceiptPayload(std::string_view payload)
{
    return boundedPayload<AuditReceipt>(payload);
}

Result<ServerAudit, CodecError> decodeServerAuditPayload(std::string_view payload)
{
    return boundedPayload<ServerAudit>(payload);
}

Result<UnitDevices, CodecError> decodeUnitDevicesPayload(std::string_view payload)
{
    return boundedPayload<UnitDevices>(payload);
}

Result<StatePage, CodecError> decodeStatePagePayload(std::string_view payload)
{
    return boundedPayload<StatePage>(payload);
}

} // namespace lykta::sync
