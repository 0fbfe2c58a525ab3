#include "indicators.h"

#include "detail.h"
#include "kvacodeservice.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace lykta::followup {

namespace {

const QString kUnknown = QStringLiteral("unknown");
const QString kOther = QStringLiteral("other");
const QString kUnspecified = QStringLiteral("unspecified");
constexpr int kMaxInstrumentName = 40;

template <class Row>
std::unordered_map<std::string, const Row *> byId(const std::vector<Row> &rows,
                                                  const std::string &unitId)
{
    std::unordered_map<std::string, const Row *> map;
    for (const auto &r : rows) {
        if (r.unitId == unitId && !r.id.empty())
            map.emplace(r.id, &r);
    }
    return map;
}

template <class Map>
auto find(const Map &map, const std::string &id) -> typename Map::mapped_type
{
    auto it = map.find(id);
    return it == map.end() ? nullptr : it->second;
}

QString ageBand(int age)
{
    if (age < 0 || age > 18)
        return kUnknown;
    if (age <= 6)
        return QStringLiteral("0-6");
    if (age <= 12)
        return QStringLiteral("7-12");
    return QStringLiteral("13-18");
}

// A recorded value if it is one of the known keys; "unspecified" when empty, else "other".
QString knownKey(const QString &value, const std::vector<QString> &known)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return kUnspecified;
    return std::find(known.begin(), known.end(), v) != known.end() ? v : kOther;
}

QString genderKey(const QString &gender)
{
    const QString g = gender.trimmed();
    const auto &known = genders();
    return std::find(known.begin(), known.end(), g) != known.end() ? g : kUnknown;
}

// A code as recorded when it has the form of a KVÅ code, so nothing typed freely leaves.
QString kvaKey(const QString &code)
{
    const QString c = code.trimmed();
    return domain::KvaCodeService::isWellFormed(c) ? c : kOther;
}

QString instrumentKey(const QString &instrument)
{
    QString name = instrument.simplified();
    if (name.isEmpty())
        return kUnspecified;
    return name.left(kMaxInstrumentName);
}

std::map<QString, int> zeros(const std::vector<QString> &keys)
{
    std::map<QString, int> m;
    for (const auto &k : keys)
        m[k] = 0;
    return m;
}

