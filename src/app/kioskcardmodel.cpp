#include "kioskcardmodel.h"

#include "cardpicture.h"
#include "kioskcontentlabels.h"
#include "kioskcontentservice.h"
#include "kiosklanguage.h"
#include "modelrow.h"

namespace lykta::app {

QHash<int, QByteArray> KioskCardModel::roleNames() const
{
    return {{CardIdRole, "cardId"},
            {CardTitleRole, "cardTitle"},
            {CardBodyRole, "cardBody"},
            {PictureNameRole, "pictureName"},
            {PictureUrlRole, "pictureUrl"},
            {AgeBandRole, "ageBand"},
            {AgeBandNameRole, "ageBandName"},
            {LanguageRole, "language"},
            {LanguageNameRole, "languageName"},
            {RightToLeftRole, "rightToLeft"},
            {PublishedRole, "published"},
            {SortOrderRole, "sortOrder"},
            {EmergencyRole, "emergency"},
            {NeedsReviewRole, "needsReview"}};
}

void KioskCardModel::setLanguage(const QString &language)
{
    if (assignAndRefresh(m_language, language))
        emit filterChanged();
}

void KioskCardModel::setAgeBand(const QString &band)
{
    if (assignAndRefresh(m_ageBand, band))
        emit filterChanged();
}

void KioskCardModel::setDraftsOnly(bool draftsOnly)
{
    if (draftsOnly == m_draftsOnly)
        return;
    m_draftsOnly = draftsOnly;
    refresh();
    emit filterChanged();
}

void KioskCardModel::reload()
{
    domain::KioskContentService content(workspace()->store());
    m_rows.clear();
    m_reviewCount = 0;
    // cards() is in the kiosk's order: by language, age band, then the card's own order.
    for (domain::InfoCard &card : content.cards()) {
        m_reviewCount += card.needsReview ? 1 : 0;
        if ((m_language.isEmpty() || card.language == m_language) &&
            (m_ageBand.isEmpty() || card.ageBand == m_ageBand) &&
            (!m_draftsOnly || card.needsReview))
            m_rows.push_back(std::move(card));
    }
    const bool manage = content.mayManage(workspace()->actor());
    if (manage != m_canManage) {
        m_canManage = manage;
        emit canManageChanged();
    }
}

QVariant KioskCardModel::roleData(const domain::InfoCard &card, int role) const
{
    switch (role) {
    case CardIdRole:
        return QString::fromStdString(card.id);
    case CardTitleRole:
        return card.title;
    case CardBodyRole:
        return card.body;
    case PictureNameRole:
        return card.picture;
    case PictureUrlRole:
        return ui::cardPictureUrl(card.picture);
    case AgeBandRole:
        return card.ageBand;
    case AgeBandNameRole:
        return KioskContentLabels::ageBandName(card.ageBand);
    case LanguageRole:
        return card.language;
    case LanguageNameRole:
        return KioskContentLabels::languageName(card.language);
    case RightToLeftRole:
        return domain::KioskLanguage::isRightToLeft(card.language);
    case PublishedRole:
        return card.published;
    case SortOrderRole:
        return card.sortOrder;
    case EmergencyRole:
        return card.emergency;
    case NeedsReviewRole:
        return card.needsReview;
    default:
        return {};
    }
}

bool KioskCardModel::setPublished(const QString &cardId, bool published)
{
    if (!workspace())
        return false;
    auto r = domain::KioskContentService(workspace()->store())
                 .setPublished(workspace()->actor(), cardId.toStdString(), published);
    return settle(r ? nullptr : &r.error());
}

bool KioskCardModel::approve(const QString &cardId)
{
    if (!workspace())
        return false;
    auto r = domain::KioskContentService(workspace()->store())
                 .approve(workspace()->actor(), cardId.toStdString());
    return settle(r ? nullptr : &r.error());
}

QVariantMap KioskCardModel::get(int row) const
{
    return ui::rowAsMap(*this, row);
}

} // namespace lykta::app
