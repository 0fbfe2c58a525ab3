#pragma once

#include "domainerror.h"
#include "helpline.h"
#include "infocard.h"
#include "kioskcontentpack.h"
#include "store/store.h"

#include <optional>

#include <vector>

namespace lykta::domain {

// Content for the waiting-room kiosk: info cards and helplines, managed centrally. None of
// it is personal data.
class KioskContentService
{
public:
    explicit KioskContentService(store::Store &store) : m_store(store) {}

    DomainResult<std::string> addCard(const store::Actor &actor, const InfoCard &card);
    // Changes a card's text, picture, age band, language and order (not whether it is
    // published: that is setPublished, a separate decision).
    DomainResult<bool> updateCard(const store::Actor &actor, const InfoCard &card);
    DomainResult<bool> setPublished(const store::Actor &actor, const std::string &id,
                                    bool published);
    // Published cards for an age band and language, in sort order.
    std::vector<InfoCard> publishedCards(const QString &ageBand, const QString &language) const;
    // Every card, published or not, by language, age band and order: for the people who
    // manage content.
    std::vector<InfoCard> cards() const;
    std::optional<InfoCard> card(const std::string &id) const;

    // Writes the pack's cards and helplines that this store does not hold yet, with the
    // pack's ids, into the actor's unit; returns how many records were created. Cards held
    // already are left as they are, so an edit made since is never undone.
    DomainResult<int> install(const store::Actor &actor, const KioskContentPack &pack);

    DomainResult<std::string> addHelpline(const store::Actor &actor, const Helpline &helpline);
    std::vector<Helpline> helplines() const;

    static bool isAgeBand(const QString &band);

private:
    store::Store &m_store;
};

} // namespace lykta::domain
