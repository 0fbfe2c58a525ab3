#include "serieslistmodel.h"

#include "conversationtemplateservice.h"

#include <QLocale>

namespace lykta::app {

void SeriesListModel::setChildId(const QString &id)
{
    if (assignAndRefresh(m_childId, id))
        emit childIdChanged();
}

void SeriesListModel::reload()
{
    m_rows.clear();
    if (m_childId.isEmpty())
        return;
    auto &conversations = workspace()->conversations();
    auto all = conversations.seriesOfChild(workspace()->actor(), m_childId.toStdString());
    if (!all)
        return;
    const domain::ConversationTemplateService templates(workspace()->store());
    for (const auto &s : *all) {
        SeriesRow row{QString::fromStdString(s.id), {}, {}, {}, s.started};
        auto tmpl = templates.get(s.templateId);
        if (tmpl)
            row.name = tmpl->name;
        switch (s.status) {
        case domain::ConversationSeries::Status::Active:
            row.status = tr("Pågår");
            break;
        case domain::ConversationSeries::Status::Completed:
            row.status = tr("Avslutad");
            break;
        case domain::ConversationSeries::Status::Declined:
            row.status = tr("Avböjd");
            break;
        case domain::ConversationSeries::Status::Ended:
            row.status = tr("Avbruten");
            break;
        }
        auto progress = conversations.progress(s.id);
        if (tmpl && progress && progress->next &&
            s.status == domain::ConversationSeries::Status::Active) {
            const auto &step = tmpl->steps[static_cast<std::size_t>(*progress->next)];
            row.next = progress->nextDue.isValid()
                           ? tr("Nästa: %1, senast %2")
                                 .arg(step.name,
                                      QLocale().toString(progress->nextDue, QLocale::ShortFormat))
                           : tr("Nästa: %1").arg(step.name);
        }
        m_rows.push_back(std::move(row));
    }
    std::sort(m_rows.begin(), m_rows.end(),
              [](const SeriesRow &a, const SeriesRow &b) { return a.started > b.started; });
}

QString SeriesListModel::start(const QString &templateId)
{
    auto id =
        workspace()->conversations().startSeries(workspace()->actor(), m_childId.toStdString(),
                                                 templateId.toStdString(), QDate::currentDate());
    if (!settle(id ? nullptr : &id.error()))
        return {};
    return QString::fromStdString(*id);
}

QVariant SeriesListModel::roleData(const SeriesRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case NameRole:
        return row.name;
    case StatusRole:
        return row.status;
    case StartedRole:
        return QLocale().toString(row.started, QLocale::ShortFormat);
    case NextRole:
        return row.next;
    default:
        return {};
    }
}

QHash<int, QByteArray> SeriesListModel::roleNames() const
{
    return {{IdRole, "seriesId"},
            {NameRole, "name"},
            {StatusRole, "status"},
            {StartedRole, "started"},
            {NextRole, "next"}};
}

} // namespace lykta::app
