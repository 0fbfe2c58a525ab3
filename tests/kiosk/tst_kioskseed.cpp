// First start of a kiosk: the shipped content goes into an empty store as pulled data (no
// outbox, nothing to push), once, and anything the organisation writes later wins.
#include "kiosk.h"
#include "kioskcontentpack.h"
#include "kioskcontentservice.h"
#include "kioskseed.h"

#include <QtTest>

using namespace lykta;

namespace {

std::unique_ptr<store::Store> openStore(const QString &path)
{
    store::StoreOptions options;
    options.database.path = path.toStdString();
    auto s = store::Store::open(std::move(options));
    return s ? std::move(*s) : nullptr;
}

} // namespace

class TstKioskSeed : public QObject
{
    Q_OBJECT

private slots:
    void shippedContentGoesInOnceWithNothingToPush()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath("kiosk.db"));
        QVERIFY(store);
        auto pack = domain::KioskContentPack::read(QStringLiteral(":/kiosk/content"));
        QVERIFY2(pack, pack ? "" : qPrintable(pack.error()));

        auto seeded = kiosk::KioskSeed::seedIfEmpty(*store, *pack);
        QVERIFY(seeded);
        QCOMPARE(*seeded, int(pack->cards.size() + pack->helplines.size()));
        QCOMPARE(store->outbox()->size(), std::size_t{0});
        QCOMPARE(*store->pullCursor(), std::uint64_t{0}); // the first pull still starts at 0
        QCOMPARE(store->auditLog()->size(), std::size_t{0});

        domain::KioskContentService content(*store);
        auto cards = content.publishedCards(QStringLiteral("7-12"), QStringLiteral("sv"));
        QVERIFY(!cards.empty());
        QCOMPARE(cards.front().title, QStringLiteral("Det är inte ditt fel"));
        QCOMPARE(content.helplines().size(), pack->helplines.size());

        // A second start changes nothing.
        seeded = kiosk::KioskSeed::seedIfEmpty(*store, *pack);
        QVERIFY(seeded);
        QCOMPARE(*seeded, 0);
    }

    void laterChangesToTheSameCardsWin()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath("kiosk.db"));
        auto pack = domain::KioskContentPack::read(QStringLiteral(":/kiosk/content"));
        QVERIFY(store && pack);
        QVERIFY(kiosk::KioskSeed::seedIfEmpty(*store, *pack));
        // What the server sends when the organisation withdraws a shipped card: a newer value.
        const domain::InfoCard &first = pack->cards.front();
        const sync::Delta withdraw{{1234, 1},
                                   "info_card",
                                   first.id,
                                   "published",
                                   std::int64_t{0},
                                   {sync::HlcClock::systemMilliseconds(), 0, 1234},
                                   {},
                                   {}};
        QVERIFY(store->applyRemote(std::span(&withdraw, 1), 7));
        domain::KioskContentService content(*store);
        for (const auto &card : content.publishedCards(first.ageBand, first.language))
            QVERIFY(card.id != first.id);
    }

    // A child who picks English reads the helplines in English; one who picks a language with
    // no translation yet reads them in Swedish. Cards about danger carry the emergency line.
    void helplinesFollowTheChosenLanguageAndFallBackToSwedish()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath("kiosk.db"));
        auto pack = domain::KioskContentPack::read(QStringLiteral(":/kiosk/content"));
        QVERIFY(store && pack);
        QVERIFY(kiosk::KioskSeed::seedIfEmpty(*store, *pack));
        kiosk::Kiosk screen(*store, QStringLiteral("sv"), std::nullopt);
        const kiosk::HelplineModel &lines = *screen.helplines();
        QVERIFY(lines.rowCount() > 0);
        const auto hoursOf = [&](int row) {
            return lines.data(lines.index(row), kiosk::HelplineModel::HoursRole).toString();
        };
        QCOMPARE(hoursOf(0), QStringLiteral("Dygnet runt"));
        QSignalSpy changed(&lines, &QAbstractItemModel::dataChanged);
        screen.setLanguage(QStringLiteral("en"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(hoursOf(0), QStringLiteral("Around the clock"));
        QCOMPARE(lines.data(lines.index(0), kiosk::HelplineModel::NumberRole).toString(),
                 QStringLiteral("116 111"));      // Bris: by name
        screen.setLanguage(QStringLiteral("so")); // no Somali text yet
        QCOMPARE(hoursOf(0), QStringLiteral("Dygnet runt"));

        screen.setLanguage(QStringLiteral("sv"));
        screen.setAgeBand(QStringLiteral("13-18"));
        const kiosk::CardModel &cards = *screen.cards();
        int emergency = 0;
        for (int row = 0; row < cards.rowCount(); ++row) {
            const QVariantMap card = cards.get(row);
            QCOMPARE(card.value("emergency").toBool(),
                     card.value("title").toString() ==
                         QStringLiteral("Om det inte är tryggt hemma"));
            emergency += card.value("emergency").toBool() ? 1 : 0;
        }
        QCOMPARE(emergency, 1);
    }
};

QTEST_MAIN(TstKioskSeed)
#include "tst_kioskseed.moc"
