#include "sessionlistmodel.h"

#include "noteservice.h"
#include "searchtarget.h"
#include "shippedtext.h"

namespace lykta::app {

void SessionListModel::setGroupId(const QString &id)
{
    if (assignAndRefresh(m_groupId, id))
        emit groupIdChanged();
}

void SessionListModel::setFilter(const QString &filter)
{
    if (assignAndRefresh(m_filter, filter))
        emit filterChanged();
}

// The text the filter looks in: each session's theme and the notes written at it. Read (and
// so logged as read) only while a filter is typed.
std::map<std::string, QString>
SessionListModel::notesBySession(const std::vector<domain::GroupSession> &sessions) const
{
    const store::Actor &actor = workspace()->actor();
    domain::NoteService notes(workspace()->store());
    std::map<std::string, QString> text;
    std::map<QDate, std::string> sessionOn;
    for (const auto &session : sessions) {
        text[session.id] = session.theme;
        sessionOn[session.date] = session.id;
        if (auto about = notes.notesAbout(actor, "group_session", session.id)) {
            for (const auto &n : *about)
                text[session.id] += u'\n' + n.body;
        }
    }
    // A note about one child is written at the session on its day.
    if (auto members = workspace()->groups().members(actor, m_groupId.toStdString())) {
        for (const auto &member : *members) {
            auto about = notes.notesAbout(actor, "group_member", member.id);
            for (const auto &n : about ? *about : std::vector<domain::Note>{}) {
                if (auto at = sessionOn.find(n.eventDate); at != sessionOn.end())
                    text[at->second] += u'\n' + n.body;
            }
        }
    }
    return text;
}

void SessionListModel::reload()
{
    m_rows.clear();
    if (m_groupId.isEmpty())
        return;
    auto sessions = workspace()->groups().sessions(m_groupId.toStdString());
    if (!sessions)
        return;
    const QStringList words = SearchTarget::words(m_filter);
    const auto texts =
        words.isEmpty() ? std::map<std::string, QString>{} : notesBySession(*sessions);
    for (const auto &session : *sessions) {
        if (!words.isEmpty() && !SearchTarget::matchesAll(texts.at(session.id), words))
            continue;
        int present = 0;
        if (auto attendance = workspace()->groups().attendance(session.id)) {
            present = static_cast<int>(std::count_if(attendance->begin(), attendance->end(),
                                                     [](const auto &a) { return a.present; }));
        }
        m_rows.push_back({QString::fromStdString(session.id), session.date.toString(Qt::ISODate),
                          session.time.toString(QStringLiteral("HH:mm")), session.theme,
                          session.number, present, session.cancelled});
    }
}

QString SessionListModel::plan(const QString &date, const QString &theme)
{
    domain::GroupSession session;
    session.groupId = m_groupId.toStdString();
    session.date = QDate::fromString(date.trimmed(), Qt::ISODate);
    session.theme = theme.trimmed();
    auto id = workspace()->groups().addSession(workspace()->actor(), session);
    if (!settle(id ? nullptr : &id.error()))
        return {};
    return QString::fromStdString(*id);
}

QVariant SessionListModel::roleData(const SessionRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case NumberRole:
        return row.number;
    case DateRole:
        return row.date;
    case ThemeRole:
        return ShippedText::display(row.theme);
    case PresentRole:
        return row.present;
    case TimeRole:
        return row.time;
    case CancelledRole:
        return row.cancelled;
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {{IdRole, "sessionId"},       {NumberRole, "number"},   {DateRole, "date"},
            {ThemeRole, "theme"},        {PresentRole, "present"}, {TimeRole, "time"},
            {CancelledRole, "cancelled"}};
}

} // namespace lykta::app
