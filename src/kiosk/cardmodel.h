#pragma once

#include "infocard.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace lykta::kiosk {

// The cards the kiosk shows for the chosen age band and language, in order. Filled by Kiosk;
// QML only reads it.
class CardModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk's cards come from Kiosk.cards")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Grows whenever the cards change, for bindings that read them through get().
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    enum Role
    {
        CardIdRole = Qt::UserRole + 1,
        TitleRole,
        BodyRole,
        PictureRole,   // a URL to the card's illustration, empty when it has none
        EmergencyRole, // true: show "call 112 if it is urgent" with the card
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int revision() const { return m_revision; }
    // Replaces the cards; nothing happens (no reset) when they are the same.
    void setCards(std::vector<domain::InfoCard> cards);
    // The row of a card, or -1 when it is not (or no longer) shown.
    Q_INVOKABLE int indexOf(const QString &cardId) const;
    // One row's roles as a map, for a page that shows one card; empty for a bad row.
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();
    void revisionChanged();

private:
    std::vector<domain::InfoCard> m_cards;
    int m_revision = 0;
};

} // namespace lykta::kiosk
