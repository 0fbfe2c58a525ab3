#include "questionnaireinstrument.h"

#include <array>

namespace lykta::domain {

namespace {

struct KnownInstrument
{
    const char *name;
    ScoreRange range;
};

constexpr std::array kKnown{
    KnownInstrument{"SDQ", {0, 40}},       KnownInstrument{"Livsstegen", {0, 10}},
    KnownInstrument{"KASAM-13", {13, 91}}, KnownInstrument{"KASAM-29", {29, 203}},
    KnownInstrument{"KASAM", {13, 203}},
};

} // namespace

std::optional<ScoreRange> scoreRange(const QString &instrument)
{
    const QString name = instrument.trimmed();
    for (const auto &known : kKnown) {
        if (name.compare(QLatin1String(known.name), Qt::CaseInsensitive) == 0)
            return known.range;
    }
    return std::nullopt;
}

QStringList knownInstruments()
{
    QStringList out;
    for (const auto &known : kKnown)
        out << QString::fromLatin1(known.name);
    return out;
}

} // namespace lykta::domain
