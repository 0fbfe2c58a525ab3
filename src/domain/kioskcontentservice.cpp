#include "kioskcontentservice.h"

#include "detail.h"
#include "sync/core/uuid.h"

#include <algorithm>

namespace lykta::domain {

using namespace detail;

bool KioskContentService::isAgeBand(const QString &band)
{
    return band == QLatin1String("3-6") || band == QLatin1String("7-12") ||
           band == QLatin1String("13-18");
}

namespace {

std::optional<DomainError> validate(const InfoCard &card)
{
    if (card.title.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "title");
    if (card.body.trimmed().isEmpty() && card.picture.isEmpty())
        return domainError(DomainErrc::Empty, "body");
    if (!KioskContentService::isAgeBand(card.ageBand))
        return domainError(DomainErrc::OutOfRange, "age_band");
    if (card.language.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "language");
    return std::nullopt;
}

std::optional<DomainError> validate(const Helpline &helpline)
{
    if (helpline.name.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "name");
    if (helpline.number.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "number");
    if (!helpline.lastVerified.isValid() || helpline.lastVerified > QDate::currentDate())
        return domainError(DomainErrc::InvalidDate, "last_verified");
    return std::nullopt;
}

std::vector<store::FieldValue> cardFields(const InfoCard &card)
{
    return {{"title", text(card.title.trimmed())},
            {"body", text(card.body)},
            {"picture", text(card.picture)},
            {"age_band", text(card.ageBand)},
            {"language", text(card.language.trimmed())},
            {"sort_order", integer(card.sortOrder)}};
}

// No unit_id: the store gives a new record the actor's unit, which the server needs to
// accept it (an explicit null would keep the card out of every unit).
store::Change createCard(const std::string &id, const InfoCard &card)
{
    store::Change c{store::ChangeKind::Create, "info_card", id, cardFields(card)};
    c.fields.push_back({"published", flag(card.published)});
    return c;
}

store::Change createHelpline(const std::string &id, const Helpline &helpline)
{
    return {store::ChangeKind::Create,
            "helpline",
            id,
            {{"name", text(helpline.name.trimmed())},
             {"number", text(helpline.number.trimmed())},
             {"hours", text(helpline.hours)},
             {"audience", text(helpline.audience)},
             {"last_verified", date(helpline.lastVerified)}}};
}

InfoCard toCard(const store::Record &r)
{
    return {r.id,
            qtext(r, "title"),
            qtext(r, "body"),
            qtext(r, "picture"),
            qtext(r, "age_band"),
            qtext(r, "language"),
            !r.isNull("published") && r.integer("published") == 1,
            r.isNull("sort_order") ? 0 : int32(r, "sort_order")};
}

} // namespace

DomainResult<std::string> KioskContentService::addCard(const store::Actor &actor,
                                                       const InfoCard &card)
{
    if (auto e = validate(card))
        return *e;
    const store::Change c = createCard(sync::newUuidV7(), card);
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<bool> KioskContentService::updateCard(const store::Actor &actor, const InfoCard &card)
{
    if (auto e = validate(card))
        return *e;
    if (auto r = getLive(m_store, "info_card", card.id, "card_id"); !r)
        return r.error();
    const store::Change c{store::ChangeKind::Update, "info_card", card.id, cardFields(card)};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
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
        for (const auto &r : *rows)
            out.push_back(toCard(r));
    }
    return out;
}

std::vector<InfoCard> KioskContentService::cards() const
{
    std::vector<InfoCard> out;
    if (auto rows = listLive(m_store, "info_card", {}, "sort_order")) {
        for (const auto &r : *rows)
            out.push_back(toCard(r));
    }
    const auto bandRank = [](const QString &band) {
        return band == QLatin1String("3-6") ? 0 : band == QLatin1String("7-12") ? 1 : 2;
    };
    std::stable_sort(out.begin(), out.end(), [&](const InfoCard &a, const InfoCard &b) {
        if (a.language != b.language)
            return a.language < b.language;
        return bandRank(a.ageBand) < bandRank(b.ageBand);
    });
    return out;
}

std::optional<InfoCard> KioskContentService::card(const std::string &id) const
{
    auto r = getLive(m_store, "info_card", id, "card_id");
    if (!r)
        return std::nullopt;
    return toCard(*r);
}

DomainResult<int> KioskContentService::install(const store::Actor &actor,
                                               const KioskContentPack &pack)
{
    std::vector<store::Change> changes;
    // Adds a Create for each item this store does not hold; an error stops everything.
    const auto addMissing = [&](const char *entity, const auto &items,
                                auto create) -> std::optional<DomainError> {
        for (const auto &item : items) {
            if (auto e = validate(item))
                return e;
            auto held = m_store.get(entity, item.id);
            if (!held)
                return fromStore(held.error());
            if (!held->has_value())
                changes.push_back(create(item.id, item));
        }
        return std::nullopt;
    };
    if (auto e = addMissing("info_card", pack.cards, createCard))
        return *e;
    if (auto e = addMissing("helpline", pack.helplines, createHelpline))
        return *e;
    if (changes.empty())
        return 0;
    auto w = write(m_store, actor, changes);
    if (!w)
        return w.error();
    return static_cast<int>(changes.size());
}

DomainResult<std::string> KioskContentService::addHelpline(const store::Actor &actor,
                                                           const Helpline &helpline)
{
    if (auto e = validate(helpline))
        return *e;
    const store::Change c = createHelpline(sync::newUuidV7(), helpline);
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
