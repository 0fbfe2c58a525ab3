// The kiosk content screen's models and forms: the unit's cards filtered and in kiosk order,
// a card's form with messages in place, publishing, drafts in new languages that wait for a
// native speaker (a badge, approve instead of publish), helplines with "checked today" for the
// number, chat and web page, their texts per language and approving a language's drafts, the
// kiosk's idle times, and the content role: others read, and nothing they try is written.

#include "domaintestutil.h"
#include "helplineeditor.h"
#include "infocardeditor.h"
#include "kioskcardmodel.h"
#include "kioskcontentservice.h"
#include "kioskhelplinemodel.h"
#include "kiosksettingseditor.h"

#include <QTest>

using namespace lykta;
using namespace lykta::app;

namespace {

QVariant roleOf(const QAbstractListModel &m, int row, const char *name)
{
    const auto names = m.roleNames();
    return m.data(m.index(row), names.key(name));
}

int rowOf(const QAbstractListModel &m, const char *idRole, const QString &id)
{
    for (int row = 0; row < m.rowCount(); ++row)
        if (roleOf(m, row, idRole).toString() == id)
            return row;
    return -1;
}

int helplineRow(const KioskHelplineModel &lines, const char *name)
{
    for (int row = 0; row < lines.rowCount(); ++row)
        if (roleOf(lines, row, "lineName").toString() == QLatin1String(name))
            return row;
    return -1;
}

// The contact of a kind (phone, chat, web) in a helpline row's contacts; empty when it has none.
QVariantMap contactOf(const KioskHelplineModel &lines, int row, const char *kind)
{
    for (const QVariant &c : roleOf(lines, row, "contacts").toList())
        if (c.toMap().value("contact").toString() == QLatin1String(kind))
            return c.toMap();
    return {};
}

} // namespace

