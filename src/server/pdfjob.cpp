#include "pdfjob.h"

#include <QDataStream>
#include <QIODevice>

namespace lykta::server {

namespace {

constexpr quint32 kTag = 0x4c4b5044; // "LKPD"
constexpr quint16 kVersion = 1;
// More rows than any unit's report has: a larger count is not a job.
constexpr quint32 kMaxCells = 100'000;

} // namespace

QByteArray PdfJob::encode() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kTag << kVersion << period.from << period.to << unitName << generated
        << qint32(threshold) << quint32(cells.size());
    for (const auto &c : cells) {
        out << followup::keyName(c.indicator) << c.category << quint8(c.kind) << c.value.has_value()
            << c.value.value_or(0.0) << qint32(c.decimals) << qint32(c.basePersons) << c.suppressed;
    }
    return bytes;
}

std::optional<PdfJob> PdfJob::decode(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 tag = 0, count = 0;
    quint16 version = 0;
    qint32 threshold = 0;
    PdfJob job;
    in >> tag >> version;
    if (in.status() != QDataStream::Ok || tag != kTag || version != kVersion)
        return std::nullopt;
    in >> job.period.from >> job.period.to >> job.unitName >> job.generated >> threshold >> count;
    if (in.status() != QDataStream::Ok || count > kMaxCells)
        return std::nullopt;
    job.threshold = threshold;
    job.cells.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        followup::IndicatorCell c;
        QString indicator;
        quint8 kind = 0;
        bool hasValue = false;
        double value = 0;
        qint32 decimals = 0, basePersons = 0;
        in >> indicator >> c.category >> kind >> hasValue >> value >> decimals >> basePersons >>
            c.suppressed;
        const auto key = followup::indicatorKeyNamed(indicator);
        if (in.status() != QDataStream::Ok || !key ||
            kind > quint8(followup::IndicatorCell::Kind::Statistic))
            return std::nullopt;
        c.indicator = *key;
        c.kind = static_cast<followup::IndicatorCell::Kind>(kind);
        if (hasValue)
            c.value = value;
        c.decimals = decimals;
        c.basePersons = basePersons;
        job.cells.push_back(std::move(c));
    }
    if (!in.atEnd())
        return std::nullopt;
    return job;
}

} // namespace lykta::server
