#include "filelayout.h"

#include <algorithm>

namespace lykta::crypto {

namespace {

constexpr auto kUnit = static_cast<std::int64_t>(kUnitSize);
constexpr auto kOverhead = static_cast<std::int64_t>(kUnitOverhead);
constexpr std::int64_t kSealed = kUnit + kOverhead;
constexpr std::int64_t kLogicalFrame = FileLayout::kFrameHeader + kUnit;
constexpr std::int64_t kPhysicalFrame = FileLayout::kFrameHeader + kSealed;

// The plain bytes of a unit whose record on disk is `onDisk` bytes long (cut at the end).
std::int64_t fillOf(std::int64_t onDisk)
{
    return std::clamp<std::int64_t>(onDisk - kOverhead, 0, kUnit);
}

} // namespace

Segment FileLayout::segmentAt(std::int64_t offset) const
{
    if (m_shape == Shape::Blocks) {
        const std::int64_t unit = offset / kUnit;
        return {true, unit * kUnit, unit * kSealed, kUnit, static_cast<std::uint64_t>(unit)};
    }
    if (offset < kWalHeader)
        return {false, 0, 0, kWalHeader, 0};
    const std::int64_t frame = (offset - kWalHeader) / kLogicalFrame;
    const std::int64_t within = (offset - kWalHeader) % kLogicalFrame;
    const std::int64_t logical = kWalHeader + frame * kLogicalFrame;
    const std::int64_t physical = kWalHeader + frame * kPhysicalFrame;
    if (within < kFrameHeader)
        return {false, logical, physical, kFrameHeader, 0};
    return {true, logical + kFrameHeader, physical + kFrameHeader, kUnit,
            static_cast<std::uint64_t>(frame)};
}

std::int64_t FileLayout::logicalSize(std::int64_t physicalSize) const
{
    if (m_shape == Shape::Blocks)
        return (physicalSize / kSealed) * kUnit + fillOf(physicalSize % kSealed);
    if (physicalSize <= kWalHeader)
        return physicalSize;
    const std::int64_t frames = (physicalSize - kWalHeader) / kPhysicalFrame;
    const std::int64_t rest = (physicalSize - kWalHeader) % kPhysicalFrame;
    const std::int64_t base = kWalHeader + frames * kLogicalFrame;
    if (rest <= kFrameHeader)
        return base + rest;
    return base + kFrameHeader + fillOf(rest - kFrameHeader);
}

std::int64_t FileLayout::physicalSize(std::int64_t logicalSize) const
{
    if (m_shape == Shape::Blocks) {
        const std::int64_t rest = logicalSize % kUnit;
        return (logicalSize / kUnit) * kSealed + (rest ? rest + kOverhead : 0);
    }
    if (logicalSize <= kWalHeader)
        return logicalSize;
    const std::int64_t frames = (logicalSize - kWalHeader) / kLogicalFrame;
    const std::int64_t rest = (logicalSize - kWalHeader) % kLogicalFrame;
    const std::int64_t base = kWalHeader + frames * kPhysicalFrame;
    if (rest <= kFrameHeader)
        return base + rest;
    return base + rest + kOverhead;
}

} // namespace lykta::crypto
