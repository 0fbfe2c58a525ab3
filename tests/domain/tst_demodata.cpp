#include "conversationservice.h"
#include "demodata.h"
#include "familyservice.h"
#include "groupservice.h"
#include "store/store.h"
#include "unitservice.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace lykta;
using namespace lykta::domain;

class TestDemoData : public QObject
{
    Q_OBJECT

    static std::unique_ptr<store::Store> open(const QTemporaryDir &dir)
    {
        store::StoreOptions options;
        options.database.path = dir.filePath(QStringLiteral("demo.db")).toStdString();
        auto s = store::Store::open(options);
        return s ? std::move(*s) : nullptr;
    }

    static std::size_t count(store::Store &s, const char *entity)
    {
        auto rows = s.list(entity);
        return rows ? rows->size() : 0;
    }

private slots:
    void seedsAnEmptyStoreWithAFictionalUnit()
    {
        QTemporaryDir dir;
        auto store = open(dir);
        QVERIFY(store);
        QVERIFY(!DemoData::isSeeded(*store));
        auto unitId = DemoData::seed(*store);
        QVERIFY2(unitId.ok(), unitId.ok() ? "" : toString(unitId.error().code));
        QVERIFY(DemoData::isSeeded(*store));

        auto unit = UnitService(*store).unit(*unitId);
        QCOMPARE(unit->name, QStringLiteral("Demoenheten (påhittade uppgifter)"));
        QVERIFY(count(*store, "family") >= 3);
        QVERIFY(count(*store, "child") >= 4);
        QVERIFY(count(*store, "conversation_series") >= 2);
        QVERIFY(count(*store, "conversation") >= 2);
        QVERIFY(count(*store, "support_group") >= 1);
        QVERIFY(count(*store, "group_member") >= 4);
        QVERIFY(count(*store, "group_session") >= 8);
        QVERIFY(count(*store, "attendance") >= 1);
        QVERIFY(count(*store, "note") >= 2);
        // Fictional: no one in the demo is identified by a personal number.
        auto children = store->list("child");
        QVERIFY(children.ok());
        for (const auto &c : *children)
            QVERIFY(c.isNull("personnummer"));
        // Everything went through the one write path, so it is all queued for sync.
        QVERIFY(store->outbox(1)->size() == 1);
    }

    void refusesToRunTwice()
    {
        QTemporaryDir dir;
        auto store = open(dir);
        QVERIFY(DemoData::seed(*store).ok());
        const auto families = count(*store, "family");
        const auto deltas = store->outbox()->size();
        auto again = DemoData::seed(*store);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, DomainErrc::AlreadySeeded);
        QCOMPARE(count(*store, "family"), families);
        QCOMPARE(store->outbox()->size(), deltas);
    }

    void survivesReopening()
    {
        QTemporaryDir dir;
        {
            auto store = open(dir);
            QVERIFY(DemoData::seed(*store).ok());
        }
        auto store = open(dir);
        QVERIFY(DemoData::isSeeded(*store));
        QCOMPARE(DemoData::seed(*store).error().code, DomainErrc::AlreadySeeded);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
