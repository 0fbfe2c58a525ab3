#include "helplinemodel.h"

#include "modelrow.h"

#include <QLocale>

namespace lykta::kiosk {

namespace {

// A checked day as the screen's language writes a date (empty when there is none).
QString day(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

} // namespace

int HelplineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_helplines.size());
}

QVariant HelplineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const domain::Helpline &h = m_helplines[static_cast<std::size_t>(index.row())];
    switch (role) {
    case NameRole:
        return h.textIn(m_language).name;
    case NumberRole:
        return h.number;
    case HoursRole:
        return h.textIn(m_language).hours;
    case AudienceRole:
        return h.textIn(m_language).audience;
    case VerifiedRole:
        return day(h.lastVerified);
    case ChatRole:
        return h.chat.shown() ? h.chat.url : QString();
    case ChatVerifiedRole:
        return h.chat.shown() ? day(h.chat.verified) : QString();
    case WebRole:
        return h.web.shown() ? h.web.url : QString();
    case WebVerifiedRole:
        return h.web.shown() ? day(h.web.verified) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> HelplineModel::roleNames() const
{
    return {{NameRole, "name"},
            {NumberRole, "number"},
            {HoursRole, "hours"},
            {AudienceRole, "audience"},
            {VerifiedRole, "verified"},
            {ChatRole, "chat"},
            {ChatVerifiedRole, "chatVerified"},
            {WebRole, "web"},
            {WebVerifiedRole, "webVerified"}};
}

QVariantMap HelplineModel::get(int row) const
{
    return ui::rowAsMap(*this, row);
}

void HelplineModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_helplines.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
    emit textsChanged();
}

void HelplineModel::setHelplines(std::vector<domain::Helpline> helplines)
{
    if (helplines == m_helplines)
        return;
    const bool countChanges = helplines.size() != m_helplines.size();
    beginResetModel();
    m_helplines = std::move(helplines);
    endResetModel();
    if (countChanges)
        emit countChanged();
    emit textsChanged();
}

} // namespace lykta::kiosk
