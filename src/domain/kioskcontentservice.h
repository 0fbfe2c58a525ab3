#pragma once

#include "domainerror.h"
#include "helpline.h"
#include "infocard.h"
#include "store/store.h"

#include <vector>

namespace lykta::domain {

// Content for the waiting-room kiosk: info cards and helplines, managed centrally. None of
// it is personal data.
class KioskContentService
{
public:
    explicit KioskContentService(store::Store &store) : m_store(store) {}

    DomainResult<std::string> addCard(const store::Actor &actor, const InfoCard &card);
    DomainResult<bool> setPublished(const store::Actor &actor, const std::string &id,
                                    bool published);
    // Published cards for an age band and language, in sort order.
    std::vector<InfoCard> publishedCards(const QString &ageBand, const QString &language) const;

    DomainResult<std::string> addHelpline(const store::Actor &actor, const Helpline &helpline);
    std::vector<Helpline> helplines() const;

    static bool isAgeBand(const QString &band);

private:
    store::Store &m_store;
};

} // namespace lykta::domain
