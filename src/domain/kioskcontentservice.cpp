#include "kioskcontentservice.h"

#include "detail.h"
#include "kiosklanguage.h"
#include "sync/core/staffrole.h"
#include "sync/core/uuid.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace lykta::domain {

using namespace detail;

bool KioskContentService::isAgeBand(const QString &band)
{
    return band == QLatin1String("3-6") || band == QLatin1String("7-12") ||
           band == QLatin1String("13-18");
}

namespace {

constexpr qsizetype kMaxTitle = 120;
constexpr qsizetype kMaxBody = 4000;
constexpr int kMaxOrder = 9999;

std::optional<DomainError> validate(const InfoCard &card)
{
    static const QRegularExpression pictureName(QStringLiteral("^[a-z0-9-]{0,64}$"));
    if (card.title.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "title");
    if (card.title.trimmed().size() > kMaxTitle)
        return domainError(DomainErrc::OutOfRange, "title");
    if (card.body.trimmed().isEmpty() && card.picture.isEmpty())
        return domainError(DomainErrc::Empty, "body");
    if (card.body.size() > kMaxBody)
        return domainError(DomainErrc::OutOfRange, "body");
    if (!pictureName.match(card.picture).hasMatch())
        return domainError(DomainErrc::OutOfRange, "picture");
    if (!KioskContentService::isAgeBand(card.ageBand))
        return domainError(DomainErrc::OutOfRange, "age_band");
    if (card.language.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "language");
    if (card.sortOrder < 0 || card.sortOrder > kMaxOrder)
        return domainError(DomainErrc::OutOfRange, "sort_order");
    return std::nullopt;
}

// An https address a child can open on their own phone, and a checked day not in the future.
std::optional<DomainError> validate(const HelplineLink &link, const char *urlField,
                                    const char *verifiedField)
{
    if (link.url.isEmpty())
        return std::nullopt;
    const QUrl url(link.url, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        link.url.size() > 300)
        return domainError(DomainErrc::OutOfRange, urlField);
    if (link.verified.isValid() && link.verified > QDate::currentDate())
        return domainError(DomainErrc::InvalidDate, verifiedField);
    return std::nullopt;
}

std::optional<DomainError> validate(const Helpline &helpline)
{
    static const QRegularExpression phoneNumber(QStringLiteral("^\\+?[0-9][0-9 -]*$"));
    if (helpline.name.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "name");
    const bool phone = !helpline.number.trimmed().isEmpty();
    if (!phone && helpline.chat.url.isEmpty() && helpline.web.url.isEmpty())
        return domainError(DomainErrc::Empty, "number");
    if (phone && !phoneNumber.match(helpline.number.trimmed()).hasMatch())
        return domainError(DomainErrc::OutOfRange, "number");
    if (phone && (!helpline.lastVerified.isValid() || helpline.lastVerified > QDate::currentDate()))
        return domainError(DomainErrc::InvalidDate, "last_verified");
    if (auto e = validate(helpline.chat, "chat_url", "chat_verified"))
        return e;
    if (auto e = validate(helpline.web, "web_url", "web_verified"))
        return e;
    for (const auto &[language, text] : helpline.translations) {
        if (language == KioskLanguage::fallback() || !KioskLanguage::isKnown(language))
            return domainError(DomainErrc::OutOfRange, "language");
    }
    return std::nullopt;
}

std::vector<store::FieldValue> cardFields(const InfoCard &card)
{
    return {{fields::info_card::title, text(card.title.trimmed())},
            {fields::info_card::body, text(card.body)},
            {fields::info_card::picture, text(card.picture)},
            {fields::info_card::age_band, text(card.ageBand)},
            {fields::info_card::language, text(card.language.trimmed())},
            {fields::info_card::sort_order, integer(card.sortOrder)},
            {fields::info_card::emergency, flag(card.emergency)}};
}

// No unit_id: the store gives a new record the actor's unit, which the server needs to
// accept it (an explicit null would keep the card out of every unit).
store::Change createCard(const std::string &id, const InfoCard &card)
{
    store::Change c{store::ChangeKind::Create, "info_card", id, cardFields(card)};
    c.fields.push_back({fields::info_card::published, flag(card.published && !card.needsReview)});
    c.fields.push_back({fields::info_card::needs_review, flag(card.needsReview)});
    return c;
}

// The column of a helpline's field in another language than Swedish (schema v4).
std::string translatedColumn(const char *field, const QString &language)
{
    return std::string(field) + '_' + QString(language).replace('-', '_').toStdString();
}

std::vector<store::FieldValue> helplineFields(const Helpline &helpline)
{
    std::vector<store::FieldValue> fields{
        {fields::helpline::name, text(helpline.name.trimmed())},
        {fields::helpline::number, text(helpline.number.trimmed())},
        {fields::helpline::hours, text(helpline.hours.trimmed())},
        {fields::helpline::audience, text(helpline.audience.trimmed())},
        {fields::helpline::last_verified, date(helpline.lastVerified)},
        {fields::helpline::chat_url, text(helpline.chat.url.trimmed())},
        {fields::helpline::chat_verified, date(helpline.chat.verified)},
        {fields::helpline::web_url, text(helpline.web.url.trimmed())},
        {fields::helpline::web_verified, date(helpline.web.verified)}};
    for (const auto &[language, t] : helpline.translations) {
        fields.push_back({translatedColumn("name", language), text(t.name.trimmed())});
        fields.push_back({translatedColumn("hours", language), text(t.hours.trimmed())});
        fields.push_back({translatedColumn("audience", language), text(t.audience.trimmed())});
        fields.push_back({translatedColumn("review", language), flag(t.draft)});
    }
    return fields;
}

store::Change createHelpline(const std::string &id, const Helpline &helpline)
{
    return {store::ChangeKind::Create, "helpline", id, helplineFields(helpline)};
}

InfoCard toCard(const store::Record &r)
{
    InfoCard card{
        r.id,
        qtext(r, fields::info_card::title),
        qtext(r, fields::info_card::body),
        qtext(r, fields::info_card::picture),
        qtext(r, fields::info_card::age_band),
        qtext(r, fields::info_card::language),
        !r.isNull(fields::info_card::published) && r.integer(fields::info_card::published) == 1,
        r.isNull(fields::info_card::sort_order) ? 0 : int32(r, fields::info_card::sort_order)};
    card.emergency =
        !r.isNull(fields::info_card::emergency) && r.integer(fields::info_card::emergency) == 1;
    card.needsReview = !r.isNull(fields::info_card::needs_review) &&
                       r.integer(fields::info_card::needs_review) == 1;
    return card;
}

Helpline toHelpline(const store::Record &r)
{
    Helpline h{r.id,
               qtext(r, fields::helpline::name),
               qtext(r, fields::helpline::number),
               qtext(r, fields::helpline::hours),
               qtext(r, fields::helpline::audience),
               qdate(r, fields::helpline::last_verified),
               {},
               {qtext(r, fields::helpline::chat_url), qdate(r, fields::helpline::chat_verified)},
               {qtext(r, fields::helpline::web_url), qdate(r, fields::helpline::web_verified)}};
    for (const KioskLanguage &l : KioskLanguage::all()) {
        const QString language = QString::fromUtf8(l.code);
        if (language == KioskLanguage::fallback())
            continue;
        const std::string review = translatedColumn("review", language);
        HelplineText t{qtextNamed(r, translatedColumn("name", language)),
                       qtextNamed(r, translatedColumn("hours", language)),
                       qtextNamed(r, translatedColumn("audience", language)),
                       !r.isNull(review) && r.integer(review) == 1};
        if (t != HelplineText{})
            h.translations.emplace(language, std::move(t));
    }
    return h;
}

} // namespace

