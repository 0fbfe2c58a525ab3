#include "todaymodel.h"

#include <QLocale>

namespace lykta::app {

void TodayModel::reload()
{
    auto agenda = domain::AgendaService(workspace()->store())
                      .agenda(workspace()->actor(), QDate::currentDate());
    m_rows = agenda ? std::move(*agenda) : std::vector<domain::AgendaItem>{};
}

QVariant TodayModel::roleData(const domain::AgendaItem &row, int role) const
{
    using Kind = domain::AgendaItem::Kind;
    switch (role) {
    case KindRole:
        switch (row.kind) {
        case Kind::Conversation:
            return QStringLiteral("conversation");
        case Kind::GroupSession:
            return QStringLiteral("session");
        }
        return {};
    case SectionRole:
        switch (row.kind) {
        case Kind::Conversation:
            return tr("Samtal att hålla");
        case Kind::GroupSession:
            return tr("Gruppträffar");
        }
        return {};
    case TitleRole:
        if (row.kind == Kind::Conversation && !row.who.isEmpty())
            return tr("%1 – %2").arg(row.who, row.what);
        if (row.kind == Kind::GroupSession)
            return tr("%1, träff %2").arg(row.who).arg(row.number);
        return row.what;
    case DetailRole:
        return row.kind == Kind::GroupSession ? row.what : row.context;
    case DueRole:
        if (!row.due.isValid())
            return QString();
        if (row.due == QDate::currentDate())
            return tr("I dag");
        return QLocale().toString(row.due, QLocale::ShortFormat);
    case OverdueRole:
        return row.due.isValid() && row.due < QDate::currentDate();
    case TargetIdRole:
        return QString::fromStdString(row.targetId);
    case TargetNameRole:
        return row.who;
    default:
        return {};
    }
}

QHash<int, QByteArray> TodayModel::roleNames() const
{
    return {{KindRole, "kind"},         {SectionRole, "section"},
            {TitleRole, "headline"},    {DetailRole, "subline"},
            {DueRole, "due"},           {OverdueRole, "overdue"},
            {TargetIdRole, "targetId"}, {TargetNameRole, "targetName"}};
}

} // namespace lykta::app
