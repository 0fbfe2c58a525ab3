#include "cardmodel.h"
#include "cardpicture.h"
#include "modelrow.h"

namespace lykta::kiosk {

int CardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

QVariant CardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const domain::InfoCard &card = m_cards[static_cast<std::size_t>(index.row())];
    switch (role) {
    case CardIdRole:
        return QString::fromStdString(card.id);
    case TitleRole:
        return card.title;
    case BodyRole:
        return card.body;
    case PictureRole:
        return ui::cardPictureUrl(card.picture);
    case EmergencyRole:
        return card.emergency;
    default:
        return {};
    }
}

QHash<int, QByteArray> CardModel::roleNames() const
{
    return {{CardIdRole, "cardId"},
            {TitleRole, "title"},
            {BodyRole, "body"},
            {PictureRole, "picture"},
            {EmergencyRole, "emergency"}};
}

void CardModel::setCards(std::vector<domain::InfoCard> cards)
{
    if (cards == m_cards)
        return; // a sync that changed nothing must not disturb a child reading
    const bool countChanges = cards.size() != m_cards.size();
    beginResetModel();
    m_cards = std::move(cards);
    endResetModel();
    ++m_revision;
    emit revisionChanged();
    if (countChanges)
        emit countChanged();
}

int CardModel::indexOf(const QString &cardId) const
{
    const std::string id = cardId.toStdString();
    for (std::size_t i = 0; i < m_cards.size(); ++i) {
        if (m_cards[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QVariantMap CardModel::get(int row) const
{
    return ui::rowAsMap(*this, row);
}

} // namespace lykta::kiosk
