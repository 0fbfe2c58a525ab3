// libFuzzer target for the wire decoder: every message type of codec.h. The first byte picks
// the entry point so the fuzzer reaches the cereal parser and the zstd path, not just the CRC
// check (the *Payload decoders parse a raw cereal payload; the "frame" modes wrap the rest as
// a zstd frame in an envelope with a correct CRC):
//    0 decodeBatch         1 decodePushResponse         2 decodeBatchPayload
//    3 decodePushResponsePayload                        4 Batch frame
//    5 decodeAuditUpload   6 decodeAuditUploadPayload   7 AuditUpload frame
//    8 decodeAuditReceipt  9 decodeAuditReceiptPayload 10 AuditReceipt frame
//   11 decodeServerAudit  12 decodeServerAuditPayload  13 ServerAudit frame
//   14 decodeUnitDevices  15 decodeUnitDevicesPayload  16 UnitDevices frame
//   17 decodeStatePage    18 decodeStatePagePayload    19 StatePage frame
// Any successful decode is encoded and decoded again, which must succeed and encode to the
// same bytes (a Batch and a StatePage in both their forms, compact and first).
#include "sync/core/codec.h"

#include <zlib.h>
#include <zstd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <type_traits>

using namespace lykta::sync;

namespace {

void put32(std::string &s, std::size_t at, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        s[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xff);
}

std::string zstdEnvelope(MessageType type, std::string_view frame)
{
    std::string out(wire::kHeaderBytes, '\0');
    std::memcpy(out.data(), wire::kMagic, 4);
    out[4] = static_cast<char>(wire::kFormatVersion);
    out[6] = static_cast<char>(wire::kSchemaVersion);
    out[8] = static_cast<char>(type);
    out[9] = static_cast<char>(Compression::Zstd);
    const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
    put32(out, 12, static_cast<std::uint32_t>(frame.size()));
    put32(out, 16, size < 0xffffffffull ? static_cast<std::uint32_t>(size) : 0u);
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef *>(out.data()), 20);
    crc =
        crc32(crc, reinterpret_cast<const Bytef *>(frame.data()), static_cast<uInt>(frame.size()));
    put32(out, 20, static_cast<std::uint32_t>(crc));
    return out + std::string(frame);
}

template <class T, class Decode, class... Form>
void roundTripIn(const lykta::Result<T, CodecError> &decoded, Decode decode, Form... form)
{
    if (!decoded.ok())
        return;
    auto again = encode(*decoded, form...);
    if (!again.ok())
        std::abort(); // a message we accept must survive our own encoder
    const auto back = decode(*again);
    if (!back.ok())
        std::abort();
    // ... and come back the same: compared as bytes, since a NaN value is never == itself.
    const auto twice = encode(*back, form...);
    if (!twice.ok() || *twice != *again)
        std::abort();
}

// Batch and StatePage round-trip in both their forms (codec.h, WireForm).
template <class T, class Decode>
void roundTrip(const lykta::Result<T, CodecError> &decoded, Decode decode)
{
    roundTripIn(decoded, decode);
    if constexpr (std::is_same_v<T, Batch> || std::is_same_v<T, StatePage>)
        roundTripIn(decoded, decode, WireForm::First);
}

// One audit message type's three entry points: `mode` 0 the envelope, 1 the raw payload,
// 2 the rest as a zstd frame in an envelope of `type`.
template <class Decode, class DecodePayload>
void auditMessage(int mode, MessageType type, std::string_view rest, Decode decode,
                  DecodePayload decodePayload)
{
    if (mode == 0)
        roundTrip(decode(rest), decode);
    else if (mode == 1)
        roundTrip(decodePayload(rest), decode);
    else
        roundTrip(decode(zstdEnvelope(type, rest)), decode);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0 || size > (1u << 20))
        return 0;
    const std::string_view rest(reinterpret_cast<const char *>(data) + 1, size - 1);
    switch (data[0] % 20) {
    case 0:
        roundTrip(decodeBatch(rest), decodeBatch);
        break;
    case 1:
        roundTrip(decodePushResponse(rest), decodePushResponse);
        break;
    case 2:
        roundTrip(decodeBatchPayload(rest), decodeBatch);
        break;
    case 3:
        roundTrip(decodePushResponsePayload(rest), decodePushResponse);
        break;
    case 4:
        roundTrip(decodeBatch(zstdEnvelope(MessageType::Batch, rest)), decodeBatch);
        break;
    case 5:
    case 6:
    case 7:
        auditMessage(data[0] % 20 - 5, MessageType::AuditUpload, rest, decodeAuditUpload,
                     decodeAuditUploadPayload);
        break;
    case 8:
    case 9:
    case 10:
        auditMessage(data[0] % 20 - 8, MessageType::AuditReceipt, rest, decodeAuditReceipt,
                     decodeAuditReceiptPayload);
        break;
    case 11:
    case 12:
    case 13:
        auditMessage(data[0] % 20 - 11, MessageType::ServerAudit, rest, decodeServerAudit,
                     decodeServerAuditPayload);
        break;
    case 14:
    case 15:
    case 16:
        auditMessage(data[0] % 20 - 14, MessageType::UnitDevices, rest, decodeUnitDevices,
                     decodeUnitDevicesPayload);
        break;
    default:
        auditMessage(data[0] % 20 - 17, MessageType::StatePage, rest, decodeStatePage,
                     decodeStatePagePayload);
        break;
    }
    return 0;
}
