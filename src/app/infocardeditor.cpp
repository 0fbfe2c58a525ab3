#include "infocardeditor.h"

#include "cardpicture.h"
#include "kioskcontentlabels.h"
#include "kioskcontentservice.h"
#include "kiosklanguage.h"

namespace lykta::app {

namespace {

QString pictureLabel(const QString &name)
{
    if (name == QLatin1String("not-your-fault"))
        return InfoCardEditor::tr("Inte ditt fel");
    if (name == QLatin1String("not-alone"))
        return InfoCardEditor::tr("Inte ensam");
    if (name == QLatin1String("feelings"))
        return InfoCardEditor::tr("Känslor");
    if (name == QLatin1String("illness"))
        return InfoCardEditor::tr("Sjukdom");
    if (name == QLatin1String("growing"))
        return InfoCardEditor::tr("Växa upp");
    if (name == QLatin1String("talk"))
        return InfoCardEditor::tr("Prata");
    if (name == QLatin1String("safe-home"))
        return InfoCardEditor::tr("Tryggt hem");
    if (name == QLatin1String("helpline"))
        return InfoCardEditor::tr("Hjälplinje");
    if (name == QLatin1String("lantern"))
        return InfoCardEditor::tr("Lyktan");
    return name;
}

} // namespace

void InfoCardEditor::setCardId(const QString &id)
{
    if (m_cardId == id)
        return;
    m_cardId = id;
    load();
}

QVariantList InfoCardEditor::pictures()
{
    const auto item = [](const QString &key, const QString &label) {
        return QVariantMap{{QStringLiteral("key"), key},
                           {QStringLiteral("label"), label},
                           {QStringLiteral("url"), ui::cardPictureUrl(key)}};
    };
    QVariantList out{item({}, tr("Ingen bild"))};
    for (const QString &name : ui::cardPictureNames())
        out.append(item(name, pictureLabel(name)));
    return out;
}

QVariantList InfoCardEditor::ageBands()
{
    return KioskContentLabels::ageBands();
}

QVariantList InfoCardEditor::languages()
{
    return KioskContentLabels::languages();
}

QString InfoCardEditor::pictureUrl(const QString &name)
{
    return ui::cardPictureUrl(name);
}

bool InfoCardEditor::isRightToLeft(const QString &language)
{
    return domain::KioskLanguage::isRightToLeft(language);
}

void InfoCardEditor::load()
{
    clearErrors();
    if (workspace()) {
        domain::KioskContentService content(workspace()->store());
        m_canManage = content.mayManage(workspace()->actor());
        if (!m_cardId.isEmpty()) {
            if (auto card = content.card(m_cardId.toStdString())) {
                m_title = card->title;
                m_body = card->body;
                m_picture = card->picture;
                m_ageBand = card->ageBand;
                m_language = card->language;
                m_sortOrder = QString::number(card->sortOrder);
                m_emergency = card->emergency;
                m_published = card->published;
                m_needsReview = card->needsReview;
            } else {
                fail(domain::domainError(domain::DomainErrc::NotFound, "card_id"));
            }
        }
    }
    announceLoad();
}

bool InfoCardEditor::save()
{
    clearErrors();
    if (!workspace())
        return false;
    bool number = false;
    const int order = m_sortOrder.trimmed().toInt(&number);
    if (!number)
        return fail(domain::domainError(domain::DomainErrc::OutOfRange, "sort_order"));
    domain::InfoCard card;
    card.id = m_cardId.toStdString();
    card.title = m_title.trimmed();
    card.body = m_body.trimmed();
    card.picture = m_picture;
    card.ageBand = m_ageBand;
    card.language = m_language;
    card.sortOrder = order;
    card.emergency = m_emergency;
    domain::KioskContentService content(workspace()->store());
    if (m_cardId.isEmpty()) {
        auto id = content.addCard(workspace()->actor(), card);
        if (!id)
            return fail(id.error());
        m_cardId = QString::fromStdString(*id);
    } else if (auto r = content.updateCard(workspace()->actor(), card); !r) {
        return fail(r.error());
    }
    workspace()->notifyChanged();
    load();
    return true;
}

bool InfoCardEditor::setPublished(bool published)
{
    clearErrors();
    if (!workspace())
        return false;
    auto r = domain::KioskContentService(workspace()->store())
                 .setPublished(workspace()->actor(), m_cardId.toStdString(), published);
    return settle(r);
}

bool InfoCardEditor::approve()
{
    clearErrors();
    if (!workspace())
        return false;
    return settle(domain::KioskContentService(workspace()->store())
                      .approve(workspace()->actor(), m_cardId.toStdString()));
}

bool InfoCardEditor::settle(const domain::DomainResult<bool> &r)
{
    if (!r)
        return fail(r.error());
    workspace()->notifyChanged();
    load();
    return true;
}

} // namespace lykta::app
