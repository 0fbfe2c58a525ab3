#pragma once

#include "domainerror.h"
#include "helpline.h"
#include "infocard.h"
#include "kioskcontentpack.h"
#include "kiosksettings.h"
#include "store/store.h"

#include <optional>

#include <vector>

namespace lykta::domain {

// A way to reach a helpline, for markVerified.
enum class HelplineContact
{
    Phone,
    Chat,
    Web,
};

// Content for the waiting-room kiosk: info cards and helplines, managed centrally. None of
// it is personal data. Only staff with the content role (Staff::Role::Content) may create,
// edit, publish, unpublish or install it; anyone may read it. The server enforces the same
// rule on what a device pushes; this check is what gives a person a clear answer at once.
class KioskContentService
{
public:
    explicit KioskContentService(store::Store &store) : m_store(store) {}

    // Whether `actor` may change kiosk content: the actor's staff record (in this store) has
    // the content role. Refused as NotPermitted (field "role") otherwise.
    DomainResult<bool> requireContentRole(const store::Actor &actor) const;
    bool mayManage(const store::Actor &actor) const { return requireContentRole(actor).ok(); }

    DomainResult<std::string> addCard(const store::Actor &actor, const InfoCard &card);
    // Changes a card's text, picture, age band, language, order and emergency line (not
    // whether it is published: that is setPublished, a separate decision).
    DomainResult<bool> updateCard(const store::Actor &actor, const InfoCard &card);
    // Refused (NotPermitted, "needs_review") for a draft still to be reviewed.
    DomainResult<bool> setPublished(const store::Actor &actor, const std::string &id,
                                    bool published);
    // A native speaker with the content role has read the draft (and corrected it with
    // updateCard): it is no longer a draft, and it is published.
    DomainResult<bool> approve(const store::Actor &actor, const std::string &id);
    // Published cards for an age band and language, in sort order; never a draft.
    std::vector<InfoCard> publishedCards(const QString &ageBand, const QString &language) const;
    // Every card, published or not, by language (as the kiosk offers them), age band and
    // order: for the people who manage content.
    std::vector<InfoCard> cards() const;
    std::optional<InfoCard> card(const std::string &id) const;

    // Writes the pack's cards and helplines that this store does not hold yet, with the
    // pack's ids, into the actor's unit; returns how many records were created. Cards held
    // already are left as they are, so an edit made since is never undone.
    DomainResult<int> install(const store::Actor &actor, const KioskContentPack &pack);

    DomainResult<std::string> addHelpline(const store::Actor &actor, const Helpline &helpline);
    // Changes everything about a helpline, its translations included; a translation left out
    // of `helpline.translations` is left as it was, an empty field clears it.
    DomainResult<bool> updateHelpline(const store::Actor &actor, const Helpline &helpline);
    // Someone called the number (or opened the chat or web page) on `day` and it answered:
    // sets that contact's verified date only. Refused (Empty) for a contact it does not have.
    DomainResult<bool> markVerified(const store::Actor &actor, const std::string &id,
                                    const QDate &day = QDate::currentDate(),
                                    HelplineContact contact = HelplineContact::Phone);
    // A native speaker has read the helpline's texts in `language`: they are no longer a draft.
    DomainResult<bool> approveTranslation(const store::Actor &actor, const std::string &id,
                                          const QString &language);
    // The idle times of the unit's kiosks (`unitId` empty: of the one unit this store holds,
    // as on a kiosk). Defaults where none are set.
    KioskSettings settings(const std::string &unitId = {}) const;
    // Sets them for the actor's unit: each within KioskSettings::kMin/kMaxSeconds.
    DomainResult<bool> setSettings(const store::Actor &actor, const KioskSettings &settings);
    std::vector<Helpline> helplines() const;
    std::optional<Helpline> helpline(const std::string &id) const;

    static bool isAgeBand(const QString &band);
    // Every field of a new card (published included) or helpline (translations included), as
    // they are written: KioskSeed writes shipped content with the same fields.
    static std::vector<store::FieldValue> fieldsOf(const InfoCard &card);
    static std::vector<store::FieldValue> fieldsOf(const Helpline &helpline);

private:
    store::Store &m_store;
};

} // namespace lykta::domain
