#include "attendancemodel.h"

#include "noteservice.h"

namespace lykta::app {

void AttendanceModel::setGroupId(const QString &id)
{
    if (assignAndRefresh(m_groupId, id))
        emit groupIdChanged();
}

void AttendanceModel::setSessionId(const QString &id)
{
    if (assignAndRefresh(m_sessionId, id))
        emit sessionIdChanged();
}

void AttendanceModel::reload()
{
    m_rows.clear();
    if (m_groupId.isEmpty() || m_sessionId.isEmpty())
        return;
    auto &groups = workspace()->groups();
    auto members = groups.members(workspace()->actor(), m_groupId.toStdString());
    auto attendance = groups.attendance(m_sessionId.toStdString());
    auto moods = groups.moods(m_sessionId.toStdString());
    auto session = groups.session(m_sessionId.toStdString());
    if (!members || !attendance || !moods || !session)
        return;
    domain::NoteService notes(workspace()->store());
    for (const auto &m : *members) {
        // A child who left is on the sessions up to that day, not on later ones.
        if (m.hasLeft() && session->date > m.leftDate)
            continue;
        AttendanceRow row{QString::fromStdString(m.id), m.alias, m.age, false, 0, 0, 0};
        for (const auto &a : *attendance) {
            if (a.memberId == m.id)
                row.present = a.present;
        }
        for (const auto &mood : *moods) {
            if (mood.memberId == m.id) {
                row.startMood = mood.startMood;
                row.endMood = mood.endMood.value_or(0);
            }
        }
        // A child's note at this session is a note about the member dated the session's day.
        if (auto about = notes.notesAbout(workspace()->actor(), "group_member", m.id)) {
            for (const auto &n : *about) {
                if (n.eventDate != session->date)
                    continue;
                if (n.status == domain::Note::Status::Draft)
                    row.noteState = 1;
                else if (row.noteState == 0)
                    row.noteState = 2;
            }
        }
        m_rows.push_back(std::move(row));
    }
}

void AttendanceModel::refresh()
{
    // A tap changes who is present, not how many rows there are: count's signal stays quiet.
    const int before = presentCount();
    WorkspaceModel::refresh();
    if (presentCount() != before)
        emit presentCountChanged();
}

int AttendanceModel::presentCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                          [](const AttendanceRow &r) { return r.present; }));
}

bool AttendanceModel::setPresent(const QString &memberId, bool present)
{
    auto r = workspace()->groups().recordAttendance(workspace()->actor(), m_sessionId.toStdString(),
                                                    memberId.toStdString(), present);
    return settle(r ? nullptr : &r.error());
}

bool AttendanceModel::setMood(const QString &memberId, int startMood, int endMood)
{
    domain::MoodCheck mood;
    mood.sessionId = m_sessionId.toStdString();
    mood.memberId = memberId.toStdString();
    mood.startMood = startMood;
    if (endMood != 0)
        mood.endMood = endMood;
    auto r = workspace()->groups().recordMood(workspace()->actor(), mood);
    return settle(r ? nullptr : &r.error());
}

QVariant AttendanceModel::roleData(const AttendanceRow &row, int role) const
{
    switch (role) {
    case MemberIdRole:
        return row.memberId;
    case AliasRole:
        return row.alias;
    case AgeRole:
        return row.age;
    case PresentRole:
        return row.present;
    case StartMoodRole:
        return row.startMood;
    case EndMoodRole:
        return row.endMood;
    case NoteStateRole:
        return row.noteState;
    default:
        return {};
    }
}

QHash<int, QByteArray> AttendanceModel::roleNames() const
{
    return {{MemberIdRole, "memberId"},  {AliasRole, "alias"},         {AgeRole, "age"},
            {PresentRole, "present"},    {StartMoodRole, "startMood"}, {EndMoodRole, "endMood"},
            {NoteStateRole, "noteState"}};
}

} // namespace lykta::app
