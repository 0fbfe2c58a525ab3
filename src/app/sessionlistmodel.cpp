#include "sessionlistmodel.h"

#include "shippedtext.h"

namespace lykta::app {

void SessionListModel::setGroupId(const QString &id)
{
    if (assignAndRefresh(m_groupId, id))
        emit groupIdChanged();
}

void SessionListModel::reload()
{
    m_rows.clear();
    if (m_groupId.isEmpty())
        return;
    auto sessions = workspace()->groups().sessions(m_groupId.toStdString());
    if (!sessions)
        return;
    for (const auto &session : *sessions) {
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