std::vector<store::FieldValue> KioskContentService::fieldsOf(const InfoCard &card)
{
    return createCard({}, card).fields;
}

std::vector<store::FieldValue> KioskContentService::fieldsOf(const Helpline &helpline)
{
    return helplineFields(helpline);
}

DomainResult<bool> KioskContentService::requireContentRole(const store::Actor &actor) const
{
    if (actor.staffId.empty())
        return domainError(DomainErrc::NotPermitted, "role");
    auto staff = m_store.get("staff", actor.staffId);
    if (!staff)
        return fromStore(staff.error());
    // No staff record here (an enrolled device that has not been told its role) is refused
    // like any other role: the content role must be known, never assumed.
    if (!*staff || (*staff)->deleted() ||
        sync::staffRoleFromString((*staff)->text(fields::staff::role)) != sync::StaffRole::Content)
        return domainError(DomainErrc::NotPermitted, "role");
    return true;
}

DomainResult<std::string> KioskContentService::addCard(const store::Actor &actor,
                                                       const InfoCard &card)
{
    if (auto r = requireContentRole(actor); !r)
        return r.error();
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
    if (auto r = requireContentRole(actor); !r)
        return r;
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
    if (auto r = requireContentRole(actor); !r)
        return r;
    auto held = getLive(m_store, "info_card", id, "card_id");
    if (!held)
        return held.error();
    if (published && toCard(*held).needsReview)
        return domainError(DomainErrc::NotPermitted, "needs_review");
    store::Change c{store::ChangeKind::Update,
                    "info_card",
                    id,
                    {{fields::info_card::published, flag(published)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> KioskContentService::approve(const store::Actor &actor, const std::string &id)
{
    if (auto r = requireContentRole(actor); !r)
        return r;
    if (auto r = getLive(m_store, "info_card", id, "card_id"); !r)
        return r.error();
    store::Change c{store::ChangeKind::Update,
                    "info_card",
                    id,
                    {{fields::info_card::needs_review, flag(false)},
                     {fields::info_card::published, flag(true)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

std::vector<InfoCard> KioskContentService::publishedCards(const QString &ageBand,
                                                          const QString &language) const
{
    std::vector<InfoCard> out;
    auto rows = listLive(m_store, "info_card",
                         {{fields::info_card::age_band, text(ageBand)},
                          {fields::info_card::language, text(language)},
                          {fields::info_card::published, flag(true)}},
                         "sort_order");
    if (rows) {
        for (const auto &r : *rows) {
            InfoCard card = toCard(r);
            if (!card.needsReview) // published by a device before v19 knew of review
                out.push_back(std::move(card));
        }
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
    // Languages in the order the kiosk offers them (Swedish first), any other after, by code.
    const auto languageRank = [](const QString &language) {
        const auto all = KioskLanguage::all();
        const auto it = std::find_if(all.begin(), all.end(), [&](const KioskLanguage &l) {
            return language == QLatin1String(l.code);
        });
        return std::distance(all.begin(), it);
    };
    std::stable_sort(out.begin(), out.end(), [&](const InfoCard &a, const InfoCard &b) {
        if (a.language != b.language) {
            const auto ra = languageRank(a.language);
            const auto rb = languageRank(b.language);
            return ra != rb ? ra < rb : a.language < b.language;
        }
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
    if (auto r = requireContentRole(actor); !r)
        return r.error();
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
    if (auto r = requireContentRole(actor); !r)
        return r.error();
    if (auto e = validate(helpline))
        return *e;
    const store::Change c = createHelpline(sync::newUuidV7(), helpline);
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<bool> KioskContentService::updateHelpline(const store::Actor &actor,
                                                       const Helpline &helpline)
{
    if (auto r = requireContentRole(actor); !r)
        return r;
    if (auto e = validate(helpline))
        return *e;
    if (auto r = getLive(m_store, "helpline", helpline.id, "helpline_id"); !r)
        return r.error();
    const store::Change c{store::ChangeKind::Update, "helpline", helpline.id,
                          helplineFields(helpline)};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> KioskContentService::markVerified(const store::Actor &actor,
                                                     const std::string &id, const QDate &day,
                                                     HelplineContact contact)
{
    const store::Field &field = contact == HelplineContact::Chat  ? fields::helpline::chat_verified
                                : contact == HelplineContact::Web ? fields::helpline::web_verified
                                                                  : fields::helpline::last_verified;
    if (auto r = requireContentRole(actor); !r)
        return r;
    if (!day.isValid() || day > QDate::currentDate())
        return domainError(DomainErrc::InvalidDate, std::string(field.name));
    auto held = getLive(m_store, "helpline", id, "helpline_id");
    if (!held)
        return held.error();
    const Helpline h = toHelpline(*held);
    if ((contact == HelplineContact::Phone && h.number.isEmpty()) ||
        (contact == HelplineContact::Chat && h.chat.url.isEmpty()) ||
        (contact == HelplineContact::Web && h.web.url.isEmpty()))
        return domainError(DomainErrc::Empty, std::string(field.name));
    const store::Change c{store::ChangeKind::Update, "helpline", id, {{field, date(day)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> KioskContentService::approveTranslation(const store::Actor &actor,
                                                           const std::string &id,
                                                           const QString &language)
{
    if (auto r = requireContentRole(actor); !r)
        return r;
    if (language == KioskLanguage::fallback() || !KioskLanguage::isKnown(language))
        return domainError(DomainErrc::OutOfRange, "language");
    if (auto r = getLive(m_store, "helpline", id, "helpline_id"); !r)
        return r.error();
    const store::Change c{store::ChangeKind::Update,
                          "helpline",
                          id,
                          {{translatedColumn("review", language), flag(false)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

KioskSettings KioskContentService::settings(const std::string &unitId) const
{
    KioskSettings s;
    auto rows = listLive(m_store, "kiosk_settings", {}, {}); // in id order
    for (const store::Record &r : *rows) {
        // The unit's own record; a kiosk holds only its unit's, whose id it may not know.
        if (!unitId.empty() && r.id != unitId)
            continue;
        const auto read = [&](const store::Field &field, int &seconds) {
            if (!r.isNull(field))
                seconds = std::clamp(int32(r, field), KioskSettings::kMinSeconds,
                                     KioskSettings::kMaxSeconds);
        };
        read(fields::kiosk_settings::idle_start_s, s.idleStartSeconds);
        read(fields::kiosk_settings::idle_cards_s, s.idleCardsSeconds);
        read(fields::kiosk_settings::idle_card_s, s.idleCardSeconds);
        read(fields::kiosk_settings::idle_helplines_s, s.idleHelplinesSeconds);
        break;
    }
    return s;
}

DomainResult<bool> KioskContentService::setSettings(const store::Actor &actor,
                                                    const KioskSettings &settings)
{
    if (auto r = requireContentRole(actor); !r)
        return r;
    const std::pair<const store::Field &, int> values[] = {
        {fields::kiosk_settings::idle_start_s, settings.idleStartSeconds},
        {fields::kiosk_settings::idle_cards_s, settings.idleCardsSeconds},
        {fields::kiosk_settings::idle_card_s, settings.idleCardSeconds},
        {fields::kiosk_settings::idle_helplines_s, settings.idleHelplinesSeconds}};
    store::Change c{store::ChangeKind::Update, "kiosk_settings", actor.unitId, {}};
    for (const auto &[field, seconds] : values) {
        if (seconds < KioskSettings::kMinSeconds || seconds > KioskSettings::kMaxSeconds)
            return domainError(DomainErrc::OutOfRange, std::string(field.name));
        c.fields.push_back({field, integer(seconds)});
    }
    if (actor.unitId.empty())
        return domainError(DomainErrc::Empty, "unit_id");
    auto held = m_store.get("kiosk_settings", actor.unitId);
    if (!held)
        return fromStore(held.error());
    if (!held->has_value())
        c.kind = store::ChangeKind::Create;
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

std::vector<Helpline> KioskContentService::helplines() const
{
    std::vector<Helpline> out;
    if (auto rows = listLive(m_store, "helpline", {}, "name")) {
        for (const auto &r : *rows)
            out.push_back(toHelpline(r));
    }
    return out;
}

std::optional<Helpline> KioskContentService::helpline(const std::string &id) const
{
    auto r = getLive(m_store, "helpline", id, "helpline_id");
    if (!r)
        return std::nullopt;
    return toHelpline(*r);
}

} // namespace lykta::domain
