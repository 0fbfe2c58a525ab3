#include "kioskcontentservice.h"

#include "detail.h"
#include "sync/core/uuid.h"

namespace lykta::domain {

using namespace detail;

bool KioskContentService::isAgeBand(const QString &band)
{
    return band == QLatin1String("3-6") || band == QLatin1String("7-12") ||
           band == QLatin1String("13-18");
}

DomainResult<std::string> KioskContentService::addCard(const store::Actor &actor,
                                                       const InfoCard &card)
{
    if (card.title.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "title");
    if (card.body.trimmed().isEmpty() && card.picture.isEmpty())
        return domainError(DomainErrc::Empty, "body");
    if (!isAgeBand(card.ageBand))
        return domainError(DomainErrc::OutOfRange, "age_band");
    if (card.language.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "language");
    store::Change c{store::ChangeKind::Create,
                    "info_card",
                    sync::newUuidV7(),
                    {{"title", text(card.title.trimmed())},
                     {"body", text(card.body)},
                     {"picture", text(card.picture)},
                     {"age_band", text(card.ageBand)},
                     {"language", text(card.language.trimmed())},
                     {"published", flag(card.published)},
                     {"sort_order", integer(card.sortOrder)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<bool> KioskContentService::setPublished(const store::Actor &actor,
                                                     const std::string &id, bool published)
{
    if (auto r = getLive(m_store, "info_card", id, "card_id"); !r)
        return r.error();
    store::Change c{store::ChangeKind::Update, "info_card", id, {{"published", flag(published)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

std::vector<InfoCard> KioskContentService::publishedCards(const QString &ageBand,
                                                          const QString &language) const
{
    std::vector<InfoCard> out;
    auto rows = listLive(
        m_store, "info_card",
        {{"age_band", text(ageBand)}, {"language", text(language)}, {"published", flag(true)}},
        "sort_order");
    if (rows) {
        for (const auto &r : *rows) {
            out.push_back({r.id, qtext(r, "title"), qtext(r, "body"), qtext(r, "picture"),
                           qtext(r, "age_band"), qtext(r, "language"), true,
                           int32(r, "sort_order")});
        }
    }
    return out;
}

DomainResult<std::string> KioskContentService::addHelpline(const store::Actor &actor,
                                                           const Helpline &helpline)
{
    if (helpline.name.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "name");
    if (helpline.number.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "number");
    if (!helpline.lastVerified.isValid() || helpline.lastVerified > QDate::currentDate())
        return domainError(DomainErrc::InvalidDate, "last_verified");
    store::Change c{store::ChangeKind::Create,
                    "helpline",
                    sync::newUuidV7(),
                    {{"name", text(helpline.name.trimmed())},
                     {"number", text(helpline.number.trimmed())},
                     {"hours", text(helpline.hours)},
                     {"audience", text(helpline.audience)},
                     {"last_verified", date(helpline.lastVerified)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

std::vector<Helpline> KioskContentService::helplines() const
{
    std::vector<Helpline> out;
    if (auto rows = listLive(m_store, "helpline", {}, "name")) {
        for (const auto &r : *rows) {
            out.push_back({r.id, qtext(r, "name"), qtext(r, "number"), qtext(r, "hours"),
                           qtext(r, "audience"), qdate(r, "last_verified")});
        }
    }
    return out;
}

} // namespace lykta::domain
