// Search as the app runs it: on an encrypted store, off the UI thread with the ReadWorker's
// own connection. Results arrive (busy meanwhile), a result for what was typed before is
// never shown, a query that cannot be searched says why, and locking while a search runs
// leaves nothing readable and nothing broken; after the unlock the search shows again.

#include "locksession.h"
#include "readworker.h"
#include "searchmodel.h"
#include "sync/core/uuid.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

namespace {

const QString kPassphrase = QStringLiteral("en lång och trygg lösenfras");

store::Change note(const store::Actor &actor, const std::string &body)
{
    return {store::ChangeKind::Create,
            "note",
            sync::newUuidV7(),
            {{"subject_entity", std::string("child")},
             {"subject_id", sync::newUuidV7()},
             {"kind", std::string("case")},
             {"author", actor.staffId},
             {"event_date", std::string("2026-11-20")},
             {"body", body},
             {"status", std::string("draft")}}};
}

// An encrypted store with a unit, a staff member and `extra` filler notes besides the
// three whose words the tests look for; the app's wiring of lock, workspace and worker.
struct App
{
    explicit App(int extra = 0) : lock(dir.filePath("lykta.db").toStdString())
    {
        if (!lock.create(kPassphrase, kPassphrase))
            qFatal("cannot create the store: %s", qPrintable(lock.errorText()));
        store::Store &store = *lock.store();
        const std::vector<store::Change> setup{
            {store::ChangeKind::Create, "unit", actor.unitId, {{"name", std::string("Enheten")}}},
            {store::ChangeKind::Create,
             "staff",
             actor.staffId,
             {{"name", std::string("Kim")}, {"role", std::string("staff")}}}};
        if (!store.write(actor, setup))
            qFatal("cannot write the unit");
        std::vector<store::Change> notes{
            note(actor, "Pratade om äpplen och om mammas sjukdom."),
            note(actor, "Barnet åt ett äpple i väntrummet."),
            note(actor, "Pappa vill ha ett päron till nästa gång."),
        };
        for (int i = 0; i < extra; ++i)
            notes.push_back(note(actor, "Anteckning nummer " + std::to_string(i) +
                                            " om skolan, sömnen och vännerna."));
        if (!store.write(actor, notes))
            qFatal("cannot write the notes");
        workspace = std::make_unique<Workspace>(store, actor, false);
        reader = std::make_unique<ReadWorker>(lock.storeOptions());
        workspace->setReader(reader.get());
        QObject::connect(&lock, &LockSession::aboutToLock, reader.get(), &ReadWorker::stopForLock);
        QObject::connect(&lock, &LockSession::reopened, reader.get(), &ReadWorker::resume);
        QObject::connect(&lock, &LockSession::reopened, workspace.get(), &Workspace::notifyChanged);
        model.setWorkspace(workspace.get());
    }

    QStringList snippets() const
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.data(model.index(row), SearchModel::SnippetRole).toString();
        return out;
    }

    QTemporaryDir dir;
    store::Actor actor{sync::newUuidV7(), sync::newUuidV7()};
    LockSession lock;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<ReadWorker> reader;
    SearchModel model;
};

} // namespace

class TestSearchModel : public QObject
{
    Q_OBJECT

private slots:
    void resultsArriveFromTheWorker()
    {
        App app;
        QSignalSpy busy(&app.model, &SearchModel::busyChanged);
        app.model.setQuery("äpple");
        // The UI thread did not wait: the answer is still on its way.
        QVERIFY(app.model.busy());
        QCOMPARE(app.model.rowCount(), 0);
        QTRY_VERIFY(!app.model.busy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(app.model.rowCount(), 2);
        for (const QString &snippet : app.snippets())
            QVERIFY2(snippet.contains("<b>äpple"), qPrintable(snippet));
        QCOMPARE(app.model.data(app.model.index(0), SearchModel::KindRole).toString(),
                 QString("Anteckning i ärendet: Övrigt")); // a case note of no kind
        QVERIFY(app.model.errorText().isEmpty());

        // A search of a word nobody wrote: no rows, and no error either.
        app.model.setQuery("elefant");
        QTRY_VERIFY(!app.model.busy());
        QCOMPARE(app.model.rowCount(), 0);
        QVERIFY(app.model.errorText().isEmpty());
    }

    void aResultForWhatWasTypedBeforeIsNeverShown()
    {
        App app;
        // Every state the list shows, as it shows it.
        QList<QStringList> shown;
        connect(&app.model, &QAbstractItemModel::modelReset, this,
                [&] { shown.append(app.snippets()); });
        // Typing on: three searches go out before the first answer is back.
        app.model.setQuery("äpple");
        app.model.setQuery("mamma");
        app.model.setQuery("päron");
        QTRY_VERIFY(!app.model.busy());
        QCOMPARE(app.model.rowCount(), 1);
        QVERIFY(app.snippets().constFirst().contains("<b>päron</b>"));
        // The answers to "äpple" and "mamma" arrived too, and were dropped unseen.
        QTest::qWait(100);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.constFirst(), app.snippets());
    }

    void aQueryThatCannotBeSearchedSaysWhy()
    {
        App app;
        app.model.setQuery(QString(SearchModel::kMaxQueryLength + 1, 'a'));
        QVERIFY(!app.model.busy());
        QCOMPARE(app.model.errorText(), QString("Sökningen är för lång. Skriv högst 200 tecken."));
        QCOMPARE(app.model.rowCount(), 0);

        app.model.setQuery("?! *");
        QCOMPARE(app.model.errorText(),
                 QString("Skriv minst en bokstav eller siffra för att söka."));
        QCOMPARE(app.model.rowCount(), 0);

        // Quotes and operators typed by a person are not search syntax: only the word counts.
        app.model.setQuery("\"päron* (");
        QTRY_VERIFY(!app.model.busy());
        QCOMPARE(app.model.rowCount(), 1);
        QVERIFY(app.model.errorText().isEmpty());

        // Clearing the field clears the list at once.
        app.model.setQuery("");
        QVERIFY(!app.model.busy());
        QCOMPARE(app.model.rowCount(), 0);
    }

    void lockingWhileASearchRunsIsSafe()
    {
        App app(3000);
        for (int round = 0; round < 3; ++round) {
            app.model.setQuery("a"); // a prefix of most words: a long query
            QVERIFY(app.model.busy());
            app.lock.lock(); // stops the worker before the key is wiped
            QVERIFY(app.lock.locked());
            QTRY_VERIFY(!app.model.busy());
            // Nothing of the store shows while locked, and no error for a search the lock ended.
            QCOMPARE(app.model.rowCount(), 0);
            QVERIFY(app.model.errorText().isEmpty());

            // Typed while locked: nothing can be read, nothing breaks.
            app.model.setQuery("päron");
            QTRY_VERIFY(!app.model.busy());
            QCOMPARE(app.model.rowCount(), 0);

            QVERIFY(!app.lock.unlock("fel lösenfras helt och hållet"));
            QVERIFY(app.lock.locked());
            QVERIFY(app.lock.unlock(kPassphrase));
            // The unlock reads again: the search shows.
            QTRY_VERIFY(!app.model.busy());
            QCOMPARE(app.model.rowCount(), 1);
            QVERIFY(app.snippets().constFirst().contains("<b>päron</b>"));
        }
    }
};

QTEST_MAIN(TestSearchModel)
#include "tst_searchmodel.moc"
