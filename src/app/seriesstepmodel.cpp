#include "seriesstepmodel.h"

#include "shippedtext.h"

#include "bookingservice.h"
#include "conversationtemplateservice.h"

#include <QCoreApplication>
#include <QLocale>

namespace lykta::app {

QString participantsText(int participants)
{
    using domain::Participants;
    switch (static_cast<Participants>(participants)) {
    case Participants::Parents:
        return QCoreApplication::translate("SeriesStepModel", "Föräldrar");
    case Participants::Child:
        return QCoreApplication::translate("SeriesStepModel", "Barnet");
    case Participants::ParentsAndChild:
        return QCoreApplication::translate("SeriesStepModel", "Föräldrar och barn");
    case Participants::Network:
        return QCoreApplication::translate("SeriesStepModel", "Nätverket");
    case Participants::Family:
        return QCoreApplication::translate("SeriesStepModel", "Hela familjen");
    }
    return {};
}

void SeriesStepModel::setSeriesId(const QString &id)
{
    if (assignAndRefresh(m_seriesId, id))
        emit seriesIdChanged();
}

void SeriesStepModel::reload()
{
    m_rows.clear();
    const QString oldTitle = m_title;
    const bool oldActive = m_active;
    const int oldVersion = m_version;
    m_title.clear();
    m_version = 0;
    m_active = false;
    auto &service = workspace()->conversations();
    const auto &actor = workspace()->actor();
    auto series = service.series(actor, m_seriesId.toStdString());
    auto tmpl =
        series ? domain::ConversationTemplateService(workspace()->store()).forSeries(series->id)
               : domain::DomainResult<domain::ConversationTemplate>(series.error());
    auto progress = service.progress(m_seriesId.toStdString());
    auto conversations = service.conversations(actor, m_seriesId.toStdString());
    auto booked = domain::BookingService(workspace()->store()).bookings(m_seriesId.toStdString());
    if (series && tmpl && progress && conversations) {
        m_title = tmpl->name;
        m_version = tmpl->version;
        m_active = series->status == domain::ConversationSeries::Status::Active;
        for (std::size_t i = 0; i < tmpl->steps.size(); ++i) {
            const auto &step = tmpl->steps[i];
            StepRow row;
            row.step = static_cast<int>(i);
            row.name = ShippedText::display(step.name);
            row.participants = participantsText(static_cast<int>(step.participants));
            row.optional = step.optional;
            row.done = std::find(progress->done.begin(), progress->done.end(), row.step) !=
                       progress->done.end();
            row.next = m_active && progress->next == row.step;
            if (row.next && progress->nextDue.isValid())
                row.due = tr("Senast %1")
                              .arg(QLocale().toString(progress->nextDue, QLocale::ShortFormat));
            for (const auto &b : booked ? *booked : std::vector<domain::Booking>{}) {
                if (b.step == row.step && m_active)
                    //: A booked step: %1 the day, %2 the time, %3 the place
                    row.booked =
                        tr("Bokat %1 kl. %2, %3")
                            .arg(QLocale().toString(b.date, QLocale::ShortFormat),
                                 QLocale().toString(b.time, QLocale::ShortFormat), b.place);
            }
            for (const auto &c : *conversations) { // oldest first: the last one wins
                if (c.step == row.step) {
                    row.conversationId = QString::fromStdString(c.id);
                    row.isSigned = c.status == domain::Conversation::Status::Signed;
                }
            }
            m_rows.push_back(std::move(row));
        }
    }
    if (oldTitle != m_title || oldActive != m_active || oldVersion != m_version)
        emit titleChanged();
}

QString SeriesStepModel::templateText() const
{
    if (m_title.isEmpty())
        return {};
    //: The conversation model a series follows: %1 its name, %2 the version it started with
    return tr("Mall: %1, version %2").arg(m_title).arg(m_version);
}

QVariant SeriesStepModel::roleData(const StepRow &row, int role) const
{
    switch (role) {
    case StepRole:
        return row.step;
    case NameRole:
        return row.name;
    case ParticipantsRole:
        return row.participants;
    case DueRole:
        return row.due;
    case ConversationIdRole:
        return row.conversationId;
    case DoneRole:
        return row.done;
    case NextRole:
        return row.next;
    case SignedRole:
        return row.isSigned;
    case OptionalRole:
        return row.optional;
    case BookedRole:
        return row.booked;
    default:
        return {};
    }
}

QHash<int, QByteArray> SeriesStepModel::roleNames() const
{
    return {{StepRole, "step"},
            {NameRole, "name"},
            {ParticipantsRole, "participants"},
            {DueRole, "due"},
            {ConversationIdRole, "conversationId"},
            {DoneRole, "done"},
            {NextRole, "isNext"},
            {SignedRole, "isSigned"},
            {OptionalRole, "isOptional"},
            {BookedRole, "booked"}};
}

} // namespace lykta::app
