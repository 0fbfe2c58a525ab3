#include "helplinemodel.h"

#include <QLocale>

namespace lykta::kiosk {

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
        return QLocale().toString(h.lastVerified, QStringLiteral("d MMMM yyyy"));
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
            {VerifiedRole, "verified"}};
}

void HelplineModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_helplines.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {NameRole, HoursRole, AudienceRole});
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
}

} // namespace lykta::kiosk
