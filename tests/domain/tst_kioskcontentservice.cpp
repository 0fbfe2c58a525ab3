#include "domaintestutil.h"
#include "kioskcontentservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestKioskContentService : public QObject
{
    Q_OBJECT

private slots:
    void onlyPublishedCardsOfTheBandAndLanguageShow()
    {
        test::DomainFixture fx;
        KioskContentService kiosk(fx.store());
        InfoCard card;
        card.title = QStringLiteral("Du är inte ensam");
        card.body = QStringLiteral("Många barn har en förälder som är sjuk.");
        card.ageBand = QStringLiteral("13-18");
        card.language = QStringLiteral("sv");
        card.published = true;
        card.sortOrder = 2;
        QVERIFY(kiosk.addCard(fx.actor(), card).ok());
        card.title = QStringLiteral("Alla känslor är tillåtna");
        card.sortOrder = 1;
        card.published = false;
        auto hidden = kiosk.addCard(fx.actor(), card);
        card.language = QStringLiteral("en");
        card.published = true;
        QVERIFY(kiosk.addCard(fx.actor(), card).ok());

        auto sv = kiosk.publishedCards(QStringLiteral("13-18"), QStringLiteral("sv"));
        QCOMPARE(sv.size(), std::size_t{1});
        QCOMPARE(sv.front().title, QStringLiteral("Du är inte ensam"));
        QVERIFY(kiosk.setPublished(fx.actor(), *hidden, true).ok());
        sv = kiosk.publishedCards(QStringLiteral("13-18"), QStringLiteral("sv"));
        QCOMPARE(sv.size(), std::size_t{2});
        QCOMPARE(sv.front().title, QStringLiteral("Alla känslor är tillåtna")); // sort order
        QVERIFY(kiosk.publishedCards(QStringLiteral("7-12"), QStringLiteral("sv")).empty());

        card.ageBand = QStringLiteral("0-100");
        QCOMPARE(kiosk.addCard(fx.actor(), card).error().field, std::string("age_band"));
    }

    void helplinesNeedANumberAndAVerifiedDate()
    {
        test::DomainFixture fx;
        KioskContentService kiosk(fx.store());
        Helpline h{{},
                   QStringLiteral("Bris"),
                   QStringLiteral("116 111"),
                   QStringLiteral("Dygnet runt"),
                   QStringLiteral("Under 18"),
                   QDate()};
        QCOMPARE(kiosk.addHelpline(fx.actor(), h).error().field, std::string("last_verified"));
        h.lastVerified = QDate::currentDate();
        QVERIFY(kiosk.addHelpline(fx.actor(), h).ok());
        h.number.clear();
        QCOMPARE(kiosk.addHelpline(fx.actor(), h).error().field, std::string("number"));
        auto all = kiosk.helplines();
        QCOMPARE(all.size(), std::size_t{1});
        QCOMPARE(all.front().number, QStringLiteral("116 111"));
        QCOMPARE(all.front().lastVerified, QDate::currentDate());
    }
};

QTEST_GUILESS_MAIN(TestKioskContentService)
#include "tst_kioskcontentservice.moc"
