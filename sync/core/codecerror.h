#pragma once

#include <cstdint>

namespace lykta::sync {

// Why a wire message was refused. Decoding never throws and never crashes; every way an
// input can be wrong ends in one of these.
enum class CodecError : std::uint8_t
{
    BadMagic = 1,       // not a Lykta envelope at all
    UnsupportedVersion, // envelope format or a wire type's class version this build can't read
    UnsupportedSchema,  // written for a data schema outside MinReadable..MaxReadable
    WrongType,          // a valid envelope carrying another message type than expected
    TooLarge,           // a size or count beyond the caps in limits.h
    Truncated,          // fewer bytes than the envelope or a length inside it claims
    BadChecksum,        // bytes damaged in transit
    BadCompression,     // the zstd frame is damaged or does not match the envelope
    Malformed,          // structurally invalid payload (bad tag, trailing bytes, ...)
};

const char *toString(CodecError error);

} // namespace lykta::sync
