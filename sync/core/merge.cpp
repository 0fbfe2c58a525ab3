#include "merge.h"

#include <algorithm>

namespace lykta::sync {

namespace {

ConflictCopy copyOf(const Delta &d)
{
    return {d.value, d.hlc, d.base, d.author};
}
ConflictCopy copyOf(const FieldState &s)
{
    return {s.value, s.hlc, s.base, s.author};
}

bool hasCopy(const FieldState &s, const Hlc &hlc)
{
    return std::any_of(s.conflicts.begin(), s.conflicts.end(),
                       [&](const ConflictCopy &c) { return c.hlc == hlc; });
}

// Some value this replica holds was written on top of `hlc`: that text was seen and replaced.
bool isSuperseded(const FieldState &s, const Hlc &hlc)
{
    if (s.base == hlc)
        return true;
    return std::any_of(s.conflicts.begin(), s.conflicts.end(),
                       [&](const ConflictCopy &c) { return c.base == hlc; });
}

void insertCopy(std::vector<ConflictCopy> &copies, ConflictCopy copy)
{
    // Sorted by hlc so equal sets compare equal whatever order they were built in.
    auto at = std::lower_bound(copies.begin(), copies.end(), copy.hlc,
                               [](const ConflictCopy &c, const Hlc &h) { return c.hlc < h; });
    copies.insert(at, std::move(copy));
}

} // namespace

bool isSignedStatus(const Value &status)
{
    const auto *text = std::get_if<std::string>(&status);
    return text && *text == kSignedStatus;
}

MergeOutcome merge(const FieldState &current, const Delta &incoming, FieldKind kind,
                   bool recordSigned)
{
    MergeOutcome out;
    out.state = current;

    const bool longText = kind == FieldKind::LongText;
    if (incoming.hlc == current.hlc || (longText && hasCopy(current, incoming.hlc)) ||
        (longText && incoming.hlc < current.hlc && isSuperseded(current, incoming.hlc))) {
        out.result = MergeResult::Duplicate;
        return out;
    }
    if (recordSigned) {
        out.result = MergeResult::Rejected;
        out.reason = RejectReason::SignedImmutable;
        return out;
    }

    if (!longText) {
        if (incoming.hlc > current.hlc) {
            out.result = MergeResult::Applied;
            out.state = {incoming.value, incoming.hlc, incoming.base, incoming.author, {}};
        } else {
            out.result = MergeResult::Lost;
        }
        return out;
    }

    // The incoming writer saw these copies (its base, or the versions it names as seen: a
    // person's resolution) and wrote over them.
    auto &copies = out.state.conflicts;
    for (const ConflictCopy &c : current.conflicts) {
        if (incoming.replaces(c.hlc))
            out.resolved.push_back(c.hlc);
    }
    std::erase_if(copies, [&](const ConflictCopy &c) { return incoming.replaces(c.hlc); });

    if (incoming.hlc > current.hlc) {
        out.result = MergeResult::Applied;
        // The displaced text survives unless the incoming writer replaced it knowingly.
        if (!current.hlc.isNull() && !incoming.replaces(current.hlc)) {
            out.conflict = copyOf(current);
            insertCopy(copies, *out.conflict);
        }
        out.state.value = incoming.value;
        out.state.hlc = incoming.hlc;
        out.state.base = incoming.base;
        out.state.author = incoming.author;
    } else {
        // Older than current and not based on by anything we hold: a concurrent edit that lost.
        out.result = MergeResult::Lost;
        out.conflict = copyOf(incoming);
        insertCopy(copies, *out.conflict);
    }
    return out;
}

} // namespace lykta::sync
