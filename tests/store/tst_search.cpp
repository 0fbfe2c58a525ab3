// Full-text search as a person uses it: Swedish words, any case, the start of a word, the
// best match first, the matched words marked in the snippet.

#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::store;
using namespace lykta::store::test;

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = openStore(m_dir.filePath("search.db").toStdString());
        createUnit(*m_store);
        m_asa = note("Åsa berättade att hon oroar sig för pappa när hon är i skolan.");
        m_asa2 = note("Åsa vill träffa kuratorn. Åsa ritade sin familj. Åsa skrattade.");
        m_other = note("Samtal med Anton om fotboll och om att sova dåligt.");
        m_gone = note("Hemlig borttagen rad om Åsa");
        QVERIFY(m_store->write(kActor, Change{ChangeKind::Delete, "note", m_gone, {}}));
    }

    void findsSwedishWordsCaseInsensitively()
    {
        for (const char *query : {"åsa", "ÅSA", "Åsa"}) {
            auto hits = m_store->search(query);
            QVERIFY(hits);
            QCOMPARE(hits->size(), std::size_t{2});
        }
    }

    void keepsSwedishLettersDistinctFromAAndO()
    {
        QVERIFY(m_store->search("asa")->empty());
        QCOMPARE(m_store->search("dåligt")->size(), std::size_t{1});
        QVERIFY(m_store->search("daligt")->empty());
    }

    void matchesTheStartOfWords()
    {
        auto hits = m_store->search("skol");
        QCOMPARE(hits->size(), std::size_t{1});
        QCOMPARE(hits->front().entityId, m_asa);
        QCOMPARE(m_store->search("fotb")->front().entityId, m_other);
    }

    void requiresEveryWord()
    {
        QCOMPARE(m_store->search("åsa pappa")->size(), std::size_t{1});
        QVERIFY(m_store->search("åsa fotboll")->empty());
    }

    void ranksTheBetterMatchFirst()
    {
        auto hits = *m_store->search("åsa");
        QCOMPARE(hits.front().entityId, m_asa2); // three mentions in a shorter text
        QVERIFY(hits[0].rank <= hits[1].rank);
    }

    void marksTheMatchInTheSnippet()
    {
        auto hits = *m_store->search("pappa");
        QCOMPARE(hits.size(), std::size_t{1});
        const std::string expected = std::string(1, kMarkStart) + "pappa" + kMarkEnd;
        QVERIFY(hits.front().snippet.find(expected) != std::string::npos);
        QCOMPARE(hits.front().entity, std::string("note"));
        QCOMPARE(hits.front().unitId, kActor.unitId);
    }

    void followsEditsAndTombstones()
    {
        QVERIFY(m_store->search("hemlig")->empty());
        const std::string id = note("Första versionen handlar om cykeln.");
        QCOMPARE(m_store->search("cykeln")->size(), std::size_t{1});
        QVERIFY(m_store->write(
            kActor,
            Change{ChangeKind::Update, "note", id, {{"body", std::string("Nu om simskolan.")}}}));
        QVERIFY(m_store->search("cykeln")->empty());
        QCOMPARE(m_store->search("simskolan")->front().entityId, id);
    }

    void searchesConversationSections()
    {
        auto r = m_store->write(kActor, Change{ChangeKind::Create,
                                               "conversation",
                                               {},
                                               {{"child_view", std::string("Jag vill veta om "
                                                                           "det är ärftligt")},
                                                {"status", std::string("draft")}}});
        QVERIFY(r);
        auto hits = *m_store->search("ärftl");
        QCOMPARE(hits.size(), std::size_t{1});
        QCOMPARE(hits.front().entity, std::string("conversation"));
        QCOMPARE(hits.front().entityId, r->ids.front());
    }

    void typedOperatorsAreJustText()
    {
        for (const char *query : {"\"", "åsa OR", "NEAR(", "*", "åsa\" OR \"anton", "-", ""}) {
            auto hits = m_store->search(query);
            QVERIFY2(hits, query);
        }
        QVERIFY(m_store->search("")->empty());
    }

private:
    std::string note(const std::string &body)
    {
        auto r = m_store->write(kActor, Change{ChangeKind::Create,
                                               "note",
                                               {},
                                               {{"body", body}, {"kind", std::string("case")}}});
        return r ? r->ids.front() : std::string();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::string m_asa, m_asa2, m_other, m_gone;
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
