#pragma once

#include "unitcipher.h"

#include <cstdint>

namespace lykta::crypto {

// Where the bytes SQLite sees (logical) live in the file on disk (physical). SQLite keeps
// its own offsets; each sealed unit takes kUnitOverhead more bytes on disk than it holds.
//   Blocks: the database and journals, one unit per 4096 logical bytes from offset 0.
//   Wal:    the 32-byte WAL header and each 24-byte frame header stay plain (salts, page
//           numbers and SQLite's checksums, no content); each frame's page is one unit.
// A unit's fill (how many plain bytes it holds) is its length on disk minus the overhead;
// only the last unit of a file may be partly filled.
struct Segment
{
    bool sealed = false;
    std::int64_t logical = 0;  // where the segment starts, in SQLite's offsets
    std::int64_t physical = 0; // where it starts on disk
    std::int64_t capacity = 0; // plain bytes it can hold
    std::uint64_t unit = 0;    // the unit's index, bound into its seal
};

class FileLayout
{
public:
    enum class Shape
    {
        Blocks,
        Wal
    };

    explicit FileLayout(Shape shape) : m_shape(shape) {}
    Shape shape() const { return m_shape; }

    // The segment holding logical byte `offset`.
    Segment segmentAt(std::int64_t offset) const;
    std::int64_t logicalSize(std::int64_t physicalSize) const;
    std::int64_t physicalSize(std::int64_t logicalSize) const;

    static constexpr std::int64_t kWalHeader = 32;
    static constexpr std::int64_t kFrameHeader = 24;

private:
    Shape m_shape;
};

} // namespace lykta::crypto
