#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace lykta::domain {

// The total-score range of the follow-up instruments Lykta knows by name. Only the range is
// here: the instruments' questions are licensed and entered by the customer, never shipped.
struct ScoreRange
{
    double min = 0;
    double max = 0;
};

// SDQ (total difficulties 0-40), Livsstegen (0-10), KASAM-13 (13-91), KASAM-29 (29-203) and
// KASAM with the form unstated (13-203); the name is matched without regard to case.
// An instrument Lykta does not know has no range: any finite score is accepted.
std::optional<ScoreRange> scoreRange(const QString &instrument);

// The instruments scoreRange() knows, for a picker.
QStringList knownInstruments();

} // namespace lykta::domain
