#include "secondtablet.h"

#include "indicatorreader.h"
#include "indicators.h"

namespace lykta::test {

namespace {

QVariant toVariant(const sync::Value &v)
{
    if (const auto *i = std::get_if<std::int64_t>(&v))
        return QVariant::fromValue(qint64(*i));
    if (const auto *d = std::get_if<double>(&v))
        return *d;
    if (const auto *s = std::get_if<std::string>(&v))
        return QString::fromStdString(*s);
    if (const auto *b = std::get_if<sync::Blob>(&v))
        return QByteArray(reinterpret_cast<const char *>(b->data()), qsizetype(b->size()));
    return {};
}

QString shownValue(const sync::Value &v)
{
    return sync::isNull(v) ? QStringLiteral("null") : toVariant(v).toString();
}

template <typename Map>
QVariantMap counts(const Map &m)
{
    QVariantMap out;
    for (const auto &[key, n] : m)
        out.insert(key, n);
    return out;
}

QVariantList recordsOf(const store::Store &store, const QString &entity)
{
    QVariantList out;
    const auto rows = store.list(entity.toStdString());
    if (!rows)
        return out;
    for (const auto &r : *rows) {
        QVariantMap row;
        row.insert(QStringLiteral("id"), QString::fromStdString(r.id));
        for (const auto &[field, value] : r.fields)
            row.insert(QString::fromStdString(field), toVariant(value));
        out.push_back(row);
    }
    return out;
}

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

SecondTablet::SecondTablet(const TestServer &server, Tablet tablet, const store::Store &first)
    : m_server(server), m_tablet(std::move(tablet)), m_first(first)
{}

bool SecondTablet::sync()
{
    const auto status = syncTablet(m_server, m_tablet);
    if (status.error)
        qWarning("the second tablet's sync failed: %s", status.error->detail.c_str());
    return !status.error;
}

QVariantList SecondTablet::records(const QString &entity) const
{
    return recordsOf(*m_tablet.store, entity);
}

QVariantList SecondTablet::firstRecords(const QString &entity) const
{
    return recordsOf(m_first, entity);
}

QStringList SecondTablet::differences() const
{
    QStringList out;
    for (const auto &def : m_first.catalog().entities()) {
        const auto mine = m_first.list(def.name);
        if (!mine) {
            out << QString::fromStdString(def.name) + QStringLiteral(": cannot be read");
            continue;
        }
        for (const auto &record : *mine) {
            const QString where = QString::fromStdString(def.name + " " + record.id);
            const auto theirs = m_tablet.store->get(def.name, record.id);
            if (!theirs || !*theirs) {
                out << where + QStringLiteral(": missing");
                continue;
            }
            for (const auto &[field, value] : record.fields) {
                const auto &other = (*theirs)->value(field);
                if (other != value)
                    out << where + QStringLiteral(" %1: %2 ≠ %3")
                                       .arg(QString::fromStdString(field), shownValue(value),
                                            shownValue(other));
            }
        }
    }
    return out;
}

QVariantMap SecondTablet::firstCounts() const
{
    QVariantMap out;
    for (const auto &def : m_first.catalog().entities()) {
        const auto rows = m_first.list(def.name);
        out.insert(QString::fromStdString(def.name), rows ? int(rows->size()) : -1);
    }
    return out;
}

QVariantMap SecondTablet::indicators(const QString &from, const QString &to) const
{
    const auto input = followup::IndicatorReader(*m_tablet.store).read(m_tablet.actor.unitId);
    if (!input)
        return {};
    const followup::Period period{QDate::fromString(from, Qt::ISODate),
                                  QDate::fromString(to, Qt::ISODate)};
    const auto i = followup::computeIndicators(*input, m_tablet.actor.unitId, period);
    if (!i)
        return {};
    return {{"childrenReached", i->childrenReached},
            {"childrenByAgeBand", counts(i->childrenByAgeBand)},
            {"childrenByGender", counts(i->childrenByGender)},
            {"seriesStarted", i->seriesStarted},
            {"seriesCompleted", i->seriesCompleted},
            {"seriesDeclined", i->seriesDeclined},
            {"seriesEnded", i->seriesEnded},
            {"seriesActive", i->seriesActive},
            {"seriesReferredToGroup", i->seriesReferredToGroup},
            {"seriesReferredToOtherSupport", i->seriesReferredToOtherSupport},
            {"conversations", i->conversations},
            {"conversationsByKind", counts(i->conversationsByKind)},
            {"conversationsByKvaCode", counts(i->conversationsByKvaCode)},
            {"conversationsWithoutKva", i->conversationsWithoutKva},
            {"familiesWithFirstConversation", i->familiesWithFirstConversation},
            {"medianDaysToFirstConversation", optional(i->medianDaysToFirstConversation)},
            {"groupsRun", i->groupsRun},
            {"sessionsHeld", i->sessionsHeld},
            {"childrenInGroups", i->childrenInGroups},
            {"attendanceMarks", i->attendanceMarks},
            {"attendancePresent", i->attendancePresent},
            {"attendanceMembers", i->attendanceMembers},
            {"attendanceRatePercent", optional(i->attendanceRatePercent)},
            {"moodPairs", i->moodPairs},
            {"moodMembers", i->moodMembers},
            {"moodMeanStart", optional(i->moodMeanStart)},
            {"moodMeanEnd", optional(i->moodMeanEnd)},
            {"moodRose", i->moodRose},
            {"moodSame", i->moodSame},
            {"moodFell", i->moodFell},
            {"familiesReached", i->familiesReached},
            {"familiesByProblemType", counts(i->familiesByProblemType)}};
}

} // namespace lykta::test