double median(std::vector<int> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    if (n % 2 == 1)
        return values[n / 2];
    return (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Where and when each child was first reached in the period.
struct Reach
{
    std::map<std::string, QDate> identified; // child id -> first day reached
    std::map<std::string, int> anonymous;    // member id -> recorded age

    void child(const std::string &childId, const QDate &day)
    {
        auto [it, inserted] = identified.emplace(childId, day);
        if (!inserted && day < it->second)
            it->second = day;
    }
};

} // namespace

const std::vector<QString> &ageBands()
{
    static const std::vector<QString> keys{QStringLiteral("0-6"), QStringLiteral("7-12"),
                                           QStringLiteral("13-18"), kUnknown};
    return keys;
}

const std::vector<QString> &genders()
{
    static const std::vector<QString> keys{QStringLiteral("girl"), QStringLiteral("boy"),
                                           QStringLiteral("other"), kUnknown};
    return keys;
}

const std::vector<QString> &conversationKinds()
{
    static const std::vector<QString> keys{QStringLiteral("parent"),
                                           QStringLiteral("parent_and_child"),
                                           QStringLiteral("child"),
                                           QStringLiteral("network"),
                                           QStringLiteral("family"),
                                           kOther,
                                           kUnspecified};
    return keys;
}

const std::vector<QString> &problemTypes()
{
    static const std::vector<QString> keys{QStringLiteral("addiction"),
                                           QStringLiteral("gambling"),
                                           QStringLiteral("mental_illness"),
                                           QStringLiteral("physical_illness"),
                                           QStringLiteral("disability"),
                                           QStringLiteral("violence"),
                                           QStringLiteral("bereavement"),
                                           kOther,
                                           kUnspecified};
    return keys;
}

domain::DomainResult<Indicators> computeIndicators(const IndicatorInput &in,
                                                   const std::string &unitId, const Period &period)
{
    if (unitId.empty())
        return domain::domainError(domain::DomainErrc::Empty, "unit");
    if (auto valid = validatePeriod(period); !valid)
        return valid.error();

    Indicators out;
    out.unitId = unitId;
    out.period = period;
    out.childrenByAgeBand = zeros(ageBands());
    out.childrenByGender = zeros(genders());
    out.conversationsByKind = zeros(conversationKinds());
    out.familiesByProblemType = zeros(problemTypes());

    const auto families = byId(in.families, unitId);
    const auto children = byId(in.children, unitId);
    const auto series = byId(in.series, unitId);
    const auto groups = byId(in.groups, unitId);
    const auto members = byId(in.members, unitId);
    // A cancelled session was not held: its marks and moods (recorded before it was
    // cancelled) count nowhere.
    auto sessions = byId(in.sessions, unitId);
    std::erase_if(sessions, [](const auto &entry) { return entry.second->cancelled; });
    const auto schedules = byId(in.schedules, unitId);
    Reach reach;

    // Series started in the period, and what became of them.
    for (const auto &[id, s] : series) {
        if (!period.contains(s->started))
            continue;
        ++out.seriesStarted;
        if (s->status == QLatin1String("completed"))
            ++out.seriesCompleted;
        else if (s->status == QLatin1String("declined"))
            ++out.seriesDeclined;
        else if (s->status == QLatin1String("ended"))
            ++out.seriesEnded;
        else
            ++out.seriesActive;
        if (s->outcome == QLatin1String("support_group"))
            ++out.seriesReferredToGroup;
        else if (s->outcome == QLatin1String("other_support"))
            ++out.seriesReferredToOtherSupport;
    }

    // Conversations: counts in the period, children reached, each family's first one ever.
    std::map<std::string, QDate> firstConversation; // family id -> date
    for (const auto &c : in.conversations) {
        if (c.unitId != unitId || !c.date.isValid())
            continue;
        const SeriesRow *s = find(series, c.seriesId);
        const ChildRow *child = s ? find(children, s->childId) : nullptr;
        std::string familyId = s ? s->familyId : std::string();
        if (familyId.empty() && child)
            familyId = child->familyId;
        if (!familyId.empty()) {
            auto [it, inserted] = firstConversation.emplace(familyId, c.date);
            if (!inserted && c.date < it->second)
                it->second = c.date;
        }
        if (!period.contains(c.date))
            continue;
        ++out.conversations;
        ++out.conversationsByKind[knownKey(c.kind, conversationKinds())];
        if (c.kvaCode.trimmed().isEmpty())
            ++out.conversationsWithoutKva;
        else
            ++out.conversationsByKvaCode[kvaKey(c.kvaCode)];
        if (child)
            reach.child(child->id, c.date);
    }

    std::vector<int> days;
    for (const auto &[familyId, first] : firstConversation) {
        const FamilyRow *f = find(families, familyId);
        if (!f || !f->firstContact.isValid() || !period.contains(first))
            continue;
        const auto d = f->firstContact.daysTo(first);
        if (d < 0) {
            ++out.familiesInconsistentFirstContact;
            continue;
        }
        days.push_back(static_cast<int>(d));
    }
    out.familiesWithFirstConversation = static_cast<int>(days.size());
    if (!days.empty())
        out.medianDaysToFirstConversation = median(std::move(days));

    // Groups: sessions in the period with attendance recorded.
    std::set<std::string> groupsRun, sessionsHeld, markedMembers, presentChildren;
    for (const auto &a : in.attendance) {
        if (a.unitId != unitId)
            continue;
        const SessionRow *session = find(sessions, a.sessionId);
        const MemberRow *member = find(members, a.memberId);
        if (!session || !member || !find(groups, session->groupId) ||
            !period.contains(session->date))
            continue;
        groupsRun.insert(session->groupId);
        sessionsHeld.insert(session->id);
        markedMembers.insert(member->id);
        ++out.attendanceMarks;
        if (!a.present)
            continue;
        ++out.attendancePresent;
        const ChildRow *child = member->childId.empty() ? nullptr : find(children, member->childId);
        if (child) {
            reach.child(child->id, session->date);
            presentChildren.insert("c:" + child->id);
        } else {
            reach.anonymous.emplace(member->id, member->age);
            presentChildren.insert("m:" + member->id);
        }
    }
    out.groupsRun = static_cast<int>(groupsRun.size());
    out.sessionsHeld = static_cast<int>(sessionsHeld.size());
    out.childrenInGroups = static_cast<int>(presentChildren.size());
    out.attendanceMembers = static_cast<int>(markedMembers.size());
    if (out.attendanceMarks > 0)
        out.attendanceRatePercent = 100.0 * out.attendancePresent / out.attendanceMarks;

    // Children reached, and their families.
    std::set<std::string> familiesReached;
    for (const auto &[childId, day] : reach.identified) {
        const ChildRow *child = find(children, childId);
        const int age = child->birthDate.isValid() && child->birthDate <= day
                            ? domain::detail::ageOn(child->birthDate, day)
                            : -1;
        ++out.childrenByAgeBand[ageBand(age)];
        ++out.childrenByGender[genderKey(child->gender)];
        if (find(families, child->familyId))
            familiesReached.insert(child->familyId);
    }
    for (const auto &[memberId, age] : reach.anonymous) {
        ++out.childrenByAgeBand[ageBand(age)];
        ++out.childrenByGender[kUnknown];
    }
    out.childrenReached = static_cast<int>(reach.identified.size() + reach.anonymous.size());
    out.familiesReached = static_cast<int>(familiesReached.size());
    for (const auto &familyId : familiesReached)
        ++out.familiesByProblemType[knownKey(find(families, familyId)->problemType,
                                             problemTypes())];

    // Mood at the start and end of sessions in the period.
    std::set<std::string> moodMembers;
    double startSum = 0, endSum = 0;
    for (const auto &m : in.moods) {
        const SessionRow *session = m.unitId == unitId ? find(sessions, m.sessionId) : nullptr;
        if (!session || !m.endMood || !period.contains(session->date) || !find(members, m.memberId))
            continue;
        ++out.moodPairs;
        moodMembers.insert(m.memberId);
        startSum += m.startMood;
        endSum += *m.endMood;
        if (*m.endMood > m.startMood)
            ++out.moodRose;
        else if (*m.endMood < m.startMood)
            ++out.moodFell;
        else
            ++out.moodSame;
    }
    out.moodMembers = static_cast<int>(moodMembers.size());
    if (out.moodPairs > 0) {
        out.moodMeanStart = startSum / out.moodPairs;
        out.moodMeanEnd = endSum / out.moodPairs;
        out.moodMeanChange = (endSum - startSum) / out.moodPairs;
    }

    // Questionnaires: each schedule's latest score, then before/after pairs.
    std::map<std::string, const ScoreRow *> latest;
    for (const auto &s : in.scores) {
        if (s.unitId != unitId || !s.takenDate.isValid() || !find(schedules, s.scheduleId))
            continue;
        auto [it, inserted] = latest.emplace(s.scheduleId, &s);
        if (!inserted && it->second->takenDate <= s.takenDate)
            it->second = &s;
    }
    struct Sums
    {
        int n = 0;
        double before = 0, after = 0;
    };
    std::map<QString, Sums> sums;
    for (const auto &[scheduleId, afterScore] : latest) {
        const ScheduleRow *after = find(schedules, scheduleId);
        if (after->timepoint != QLatin1String("after") || !period.contains(afterScore->takenDate))
            continue;
        const ScoreRow *beforeScore = nullptr;
        for (const auto &[otherId, score] : latest) {
            const ScheduleRow *before = find(schedules, otherId);
            if (before->timepoint != QLatin1String("before") ||
                before->subjectEntity != after->subjectEntity ||
                before->subjectId != after->subjectId ||
                instrumentKey(before->instrument) != instrumentKey(after->instrument) ||
                score->takenDate > afterScore->takenDate)
                continue;
            if (!beforeScore || beforeScore->takenDate <= score->takenDate)
                beforeScore = score;
        }
        if (!beforeScore)
            continue;
        auto &sum = sums[instrumentKey(after->instrument)];
        ++sum.n;
        sum.before += beforeScore->score;
        sum.after += afterScore->score;
    }
    for (const auto &[instrument, sum] : sums) {
        out.scoreChanges[instrument] = {sum.n, sum.before / sum.n, sum.after / sum.n,
                                        (sum.after - sum.before) / sum.n};
    }
    return out;
}

} // namespace lykta::followup
