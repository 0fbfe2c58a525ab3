// Local drafts: what a person types is kept in the store file, per staff member and form,
// without ever becoming a sync delta, an audit entry or a field the server knows.

#include "store/draftstore.h"
#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::store;
using namespace lykta::store::test;

class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path =
            m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()) + ".db").toStdString();
        m_store = openStore(m_path);
        QVERIFY(m_store);
        createUnit(*m_store);
    }
    void cleanup() { m_store.reset(); }

    void keepsWhatWasTypedAndTheTime()
    {
        DraftStore drafts(*m_store, "staff-1");
        const QDateTime at(QDate(2026, 12, 4), QTime(10, 15), Qt::UTC);
        QVERIFY(drafts.save("conversation/c1", {{"childView", "Åsa är rädd för pappa"}}, at));
        auto loaded = drafts.load("conversation/c1");
        QVERIFY(loaded && *loaded);
        QCOMPARE((*loaded)->fields.value("childView").toString(), QString("Åsa är rädd för pappa"));
        QCOMPARE((*loaded)->savedAt, at);
        QVERIFY(!*drafts.load("conversation/c2"));
    }

    void aNewerSaveReplacesTheOlder()
    {
        DraftStore drafts(*m_store, "staff-1");
        QVERIFY(drafts.save("family/new", {{"name", "Ber"}}));
        QVERIFY(drafts.save("family/new", {{"name", "Berg"}, {"notes", "ny"}}));
        QCOMPARE(drafts.all()->size(), std::size_t{1});
        QCOMPARE((*drafts.load("family/new"))->fields.value("name").toString(), QString("Berg"));
    }

    void discardRemovesOnlyThatForm()
    {
        DraftStore drafts(*m_store, "staff-1");
        QVERIFY(drafts.save("family/new", {{"name", "Berg"}}));
        QVERIFY(drafts.save("child/new", {{"name", "Åsa"}}));
        QVERIFY(drafts.discard("family/new"));
        QVERIFY(drafts.discard("family/new")); // nothing left to discard is fine
        QVERIFY(!*drafts.load("family/new"));
        QVERIFY(*drafts.load("child/new"));
    }

    void aColleagueNeverSeesAnothersDraft()
    {
        DraftStore mine(*m_store, "staff-1");
        DraftStore theirs(*m_store, "staff-2");
        QVERIFY(mine.save("casenote/new", {{"body", "mitt"}}));
        QVERIFY(!*theirs.load("casenote/new"));
        QVERIFY(theirs.all()->empty());
        QVERIFY(theirs.discard("casenote/new"));
        QVERIFY(*mine.load("casenote/new"));
    }

    void makesNoDeltaNoAuditAndNoSyncedField()
    {
        const auto outboxBefore = m_store->outbox()->size();
        const auto auditBefore = m_store->auditLog()->size();
        DraftStore drafts(*m_store, "staff-1");
        for (int i = 0; i < 20; ++i)
            QVERIFY(drafts.save("conversation/c1", {{"advice", QString(i, QChar('a'))}}));
        QCOMPARE(m_store->outbox()->size(), outboxBefore);
        QCOMPARE(m_store->auditLog()->size(), auditBefore);
        QVERIFY(!m_store->catalog().entity("local_draft"));
    }

    void survivesClosingTheStore()
    {
        QVERIFY(DraftStore(*m_store, "staff-1").save("helpline/h1", {{"name", "BRIS"}}));
        m_store.reset();
        m_store = openStore(m_path);
        QVERIFY(m_store);
        auto loaded = DraftStore(*m_store, "staff-1").load("helpline/h1");
        QVERIFY(loaded && *loaded);
        QCOMPARE((*loaded)->fields.value("name").toString(), QString("BRIS"));
    }

private:
    QTemporaryDir m_dir;
    std::string m_path;
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
