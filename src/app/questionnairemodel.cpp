#include "questionnairemodel.h"

#include "errortext.h"
#include "questionnaireinstrument.h"
#include "questionnaireservice.h"

#include <QLocale>

#include <map>

namespace lykta::app {

namespace {

using Timepoint = domain::QuestionnaireSchedule::Timepoint;

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

} // namespace

void QuestionnaireModel::setGroupId(const QString &id)
{
    if (assignAndRefresh(m_groupId, id))
        emit groupIdChanged();
}

void QuestionnaireModel::reload()
{
    readRows();
    emit loaded();
}

void QuestionnaireModel::readRows()
{
    m_rows.clear();
    if (m_groupId.isEmpty())
        return;
    auto members = workspace()->groups().members(workspace()->actor(), m_groupId.toStdString());
    if (!members)
        return;
    const domain::QuestionnaireService questionnaires(workspace()->store());
    for (const auto &m : *members) {
        auto schedules = questionnaires.schedules("group_member", m.id);
        if (!schedules)
            continue;
        std::vector<QuestionnaireRow> rows;
        for (const auto &s : *schedules) {
            QuestionnaireRow row;
            row.scheduleId = QString::fromStdString(s.id);
            row.memberId = QString::fromStdString(m.id);
            row.alias = m.alias;
            row.instrument = s.instrument;
            row.timepoint = static_cast<int>(s.timepoint);
            row.due = s.dueDate;
            if (auto scores = questionnaires.scores(s.id); scores && !scores->empty()) {
                row.score = scores->back().score; // oldest first: the last is the latest
                row.taken = scores->back().takenDate;
            }
            if (const auto range = domain::scoreRange(s.instrument))
                row.range = QStringLiteral("%1–%2").arg(number(range->min), number(range->max));
            rows.push_back(std::move(row));
        }
        // The change since "before", per instrument.
        for (auto &row : rows) {
            if (row.timepoint == static_cast<int>(Timepoint::Before) || !row.score)
                continue;
            for (const auto &before : rows) {
                if (before.instrument == row.instrument && before.score &&
                    before.timepoint == static_cast<int>(Timepoint::Before))
                    row.change = *row.score - *before.score;
            }
        }
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return std::tie(a.instrument, a.timepoint) < std::tie(b.instrument, b.timepoint);
        });
        std::move(rows.begin(), rows.end(), std::back_inserter(m_rows));
    }
}

QString QuestionnaireModel::status(const QuestionnaireRow &row) const
{
    if (row.score)
        return QStringLiteral("done");
    return row.due <= QDate::currentDate() ? QStringLiteral("due") : QStringLiteral("upcoming");
}

int QuestionnaireModel::dueCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [this](const auto &r) {
        return status(r) == QLatin1String("due");
    }));
}

QStringList QuestionnaireModel::knownInstruments() const
{
    return domain::knownInstruments();
}

bool QuestionnaireModel::failRow(const QString &scheduleId, const QString &message)
{
    m_errors.insert(scheduleId, message);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].scheduleId == scheduleId) {
            const auto at = index(static_cast<int>(i));
            emit dataChanged(at, at, {ErrorRole});
        }
    }
    return false;
}

bool QuestionnaireModel::recordScore(const QString &scheduleId, const QString &score,
                                     const QString &takenDate)
{
    if (!workspace())
        return false;
    const auto row = std::find_if(m_rows.begin(), m_rows.end(),
                                  [&](const auto &r) { return r.scheduleId == scheduleId; });
    if (row == m_rows.end())
        return failRow(scheduleId, ui::ErrorText::forDomain(domain::domainError(
                                       domain::DomainErrc::NotFound, "schedule_id")));
    const QString text = score.trimmed();
    if (text.isEmpty())
        return failRow(scheduleId, tr("Skriv poängen."));
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value =
            QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    const auto range = domain::scoreRange(row->instrument);
    if (!ok)
        return failRow(scheduleId, tr("Poängen ska vara ett tal."));
    if (range && (value < range->min || value > range->max))
        return failRow(scheduleId,
                       tr("Poängen för %1 ska vara mellan %2 och %3.")
                           .arg(row->instrument, number(range->min), number(range->max)));
    const QDate taken = takenDate.trimmed().isEmpty()
                            ? QDate::currentDate()
                            : QDate::fromString(takenDate.trimmed(), Qt::ISODate);
    auto r = domain::QuestionnaireService(workspace()->store())
                 .recordScore(workspace()->actor(), scheduleId.toStdString(), value, taken);
    if (!r)
        return failRow(scheduleId, ui::ErrorText::forDomain(r.error()));
    m_errors.remove(scheduleId);
    return settle(nullptr);
}

