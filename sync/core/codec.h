#pragma once

#include "auditupload.h"
#include "batch.h"
#include "codecerror.h"
#include "pushresponse.h"
#include "result.h"
#include "serveraudit.h"
#include "statepage.h"
#include "unitdevices.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace lykta::sync {

// The wire format of push and pull bodies. An envelope, all integers little-endian:
//
//   offset  size  field
//        0     4  magic "LYKT"
//        4     2  format version (this layout)        = kFormatVersion
//        6     2  schema version of the data model     = kSchemaVersion
//        8     1  message type (MessageType)
//        9     1  compression (Compression)
//       10     2  reserved, 0
//       12     4  payload bytes (as stored, after compression)
//       16     4  decoded bytes (after decompression)
//       20     4  CRC-32 (zlib) of bytes 0..19 and the payload
//       24     …  payload: a cereal PortableBinaryArchive, zstd-compressed
//
// Each wire type carries its own CEREAL_CLASS_VERSION; decoders refuse versions they don't
// know. Every length is checked against the caps in limits.h before memory is allocated.
namespace wire {
inline constexpr char kMagic[4] = {'L', 'Y', 'K', 'T'};
inline constexpr std::size_t kHeaderBytes = 24;
inline constexpr std::uint16_t kFormatVersion = 1;
// The data model (entities and fields) the payload is written for; readers accept a range
// so the server can roll out a schema before every tablet has updated.
inline constexpr std::uint16_t kSchemaVersion = 1;
inline constexpr std::uint16_t kMinReadableSchema = 1;
inline constexpr std::uint16_t kMaxReadableSchema = 1;
} // namespace wire

enum class MessageType : std::uint8_t
{
    Batch = 1,
    PushResponse = 2,
    AuditUpload = 3,
    AuditReceipt = 4,
    ServerAudit = 5,
    UnitDevices = 6,
    StatePage = 7,
};

enum class Compression : std::uint8_t
{
    None = 0,
    Zstd = 1,
};

// The form a Batch or a StatePage is written in. Compact (class version 2, compactform.h) is
// what this build writes; First (version 1) is for a peer from before it: a tablet that did
// not ask for the compact form (protocol::kWireParam), a server that refused it. Both decode.
enum class WireForm : std::uint8_t
{
    Compact,
    First,
};

// Encoders fail only with TooLarge (a message beyond the caps, which a peer would refuse).
Result<std::string, CodecError> encode(const Batch &batch, WireForm form = WireForm::Compact);
Result<std::string, CodecError> encode(const PushResponse &response);
Result<std::string, CodecError> encode(const AuditUpload &upload);
Result<std::string, CodecError> encode(const AuditReceipt &receipt);
Result<std::string, CodecError> encode(const ServerAudit &audit);
Result<std::string, CodecError> encode(const UnitDevices &devices);
Result<std::string, CodecError> encode(const StatePage &page, WireForm form = WireForm::Compact);

// The bytes one delta adds to a Batch's payload in the first form, before compression: what a
// pull page's byte budget (limits::kMaxPullPageBytes) counts. The compact form adds less but
// for timestamps far apart (a few bytes more each); the budget is half the wire cap.
std::uint64_t encodedBytes(const Delta &delta);

// Total: any input gives a value or an error, never an exception or a crash.
Result<Batch, CodecError> decodeBatch(std::string_view bytes);
Result<PushResponse, CodecError> decodePushResponse(std::string_view bytes);
Result<AuditUpload, CodecError> decodeAuditUpload(std::string_view bytes);
Result<AuditReceipt, CodecError> decodeAuditReceipt(std::string_view bytes);
Result<ServerAudit, CodecError> decodeServerAudit(std::string_view bytes);
Result<UnitDevices, CodecError> decodeUnitDevices(std::string_view bytes);
Result<StatePage, CodecError> decodeStatePage(std::string_view bytes);

// Lower layers, public for tests and the fuzzer: seal() wraps a raw cereal payload in an
// envelope (compressing it as asked); the *Payload decoders parse a raw cereal payload with
// the same caps as the full decoders, so a fuzzer reaches the parser without forging CRCs.
Result<std::string, CodecError> seal(MessageType type, std::string_view payload,
                                     Compression compression);
Result<Batch, CodecError> decodeBatchPayload(std::string_view payload);
Result<PushResponse, CodecError> decodePushResponsePayload(std::string_view payload);
Result<AuditUpload, CodecError> decodeAuditUploadPayload(std::string_view payload);
Result<AuditReceipt, CodecError> decodeAuditReceiptPayload(std::string_view payload);
Result<ServerAudit, CodecError> decodeServerAuditPayload(std::string_view payload);
Result<UnitDevices, CodecError> decodeUnitDevicesPayload(std::string_view payload);
Result<StatePage, CodecError> decodeStatePagePayload(std::string_view payload);

} // namespace lykta::sync