class TestKioskContent : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<domain::test::DomainFixture>();
        m_fixture->setRole(m_fixture->staffId(), domain::Staff::Role::Content);
        m_workspace = std::make_unique<Workspace>(m_fixture->store(), m_fixture->actor(), false);
        auto pack = domain::KioskContentPack::read(QStringLiteral(":/kiosk/content"));
        QVERIFY(pack);
        m_pack = *pack;
        QVERIFY(
            domain::KioskContentService(m_fixture->store()).install(m_fixture->actor(), m_pack));
    }

    void cardsAreFilteredAndInKioskOrder()
    {
        KioskCardModel cards;
        cards.setWorkspace(m_workspace.get());
        QCOMPARE(cards.rowCount(), int(m_pack.cards.size()));
        QVERIFY(cards.canManage());
        cards.setLanguage(QStringLiteral("sv"));
        cards.setAgeBand(QStringLiteral("13-18"));
        int expected = 0;
        for (const auto &c : m_pack.cards)
            expected += c.language == QLatin1String("sv") && c.ageBand == QLatin1String("13-18");
        QVERIFY(expected > 0);
        QCOMPARE(cards.rowCount(), expected);
        QCOMPARE(cards.count(), expected);
        int previous = -1;
        int emergency = 0;
        for (int row = 0; row < cards.rowCount(); ++row) {
            QCOMPARE(roleOf(cards, row, "language").toString(), QStringLiteral("sv"));
            QCOMPARE(roleOf(cards, row, "languageName").toString(), QStringLiteral("Svenska"));
            QCOMPARE(roleOf(cards, row, "ageBandName").toString(), QStringLiteral("13–18 år"));
            QVERIFY(roleOf(cards, row, "published").toBool());
            QVERIFY(!roleOf(cards, row, "rightToLeft").toBool());
            const int order = roleOf(cards, row, "sortOrder").toInt();
            QVERIFY(order > previous);
            previous = order;
            emergency += roleOf(cards, row, "emergency").toBool() ? 1 : 0;
        }
        QCOMPARE(emergency, 1);
        QCOMPARE(cards.get(0).value("cardTitle").toString(),
                 QStringLiteral("Det är inte ditt fel"));
        QVERIFY(cards.get(0).value("pictureUrl").toString().startsWith(QLatin1String("qrc:")));
        QVERIFY(cards.get(cards.rowCount()).isEmpty());
        // The Arabic cards are shipped as drafts for a native speaker to review.
        cards.setLanguage(QStringLiteral("ar"));
        QVERIFY(cards.rowCount() > 0);
        QCOMPARE(cards.rowCount(), int(std::count_if(m_pack.cards.begin(), m_pack.cards.end(),
                                                     [](const domain::InfoCard &c) {
                                                         return c.language == QLatin1String("ar") &&
                                                                c.ageBand == QLatin1String("13-18");
                                                     })));
        for (int row = 0; row < cards.rowCount(); ++row) {
            QVERIFY(roleOf(cards, row, "needsReview").toBool());
            QVERIFY(!roleOf(cards, row, "published").toBool());
            QVERIFY(roleOf(cards, row, "rightToLeft").toBool());
        }
        cards.setLanguage(QStringLiteral("xx")); // no card in a language the kiosk lacks
        QCOMPARE(cards.rowCount(), 0);
    }

    void aNewCardIsCheckedInPlaceAndStartsUnpublished()
    {
        KioskCardModel cards;
        cards.setWorkspace(m_workspace.get());
        cards.setLanguage(QStringLiteral("ar"));
        const int shipped = cards.rowCount(); // the shipped drafts
        InfoCardEditor editor;
        editor.setWorkspace(m_workspace.get());
        QVERIFY(editor.canManage());
        editor.setProperty("language", "ar");
        editor.setProperty("ageBand", "13-18");
        editor.setProperty("title", "  ");
        editor.setProperty("body", QStringLiteral("لست وحدك."));
        QVERIFY(!editor.save());
        QCOMPARE(editor.fieldErrors().value("title").toString(),
                 QStringLiteral("Fältet får inte vara tomt."));
        editor.setProperty("title", QStringLiteral("لست وحدك"));
        editor.setProperty("sortOrder", "tio");
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains("sort_order"));
        editor.setProperty("sortOrder", "5");
        editor.setProperty("ageBand", "0-99");
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains("age_band"));
        QCOMPARE(cards.rowCount(), shipped); // nothing written by any refused attempt

        editor.setProperty("ageBand", "13-18");
        editor.setProperty("picture", "safe-home");
        editor.setProperty("emergency", true);
        QVERIFY2(editor.save(), qPrintable(editor.errorText()));
        QVERIFY(editor.fieldErrors().isEmpty());
        QCOMPARE(cards.rowCount(), shipped + 1);
        int row = rowOf(cards, "cardId", editor.cardId());
        QVERIFY(row >= 0);
        QVERIFY(roleOf(cards, row, "rightToLeft").toBool());
        QVERIFY(roleOf(cards, row, "emergency").toBool());
        QVERIFY(!roleOf(cards, row, "published").toBool());
        QVERIFY(!roleOf(cards, row, "needsReview").toBool()); // written here: no draft to review
        QVERIFY(!editor.published());
        QVERIFY(!editor.needsReview());

        // Editing changes the same card.
        editor.setProperty("sortOrder", "7");
        QVERIFY(editor.save());
        QCOMPARE(cards.rowCount(), shipped + 1);
        row = rowOf(cards, "cardId", editor.cardId());
        QCOMPARE(roleOf(cards, row, "sortOrder").toInt(), 7);
        InfoCardEditor reread;
        reread.setWorkspace(m_workspace.get());
        reread.setCardId(editor.cardId());
        QCOMPARE(reread.property("title").toString(), QStringLiteral("لست وحدك"));
        QCOMPARE(reread.property("picture").toString(), QStringLiteral("safe-home"));
        QVERIFY(reread.property("emergency").toBool());

        // Published from its own page: the list shows it.
        QVERIFY(editor.setPublished(true));
        QVERIFY(editor.published());
        QVERIFY(roleOf(cards, rowOf(cards, "cardId", editor.cardId()), "published").toBool());
        InfoCardEditor unsaved;
        unsaved.setWorkspace(m_workspace.get());
        QVERIFY(!unsaved.setPublished(true));
        QVERIFY(!unsaved.errorText().isEmpty());
    }

    void publishingShowsTheCardOnTheKioskAndUnpublishingTakesItAway()
    {
        KioskCardModel cards;
        cards.setWorkspace(m_workspace.get());
        cards.setLanguage(QStringLiteral("sv")); // published as shipped
        const QString id = roleOf(cards, 0, "cardId").toString();
        const auto onKiosk = [&] {
            const auto card =
                *domain::KioskContentService(m_fixture->store()).card(id.toStdString());
            for (const auto &shown : domain::KioskContentService(m_fixture->store())
                                         .publishedCards(card.ageBand, card.language))
                if (shown.id == card.id)
                    return true;
            return false;
        };
        QVERIFY(onKiosk());
        QVERIFY(cards.setPublished(id, false));
        QVERIFY(cards.errorText().isEmpty());
        QVERIFY(!roleOf(cards, 0, "published").toBool());
        QVERIFY(!onKiosk());
        QVERIFY(cards.setPublished(id, true));
        QVERIFY(roleOf(cards, 0, "published").toBool());
        QVERIFY(onKiosk());
        QVERIFY(!cards.setPublished(QStringLiteral("01a20476-0000-7000-8000-000000000000"), true));
        QCOMPARE(cards.errorText(), QStringLiteral("Uppgiften finns inte längre."));
    }

    void otherStaffReadButChangeNothing()
    {
        const std::string other = m_fixture->addStaff("Omar Prov"); // the plain staff role
        Workspace theirs(m_fixture->store(), {other, m_fixture->unitId()}, false);
        const std::size_t outbox = m_fixture->outboxSize();

        KioskCardModel cards;
        cards.setWorkspace(&theirs);
        QCOMPARE(cards.rowCount(), int(m_pack.cards.size())); // reading is for everyone
        QVERIFY(!cards.canManage());
        cards.setLanguage(QStringLiteral("sv"));
        const QString id = roleOf(cards, 0, "cardId").toString();
        QVERIFY(!cards.setPublished(id, false));
        QCOMPARE(cards.errorText(),
                 QStringLiteral("Din roll i Lykta tillåter inte det här. Inget har ändrats."));
        QVERIFY(roleOf(cards, 0, "published").toBool());
        cards.setLanguage({});
        cards.setDraftsOnly(true);
        QVERIFY(cards.rowCount() > 0); // they see the drafts too, and cannot approve them
        const QString draft = roleOf(cards, 0, "cardId").toString();
        QVERIFY(!cards.approve(draft));
        QCOMPARE(cards.errorText(),
                 QStringLiteral("Din roll i Lykta tillåter inte det här. Inget har ändrats."));
        InfoCardEditor draftForm;
        draftForm.setWorkspace(&theirs);
        draftForm.setCardId(draft);
        QVERIFY(draftForm.needsReview());
        QVERIFY(!draftForm.approve());
        QVERIFY(draftForm.fieldErrors().contains("role"));

        InfoCardEditor editor;
        editor.setWorkspace(&theirs);
        editor.setCardId(id);
        QVERIFY(!editor.canManage());
        editor.setProperty("title", "Ändrad");
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains("role"));

        KioskHelplineModel lines;
        lines.setWorkspace(&theirs);
        QVERIFY(!lines.canManage());
        QVERIFY(lines.rowCount() > 0);
        QVERIFY(!lines.markCheckedToday(roleOf(lines, 0, "lineId").toString()));
        const int umo = helplineRow(lines, "UMO");
        QVERIFY(umo >= 0);
        QVERIFY(!lines.markCheckedToday(lines.lineIdAt(umo), QStringLiteral("web")));
        QVERIFY(!lines.approveLanguage(lines.lineIdAt(umo), QStringLiteral("ar")));
        KioskSettingsEditor settings;
        settings.setWorkspace(&theirs);
        QVERIFY(!settings.canManage());
        settings.setProperty("idleStart", 120);
        QVERIFY(!settings.save());
        QVERIFY(settings.fieldErrors().contains("role"));
        HelplineEditor line;
        line.setWorkspace(&theirs);
        QVERIFY(!line.canManage());
        line.setProperty("name", "Ny linje");
        line.setProperty("number", "116 000");
        QVERIFY(!line.save());

        QCOMPARE(m_fixture->outboxSize(), outbox);
        const domain::KioskContentService content(m_fixture->store());
        QCOMPARE(content.card(id.toStdString())->published, true);
        QCOMPARE(content.card(draft.toStdString())->needsReview, true);
        QCOMPARE(content.settings(m_fixture->unitId()), domain::KioskSettings{});
    }

    void helplinesShowTheirCheckAndCheckedTodayUpdatesIt()
    {
        KioskHelplineModel lines;
        lines.setWorkspace(m_workspace.get());
        QVERIFY(lines.canManage());
        QCOMPARE(lines.rowCount(), int(m_pack.helplines.size()));
        const int bris = helplineRow(lines, "Bris");
        QVERIFY(bris >= 0);
        QCOMPARE(roleOf(lines, bris, "number").toString(), QStringLiteral("116 111"));
        // Lykta wrote the texts in the six new languages: each a draft until someone approves.
        QCOMPARE(roleOf(lines, bris, "languages").toString(),
                 QStringLiteral("Svenska, Lättläst svenska, Engelska, Arabiska (utkast), "
                                "Somaliska (utkast), Dari (utkast), Tigrinska (utkast), "
                                "Ukrainska (utkast), Finska (utkast)"));
        const QString shipped = roleOf(lines, bris, "verifiedIso").toString();
        QCOMPARE(shipped, m_pack.helplines.front().lastVerified.toString(Qt::ISODate));
        QCOMPARE(contactOf(lines, bris, "phone").value("verifiedIso").toString(), shipped);
        QVERIFY(!roleOf(lines, bris, "verified").toString().isEmpty());

        QVERIFY(lines.markCheckedToday(roleOf(lines, bris, "lineId").toString()));
        QCOMPARE(roleOf(lines, bris, "verifiedIso").toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(!roleOf(lines, bris, "checkDue").toBool());
        QVERIFY(!contactOf(lines, bris, "phone").value("checkDue").toBool());
        QCOMPARE(lines.lineIdAt(bris), roleOf(lines, bris, "lineId").toString());
        QVERIFY(lines.lineIdAt(lines.rowCount()).isEmpty());
        QVERIFY(!lines.markCheckedToday(QString()));
        QVERIFY(!lines.errorText().isEmpty());
    }

    void aHelplineIsWrittenInEveryLanguageOnOneForm()
    {
        KioskHelplineModel lines;
        lines.setWorkspace(m_workspace.get());
        const int before = lines.rowCount();
        HelplineEditor editor;
        editor.setWorkspace(m_workspace.get());
        QCOMPARE(editor.textLanguage(), QStringLiteral("sv"));
        QCOMPARE(editor.property("lastVerified").toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        editor.setProperty("number", "020-12 34 56");
        editor.setTextLanguage(QStringLiteral("en"));
        editor.setProperty("name", "Parents' line");
        editor.setProperty("hours", "Weekdays 9–17");
        // The Swedish name is required: the form goes back to Swedish with the message there.
        QVERIFY(!editor.save());
        QCOMPARE(editor.textLanguage(), QStringLiteral("sv"));
        QVERIFY(editor.fieldErrors().contains("name"));
        QCOMPARE(lines.rowCount(), before);
        editor.setProperty("name", "Föräldralinjen");
        editor.setProperty("hours", "Vardagar 9–17");
        editor.setTextLanguage(QStringLiteral("en")); // what was typed in English is still there
        QCOMPARE(editor.property("name").toString(), QStringLiteral("Parents' line"));
        editor.setTextLanguage(QStringLiteral("xx")); // not a content language: ignored
        QCOMPARE(editor.textLanguage(), QStringLiteral("en"));
        QVERIFY2(editor.save(), qPrintable(editor.errorText()));
        QCOMPARE(lines.rowCount(), before + 1);

        const auto held =
            domain::KioskContentService(m_fixture->store()).helpline(editor.lineId().toStdString());
        QVERIFY(held);
        QCOMPARE(held->name, QStringLiteral("Föräldralinjen"));
        QCOMPARE(held->textIn(QStringLiteral("en")).name, QStringLiteral("Parents' line"));
        QCOMPARE(held->textIn(QStringLiteral("en")).hours, QStringLiteral("Weekdays 9–17"));
        QCOMPARE(held->textIn(QStringLiteral("ar")).hours, QStringLiteral("Vardagar 9–17"));

        editor.setProperty("number", "ring oss");
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains("number"));
        editor.setProperty("number", "020-12 34 56");
        editor.setProperty("lastVerified", QDate::currentDate().addDays(2).toString(Qt::ISODate));
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldErrors().contains("last_verified"));
    }

    // A card Lykta wrote in a new language is a draft: the list marks it and finds it, its page
    // offers approving instead of publishing, and approving shows it on the kiosk.
    void aDraftIsMarkedAndApprovedInsteadOfPublished()
    {
        const auto drafts = std::count_if(m_pack.cards.begin(), m_pack.cards.end(),
                                          [](const domain::InfoCard &c) { return c.needsReview; });
        QVERIFY(drafts > 0);
        KioskCardModel cards;
        cards.setWorkspace(m_workspace.get());
        QCOMPARE(cards.reviewCount(), int(drafts));
        cards.setDraftsOnly(true);
        QVERIFY(cards.draftsOnly());
        QCOMPARE(cards.rowCount(), int(drafts));
        cards.setLanguage(QStringLiteral("uk"));
        QVERIFY(cards.rowCount() > 0);
        for (int row = 0; row < cards.rowCount(); ++row) {
            QVERIFY(roleOf(cards, row, "needsReview").toBool());
            QVERIFY(!roleOf(cards, row, "published").toBool());
            QCOMPARE(roleOf(cards, row, "languageName").toString(), QStringLiteral("Ukrainska"));
        }
        cards.setLanguage(QStringLiteral("sv")); // Swedish is the team's own: nothing to review
        QCOMPARE(cards.rowCount(), 0);
        cards.setLanguage(QStringLiteral("fi"));
        const int finnish = cards.rowCount();
        const QString id = roleOf(cards, 0, "cardId").toString();
        const domain::KioskContentService content(m_fixture->store());
        const auto onKiosk = [&] {
            const auto card = *content.card(id.toStdString());
            const auto shown = content.publishedCards(card.ageBand, card.language);
            return std::any_of(shown.begin(), shown.end(),
                               [&](const domain::InfoCard &c) { return c.id == card.id; });
        };
        QVERIFY(!onKiosk());

        // Publishing a draft is refused, in the list and on its page, with words that say why.
        const QString why = QStringLiteral("Kortet är ett utkast som någon som har språket som "
                                           "modersmål ska granska först. Godkänn det när det är "
                                           "granskat, så publiceras det.");
        QVERIFY(!cards.setPublished(id, true));
        QCOMPARE(cards.errorText(), why);
        InfoCardEditor page;
        page.setWorkspace(m_workspace.get());
        page.setCardId(id);
        QVERIFY(page.needsReview());
        QVERIFY(!page.published());
        QVERIFY(!page.setPublished(true));
        QCOMPARE(page.fieldErrors().value("needs_review").toString(), why);
        QVERIFY(!onKiosk());

        // The native speaker corrects the title and saves: still a draft.
        page.setProperty("title", QStringLiteral("Це не твоя провина, ніколи"));
        QVERIFY2(page.save(), qPrintable(page.errorText()));
        QVERIFY(page.needsReview());
        QVERIFY(!onKiosk());
        // ... then approves it: published, no longer a draft, on the kiosk.
        QVERIFY2(page.approve(), qPrintable(page.errorText()));
        QVERIFY(!page.needsReview());
        QVERIFY(page.published());
        QVERIFY(onKiosk());
        QCOMPARE(content.card(id.toStdString())->title,
                 QStringLiteral("Це не твоя провина, ніколи"));
        QCOMPARE(cards.rowCount(), finnish - 1); // gone from the drafts to review
        QCOMPARE(cards.reviewCount(), int(drafts) - 1);
        QCOMPARE(rowOf(cards, "cardId", id), -1);
        cards.setDraftsOnly(false);
        const int row = rowOf(cards, "cardId", id);
        QVERIFY(roleOf(cards, row, "published").toBool());
        QVERIFY(!roleOf(cards, row, "needsReview").toBool());
        // An approved card is published and unpublished like any other.
        QVERIFY(cards.setPublished(id, false));
        QVERIFY(!onKiosk());

        // Approving from the list works alike.
        cards.setDraftsOnly(true);
        const QString next = roleOf(cards, 0, "cardId").toString();
        QVERIFY(cards.approve(next));
        QVERIFY(cards.errorText().isEmpty());
        QCOMPARE(rowOf(cards, "cardId", next), -1);
        QVERIFY(content.card(next.toStdString())->published);
        QVERIFY(!cards.approve(QStringLiteral("01a20476-0000-7000-8000-000000000000")));
        QCOMPARE(cards.errorText(), QStringLiteral("Uppgiften finns inte längre."));
    }

    // A helpline's texts in a new language wait for review: the list marks the language, a
    // kiosk shows Swedish, and approving (from the list or from the form, where the reviewer
    // reads and corrects them) shows the language's texts.
    void aHelplineLanguageIsApprovedAfterReview()
    {
        KioskHelplineModel lines;
        lines.setWorkspace(m_workspace.get());
        const int bris = helplineRow(lines, "Bris");
        const QString id = lines.lineIdAt(bris);
        QStringList drafts;
        for (const QVariant &d : roleOf(lines, bris, "draftLanguages").toList())
            drafts << d.toMap().value("key").toString();
        QCOMPARE(drafts, QStringList({"ar", "so", "prs", "ti", "uk", "fi"}));
        QCOMPARE(roleOf(lines, bris, "draftLanguages").toList().front().toMap().value("label"),
                 QVariant(QStringLiteral("Arabiska")));
        const domain::KioskContentService content(m_fixture->store());
        QCOMPARE(content.helpline(id.toStdString())->textIn(QStringLiteral("ar")).hours,
                 QStringLiteral("Dygnet runt"));

        QVERIFY(lines.approveLanguage(id, QStringLiteral("ar")));
        QVERIFY(lines.errorText().isEmpty());
        QVERIFY(roleOf(lines, bris, "languages")
                    .toString()
                    .startsWith(QStringLiteral("Svenska, Lättläst svenska, Engelska, Arabiska, "
                                               "Somaliska (utkast)")));
        QCOMPARE(roleOf(lines, bris, "draftLanguages").toList().size(), 5);
        QCOMPARE(content.helpline(id.toStdString())->textIn(QStringLiteral("ar")).hours,
                 QStringLiteral("على مدار الساعة"));
        QVERIFY(!lines.approveLanguage(id, QStringLiteral("sv"))); // Swedish is no translation
        QVERIFY(!lines.errorText().isEmpty());

        // On the form: the chooser marks the drafts, a correction saved stays a draft.
        HelplineEditor form;
        form.setWorkspace(m_workspace.get());
        form.setLineId(id);
        QStringList labels;
        for (const QVariant &l : form.languages())
            labels << l.toMap().value("label").toString();
        QVERIFY(labels.contains(QStringLiteral("Arabiska")));
        QVERIFY(labels.contains(QStringLiteral("Finska (utkast)")));
        QVERIFY(!form.textDraft()); // Swedish
        form.setTextLanguage(QStringLiteral("fi"));
        QVERIFY(form.textDraft());
        form.setProperty("hours", QStringLiteral("Aina auki"));
        QVERIFY2(form.save(), qPrintable(form.errorText()));
        QVERIFY(form.textDraft());
        QCOMPARE(form.property("hours").toString(), QStringLiteral("Aina auki"));
        QCOMPARE(content.helpline(id.toStdString())->textIn(QStringLiteral("fi")).hours,
                 QStringLiteral("Dygnet runt"));
        // Saving in another language keeps the Finnish draft a draft too.
        form.setTextLanguage(QStringLiteral("en"));
        QVERIFY(form.save());
        QVERIFY(content.helpline(id.toStdString())->translations.at("fi").draft);
        form.setTextLanguage(QStringLiteral("fi"));
        form.setProperty("audience", QStringLiteral("Alle 18-vuotiaille."));
        QVERIFY2(form.approveText(), qPrintable(form.errorText())); // saves what was typed too
        QVERIFY(!form.textDraft());
        const domain::HelplineText finnish =
            content.helpline(id.toStdString())->textIn(QStringLiteral("fi"));
        QCOMPARE(finnish.hours, QStringLiteral("Aina auki"));
        QCOMPARE(finnish.audience, QStringLiteral("Alle 18-vuotiaille."));
        QCOMPARE(roleOf(lines, bris, "draftLanguages").toList().size(), 4);
    }

    // The chat and web page of a helpline, each with its own check: a kiosk shows an address
    // only once someone has checked it. UMO has no number, only an unchecked web page.
    void chatAndWebAreCheckedLikeTheNumber()
    {
        KioskHelplineModel lines;
        lines.setWorkspace(m_workspace.get());
        const int umo = helplineRow(lines, "UMO");
        QVERIFY(umo >= 0);
        const QString id = lines.lineIdAt(umo);
        QVERIFY(roleOf(lines, umo, "number").toString().isEmpty());
        const QVariantList contacts = roleOf(lines, umo, "contacts").toList();
        QCOMPARE(contacts.size(), 1);
        QVariantMap web = contacts.front().toMap();
        QCOMPARE(web.value("contact").toString(), QStringLiteral("web"));
        QCOMPARE(web.value("label").toString(), QStringLiteral("Webb"));
        QCOMPARE(web.value("address").toString(), QStringLiteral("https://www.umo.se"));
        QVERIFY(web.value("verified").toString().isEmpty()); // never checked
        QVERIFY(web.value("checkDue").toBool());
        const domain::KioskContentService content(m_fixture->store());
        QVERIFY(!content.helpline(id.toStdString())->reachable()); // no kiosk shows it yet

        QVERIFY(!lines.markCheckedToday(id)); // the phone: it has none
        QCOMPARE(lines.errorText(), QStringLiteral("Hjälplinjen har inget telefonnummer att "
                                                   "kontrollera."));
        QVERIFY(!lines.markCheckedToday(id, QStringLiteral("chat")));
        QCOMPARE(lines.errorText(),
                 QStringLiteral("Hjälplinjen har ingen sådan adress att kontrollera."));
        QVERIFY(lines.markCheckedToday(id, QStringLiteral("web")));
        QVERIFY(lines.errorText().isEmpty());
        web = contactOf(lines, umo, "web");
        QCOMPARE(web.value("verifiedIso").toString(), QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(!web.value("verified").toString().isEmpty());
        QVERIFY(!web.value("checkDue").toBool());
        QVERIFY(content.helpline(id.toStdString())->reachable());

        // Bris: the phone first, then its chat; checking the chat leaves the number's date.
        const int bris = helplineRow(lines, "Bris");
        const QString phoneDay = contactOf(lines, bris, "phone").value("verifiedIso").toString();
        QCOMPARE(roleOf(lines, bris, "contacts").toList().front().toMap().value("contact"),
                 QVariant(QStringLiteral("phone")));
        QCOMPARE(contactOf(lines, bris, "chat").value("label").toString(), QStringLiteral("Chatt"));
        QVERIFY(lines.markCheckedToday(lines.lineIdAt(bris), QStringLiteral("chat")));
        QCOMPARE(contactOf(lines, bris, "chat").value("verifiedIso").toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(contactOf(lines, bris, "phone").value("verifiedIso").toString(), phoneDay);
        QVERIFY(content.helpline(lines.lineIdAt(bris).toStdString())->chat.shown());
    }

    // The form writes the chat and web addresses: https only, a date that is one, and a new
    // address is unchecked until someone checks it.
    void theHelplineFormWritesChatAndWeb()
    {
        KioskHelplineModel lines;
        lines.setWorkspace(m_workspace.get());
        const QString id = lines.lineIdAt(helplineRow(lines, "Kvinnofridslinjen"));
        const domain::KioskContentService content(m_fixture->store());
        QVERIFY(lines.markCheckedToday(id, QStringLiteral("web")));
        HelplineEditor form;
        form.setWorkspace(m_workspace.get());
        form.setLineId(id);
        QCOMPARE(form.property("webUrl").toString(),
                 QStringLiteral("https://kvinnofridslinjen.se"));
        QCOMPARE(form.property("webVerified").toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(form.property("chatUrl").toString().isEmpty());
        QVERIFY(form.property("chatVerified").toString().isEmpty());

        form.setProperty("chatUrl", "http://kvinnofridslinjen.se/chatt");
        QVERIFY(!form.save());
        QCOMPARE(form.fieldErrors().value("chat_url").toString(),
                 QStringLiteral("Skriv hela adressen med https://, till exempel "
                                "https://www.bris.se."));
        form.setProperty("chatUrl", "https://kvinnofridslinjen.se/chatt");
        form.setProperty("chatVerified", "i går");
        QVERIFY(!form.save());
        QVERIFY(form.fieldErrors().contains("chat_verified"));
        form.setProperty("chatVerified", QDate::currentDate().addDays(1).toString(Qt::ISODate));
        QVERIFY(!form.save());
        QCOMPARE(form.fieldErrors().value("chat_verified").toString(),
                 QStringLiteral("Skriv ett datum (ÅÅÅÅ-MM-DD) som inte ligger i framtiden."));
        QVERIFY(content.helpline(id.toStdString())->chat.url.isEmpty()); // nothing written yet
        form.setProperty("chatVerified", "");
        QVERIFY2(form.save(), qPrintable(form.errorText()));
        auto held = content.helpline(id.toStdString());
        QCOMPARE(held->chat.url, QStringLiteral("https://kvinnofridslinjen.se/chatt"));
        QVERIFY(!held->chat.verified.isValid()); // not checked: no kiosk shows it
        QCOMPARE(contactOf(lines, helplineRow(lines, "Kvinnofridslinjen"), "chat")
                     .value("verified")
                     .toString(),
                 QString());

        // A web page that moved: the old address's check does not count for the new one.
        form.setProperty("webUrl", "https://www.kvinnofridslinjen.se/en");
        QVERIFY(form.save());
        QVERIFY(form.property("webVerified").toString().isEmpty());
        QVERIFY(!content.helpline(id.toStdString())->web.verified.isValid());
        // ... unless it is checked as it is written.
        form.setProperty("webUrl", "https://www.kvinnofridslinjen.se");
        form.setProperty("webVerified", QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(form.save());
        QCOMPARE(content.helpline(id.toStdString())->web.verified, QDate::currentDate());

        // A helpline reached only on the web: no number, an address instead.
        HelplineEditor fresh;
        fresh.setWorkspace(m_workspace.get());
        fresh.setProperty("name", "Chattlinjen");
        QVERIFY(!fresh.save());
        QCOMPARE(fresh.fieldErrors().value("number").toString(),
                 QStringLiteral("Skriv ett telefonnummer, eller adressen till en chatt eller en "
                                "webbsida."));
        fresh.setProperty("chatUrl", "https://chatt.example.se");
        QVERIFY2(fresh.save(), qPrintable(fresh.errorText()));
        QVERIFY(content.helpline(fresh.lineId().toStdString())->number.isEmpty());
    }

    // How long a kiosk waits before it starts over, per page: the defaults until the unit sets
    // its own, each from 15 seconds to 30 minutes.
    void idleTimesAreSetForTheUnit()
    {
        KioskSettingsEditor form;
        form.setWorkspace(m_workspace.get());
        QVERIFY(form.canManage());
        const domain::KioskSettings defaults;
        QCOMPARE(form.property("idleStart").toInt(), defaults.idleStartSeconds);
        QCOMPARE(form.property("idleCards").toInt(), defaults.idleCardsSeconds);
        QCOMPARE(form.property("idleCard").toInt(), defaults.idleCardSeconds);
        QCOMPARE(form.property("idleHelplines").toInt(), defaults.idleHelplinesSeconds);
        QCOMPARE(KioskSettingsEditor::defaults().value("card").toInt(), defaults.idleCardSeconds);
        QCOMPARE(KioskSettingsEditor::minSeconds(), 15);
        QCOMPARE(KioskSettingsEditor::maxSeconds(), 1800);
        const std::size_t outbox = m_fixture->outboxSize();

        const QString range = QStringLiteral("Välj en tid från 15 sekunder till 30 minuter.");
        form.setProperty("idleStart", 10);
        QVERIFY(!form.save());
        QCOMPARE(form.fieldErrors().value("idle_start_s").toString(), range);
        QCOMPARE(form.errorText(), range);
        form.setProperty("idleStart", 45);
        form.setProperty("idleHelplines", 1801);
        QVERIFY(!form.save());
        QCOMPARE(form.fieldErrors().value("idle_helplines_s").toString(), range);
        QVERIFY(!form.fieldErrors().contains("idle_start_s"));
        QCOMPARE(m_fixture->outboxSize(), outbox); // nothing written by a refusal

        form.setProperty("idleHelplines", 1800);
        form.setProperty("idleCard", 300);
        QVERIFY2(form.save(), qPrintable(form.errorText()));
        QVERIFY(form.fieldErrors().isEmpty());
        const domain::KioskContentService content(m_fixture->store());
        const domain::KioskSettings saved = content.settings(m_fixture->unitId());
        QCOMPARE(saved.idleStartSeconds, 45);
        QCOMPARE(saved.idleCardsSeconds, defaults.idleCardsSeconds);
        QCOMPARE(saved.idleCardSeconds, 300);
        QCOMPARE(saved.idleHelplinesSeconds, 1800);
        KioskSettingsEditor reread;
        reread.setWorkspace(m_workspace.get());
        QCOMPARE(reread.property("idleStart").toInt(), 45);
        QCOMPARE(reread.property("idleCard").toInt(), 300);
        // Saved again, the same record changes.
        reread.setProperty("idleCards", 15);
        QVERIFY(reread.save());
        QCOMPARE(content.settings(m_fixture->unitId()).idleCardsSeconds, 15);
        // Back to the defaults.
        reread.useDefaults();
        QCOMPARE(reread.property("idleStart").toInt(), defaults.idleStartSeconds);
        QCOMPARE(content.settings(m_fixture->unitId()).idleStartSeconds, 45); // not saved yet
        QVERIFY(reread.save());
        QCOMPARE(content.settings(m_fixture->unitId()), defaults);
    }

    void picturesAreTheKiosksOwnWithThumbnails()
    {
        const QVariantList pictures = InfoCardEditor::pictures();
        QCOMPARE(pictures.front().toMap().value("key").toString(), QString());
        QStringList keys;
        for (const QVariant &p : pictures) {
            const QVariantMap m = p.toMap();
            keys << m.value("key").toString();
            if (!keys.back().isEmpty())
                QVERIFY2(m.value("url").toString().startsWith(QLatin1String("qrc:")),
                         qPrintable(keys.back()));
        }
        for (const auto &card : m_pack.cards)
            QVERIFY2(keys.contains(card.picture), qPrintable(card.picture));
        QVERIFY(InfoCardEditor::isRightToLeft(QStringLiteral("prs")));
        QVERIFY(!InfoCardEditor::isRightToLeft(QStringLiteral("sv-easy")));
        QCOMPARE(InfoCardEditor::languages().size(),
                 9); // KioskLanguage: with Ukrainian and Finnish
        QCOMPARE(InfoCardEditor::ageBands().size(), 3);
    }

private:
    std::unique_ptr<domain::test::DomainFixture> m_fixture;
    std::unique_ptr<Workspace> m_workspace;
    domain::KioskContentPack m_pack;
};

QTEST_MAIN(TestKioskContent)
#include "tst_kioskcontent.moc"
