// sqlitedb::PragmaGuard (sync/sqlite/pragmaguard.h): a pragma set for a scope and given back
// the value it had, seen through what it changes: a row that names a missing parent goes in
// while foreign keys are off and is refused once the guard is gone.
#include "sync/sqlite/pragmaguard.h"

#include <QtTest>

using namespace lykta::sqlitedb;

namespace {

std::int64_t pragma(Connection &db, const std::string &name)
{
    Statement st(db.handle(), "PRAGMA " + name);
    return st.step() == SQLITE_ROW ? st.integer(0) : -1;
}

bool insertOrphan(Connection &db, int id)
{
    return db.exec("INSERT INTO child(id, parent) VALUES (" + std::to_string(id) + ", 99)").ok();
}

} // namespace

class TstPragmaGuard : public QObject
{
    Q_OBJECT

    std::unique_ptr<Connection> m_db;

private slots:
    void init()
    {
        auto opened =
            Connection::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, std::string());
        QVERIFY(opened);
        m_db = std::move(*opened);
        QVERIFY(m_db->exec("PRAGMA foreign_keys = ON; CREATE TABLE parent(id INTEGER PRIMARY KEY);"
                           "CREATE TABLE child(id INTEGER PRIMARY KEY, parent INTEGER NOT NULL "
                           "REFERENCES parent)"));
    }

    void theScopeSeesTheValueAndItIsGivenBackAfter()
    {
        QVERIFY(!insertOrphan(*m_db, 1));
        {
            PragmaGuard off(*m_db, "foreign_keys", "OFF");
            QVERIFY(!off.failed());
            QCOMPARE(pragma(*m_db, "foreign_keys"), 0);
            QVERIFY(insertOrphan(*m_db, 2));
        }
        QCOMPARE(pragma(*m_db, "foreign_keys"), 1);
        QVERIFY(!insertOrphan(*m_db, 3));
    }

    void itGivesBackWhatWasThereNotADefault()
    {
        QVERIFY(m_db->exec("PRAGMA foreign_keys = OFF"));
        {
            PragmaGuard on(*m_db, "foreign_keys", "ON");
            QVERIFY(!insertOrphan(*m_db, 4));
        }
        QCOMPARE(pragma(*m_db, "foreign_keys"), 0); // as it was, not ON
        QVERIFY(insertOrphan(*m_db, 5));
    }

    void restoreRunsOnce()
    {
        PragmaGuard off(*m_db, "foreign_keys", "OFF");
        QVERIFY(!off.restore());
        QCOMPARE(pragma(*m_db, "foreign_keys"), 1);
        QVERIFY(m_db->exec("PRAGMA foreign_keys = OFF")); // changed on purpose after restore()
        QVERIFY(!off.restore());                          // a second restore changes nothing
        QCOMPARE(pragma(*m_db, "foreign_keys"), 0);
    }

    void aNameThatIsNoPragmaNameIsRefusedAndNothingChanges()
    {
        PragmaGuard bad(*m_db, "foreign_keys = OFF; DROP TABLE child; --", "ON");
        QVERIFY(bad.failed());
        QCOMPARE(bad.failed()->code, SQLITE_MISUSE);
        QCOMPARE(pragma(*m_db, "foreign_keys"), 1);
        Statement count(m_db->handle(), "SELECT count(*) FROM child");
        QCOMPARE(count.step(), SQLITE_ROW);
    }
};

QTEST_GUILESS_MAIN(TstPragmaGuard)
#include "tst_pragmaguard.moc"