bool QuestionnaireModel::scheduleGroup(const QString &instrument, const QString &before,
                                       const QString &after)
{
    if (!workspace() || m_groupId.isEmpty())
        return false;
    const QDate from = QDate::fromString(before.trimmed(), Qt::ISODate);
    const QDate to = QDate::fromString(after.trimmed(), Qt::ISODate);
    const bool ownDates = before.trimmed().isEmpty() && after.trimmed().isEmpty();
    auto members = workspace()->groups().members(workspace()->actor(), m_groupId.toStdString());
    if (!members)
        return settle(&members.error());
    if (members->empty()) {
        const auto none = domain::domainError(domain::DomainErrc::NotAMember, "member_id");
        return settle(&none);
    }
    domain::QuestionnaireService questionnaires(workspace()->store());
    int scheduled = 0;
    for (const auto &m : *members) {
        auto existing = questionnaires.schedules("group_member", m.id);
        if (!existing)
            return settle(&existing.error());
        const bool has = std::any_of(existing->begin(), existing->end(), [&](const auto &s) {
            return s.instrument.compare(instrument.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (has)
            continue;
        auto r = ownDates ? questionnaires.scheduleMember(workspace()->actor(), m.id, instrument)
                          : questionnaires.scheduleStandard(workspace()->actor(), "group_member",
                                                            m.id, instrument, from, to);
        if (!r) {
            // Children scheduled before this one stay scheduled; the rest follow once fixed.
            if (scheduled > 0)
                workspace()->notifyChanged();
            return settle(&r.error());
        }
        ++scheduled;
    }
    return settle(nullptr);
}

bool QuestionnaireModel::moveDue(const QString &scheduleId, const QString &dueDate)
{
    if (!workspace())
        return false;
    const QDate due = QDate::fromString(dueDate.trimmed(), Qt::ISODate);
    auto r = domain::QuestionnaireService(workspace()->store())
                 .moveDue(workspace()->actor(), scheduleId.toStdString(), due);
    if (!r)
        return failRow(scheduleId, ui::ErrorText::forDomain(r.error()));
    m_errors.remove(scheduleId);
    return settle(nullptr);
}

QVariant QuestionnaireModel::roleData(const QuestionnaireRow &row, int role) const
{
    switch (role) {
    case ScheduleIdRole:
        return row.scheduleId;
    case AliasRole:
        return row.alias;
    case InstrumentRole:
        return row.instrument;
    case TimepointTextRole:
        switch (static_cast<Timepoint>(row.timepoint)) {
        case Timepoint::Before:
            return tr("Före");
        case Timepoint::After:
            return tr("Efter");
        case Timepoint::FollowUp6Months:
            return tr("Uppföljning efter 6 månader");
        }
        return {};
    case StatusRole:
        return status(row);
    case StatusTextRole: {
        const QString due = QLocale().toString(row.due, QLocale::ShortFormat);
        if (row.score)
            return tr("Tagen %1").arg(QLocale().toString(row.taken, QLocale::ShortFormat));
        if (row.due <= QDate::currentDate())
            return tr("Dags att ta (planerad %1)").arg(due);
        return tr("Planerad %1").arg(due);
    }
    case ScoreTextRole:
        return row.score ? number(*row.score) : QString();
    case ChangeTextRole:
        if (!row.change)
            return QString();
        return tr("%1 jämfört med före")
            .arg(*row.change > 0 ? QStringLiteral("+") + number(*row.change) : number(*row.change));
    case RangeRole:
        return row.range;
    case ErrorRole:
        return m_errors.value(row.scheduleId);
    case DueDateRole:
        return row.due.toString(Qt::ISODate);
    case ScoredRole:
        return row.score.has_value();
    default:
        return {};
    }
}

QHash<int, QByteArray> QuestionnaireModel::roleNames() const
{
    return {{ScheduleIdRole, "scheduleId"}, {AliasRole, "alias"},
            {InstrumentRole, "instrument"}, {TimepointTextRole, "timepointText"},
            {StatusRole, "status"},         {StatusTextRole, "statusText"},
            {ScoreTextRole, "scoreText"},   {ChangeTextRole, "changeText"},
            {RangeRole, "range"},           {ErrorRole, "error"},
            {DueDateRole, "dueDate"},       {ScoredRole, "scored"}};
}

} // namespace lykta::app
