#include "todaymodel.h"

#include "errortext.h"
#include "shippedtext.h"

#include <QLocale>

namespace lykta::app {

void TodayModel::refresh()
{
    if (workspace())
        reload();
}

void TodayModel::reload()
{
    using Answer = domain::DomainResult<std::vector<domain::AgendaItem>>;
    readInBackground(
        [unitId = workspace()->actor().unitId,
         today = QDate::currentDate()](store::Store *store) -> std::optional<Answer> {
            if (!store)
                return std::nullopt; // locked: the list reads again after the unlock
            return domain::AgendaService(*store).items(unitId, today);
        },
        [this](std::optional<Answer> answer) {
            // Locked meanwhile: nothing shows now, and the list reads again after the unlock.
            if (!answer || workspace()->store().isLocked()) {
                setErrorText({});
                replaceRows({});
                return;
            }
            if (!*answer) {
                setErrorText(ui::ErrorText::forDomain(answer->error()));
                return; // what was shown stays
            }
            if (auto viewed =
                    domain::AgendaService(workspace()->store()).viewed(workspace()->actor());
                !viewed) {
                // Nothing is shown that the audit log does not record.
                setErrorText(ui::ErrorText::forDomain(viewed.error()));
                replaceRows({});
                return;
            }
            setErrorText({});
            replaceRows(std::move(**answer));
        });
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
        case Kind::Booking:
            return QStringLiteral("booking");
        }
        return {};
    case SectionRole:
        switch (row.kind) {
        case Kind::Conversation:
            return tr("Samtal att hålla");
        case Kind::GroupSession:
            return tr("Gruppträffar");
        case Kind::Booking:
            return tr("Bokade samtal");
        }
        return {};
    case TitleRole:
        if ((row.kind == Kind::Conversation || row.kind == Kind::Booking) && !row.who.isEmpty())
            return tr("%1 – %2").arg(row.who, ShippedText::display(row.what));
        if (row.kind == Kind::GroupSession)
            return tr("%1, träff %2").arg(row.who).arg(row.number);
        return ShippedText::display(row.what);
    case DetailRole:
        if (row.kind == Kind::Booking)
            //: %1 is the model and family, %2 where the meeting is booked
            return tr("%1 · %2").arg(row.context, row.place);
        return row.kind == Kind::GroupSession ? ShippedText::display(row.what) : row.context;
    case DueRole: {
        if (!row.due.isValid())
            return QString();
        const QString day = row.due == QDate::currentDate()
                                ? tr("I dag")
                                : QLocale().toString(row.due, QLocale::ShortFormat);
        if (row.kind == Kind::Booking && row.time.isValid())
            //: A booked meeting: %1 the day, %2 the time
            return tr("%1 kl. %2").arg(day, QLocale().toString(row.time, QLocale::ShortFormat));
        return day;
    }
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
