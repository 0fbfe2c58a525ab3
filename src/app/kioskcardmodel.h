#pragma once

#include "infocard.h"
#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The unit's kiosk cards for the people who manage them: published or not, filtered by
// language and age band, in the order the kiosk shows them; `draftsOnly` keeps the drafts that
// wait for a native speaker's review (InfoCard::needsReview). Publishing, unpublishing and
// approving a draft go through here; only staff with the content role may (canManage), others
// read.
class KioskCardModel : public RowListModel<domain::InfoCard>
{
    Q_OBJECT
    QML_ELEMENT
    // Empty: every language / every age band.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY filterChanged)
    Q_PROPERTY(QString ageBand READ ageBand WRITE setAgeBand NOTIFY filterChanged)
    Q_PROPERTY(bool draftsOnly READ draftsOnly WRITE setDraftsOnly NOTIFY filterChanged)
    Q_PROPERTY(bool canManage READ canManage NOTIFY canManageChanged)
    // How many cards of every language and age band wait for review (whatever the filter).
    Q_PROPERTY(int reviewCount READ reviewCount NOTIFY reloaded)

public:
    enum Role
    {
        CardIdRole = Qt::UserRole + 1,
        CardTitleRole,
        CardBodyRole,
        PictureNameRole,
        PictureUrlRole, // empty when the card has no (shipped) picture
        AgeBandRole,
        AgeBandNameRole,
        LanguageRole,
        LanguageNameRole,
        RightToLeftRole,
        PublishedRole,
        SortOrderRole,
        EmergencyRole,
        NeedsReviewRole, // a draft for a native speaker to review: approve, not publish
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QHash<int, QByteArray> roleNames() const override;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString ageBand() const { return m_ageBand; }
    void setAgeBand(const QString &band);
    bool draftsOnly() const { return m_draftsOnly; }
    void setDraftsOnly(bool draftsOnly);
    bool canManage() const { return m_canManage; }
    int reviewCount() const { return m_reviewCount; }

    // Shows a card on every kiosk of the unit, or takes it away; false (errorText says why)
    // when refused.
    Q_INVOKABLE bool setPublished(const QString &cardId, bool published);
    // A native speaker has read the draft: it is no longer a draft, and it is published.
    Q_INVOKABLE bool approve(const QString &cardId);
    // One row's roles as a map; empty for a bad row.
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void filterChanged();
    void canManageChanged();

protected:
    void reload() override;
    QVariant roleData(const domain::InfoCard &card, int role) const override;

private:
    QString m_language;
    QString m_ageBand;
    bool m_draftsOnly = false;
    bool m_canManage = false;
    int m_reviewCount = 0;
};

} // namespace lykta::app
