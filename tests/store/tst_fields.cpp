// The generated field names (store/fields.h, made from the migrations at build time): one for
// every column of every synced entity the store's file has, with its type; and a field named
// through them that belongs to another entity is refused by the store, not written or matched.

#include "storetestutil.h"

#include "store/fields.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace lykta;
using namespace lykta::store;
using namespace lykta::store::test;

class TestFields : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = openStore(m_dir.filePath(QString("fields-%1.db").arg(m_n++)).toStdString());
        createUnit(*m_store);
    }
    void cleanup() { m_store.reset(); }

    void everyColumnHasItsGeneratedField()
    {
        std::size_t columns = 0;
        for (const EntityDef &entity : m_store->catalog().entities()) {
            for (const FieldDef &field : entity.fields) {
                ++columns;
                const auto generated = std::find_if(
                    std::begin(fields::kAll), std::end(fields::kAll), [&](const Field &f) {
                        return f.entity == entity.name && f.name == field.name;
                    });
                QVERIFY2(generated != std::end(fields::kAll),
                         qPrintable(QString::fromStdString(entity.name + "." + field.name)));
                QCOMPARE(generated->type, field.type);
            }
        }
        QCOMPARE(std::size(fields::kAll), columns);
        // Spot checks a reader can follow in the migrations.
        QCOMPARE(fields::child::birth_date.entity, std::string_view("child"));
        QCOMPARE(fields::note::body.type, FieldType::LongText);
        QCOMPARE(fields::group_session::number.type, FieldType::Integer);
        QCOMPARE(fields::any::unit_id.name, std::string_view("unit_id"));
        QVERIFY(fields::any::unit_id.entity.empty());
    }

    // Both a note and a conversation have a status; the conversation's is not the note's.
    void aFieldOfAnotherEntityIsRefused()
    {
        const auto written = m_store->write(kActor, newNote("Samtal med mamma om skolan"));
        QVERIFY(written);
        const std::string id = written->ids.front();
        const std::size_t outbox = m_store->outbox()->size();

        const Change wrong{ChangeKind::Update,
                           std::string(fields::note::kEntity),
                           id,
                           {{fields::conversation::status, std::string("signed")}}};
        const auto refused = m_store->write(kActor, wrong);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreErrc::UnknownField);
        QCOMPARE(m_store->get("note", id)->value().text(fields::note::status),
                 std::string("draft"));
        QCOMPARE(m_store->outbox()->size(), outbox);

        const auto listed =
            m_store->list("note", {{fields::conversation::status, std::string("draft")}});
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, StoreErrc::UnknownField);

        // The note's own field, and a field every entity has, are taken.
        QVERIFY(m_store->write(kActor, Change{ChangeKind::Update,
                                              "note",
                                              id,
                                              {{fields::note::status, std::string("signed")}}}));
        QCOMPARE(m_store->get("note", id)->value().text(fields::note::status),
                 std::string("signed"));
        const auto mine = m_store->list("note", {{fields::any::unit_id, kActor.unitId}});
        QVERIFY(mine);
        QCOMPARE(mine->size(), std::size_t{1});
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestFields)
#include "tst_fields.moc"
