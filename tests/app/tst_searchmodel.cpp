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

    // A hit of every kind says what it is, about whom, when and by whom, which page opens it
    // with what, and where its match is; only the staff member's own unit is searched.
    void everyKindSaysWhatItIsAndWhereItOpens()
    {
        App app;
        store::Store &store = *app.lock.store();
        const auto create = [&](const char *entity, std::vector<store::FieldValue> fields,
                                const store::Actor &by, std::string id = sync::newUuidV7()) {
            if (!store.write(by, store::Change{store::ChangeKind::Create, entity, id, fields}))
                qFatal("cannot write %s", entity);
            return id;
        };
        const store::Actor &me = app.actor;
        const std::string family = create("family",
                                          {{"name", std::string("Familjen Ekblad")},
                                           {"first_contact", std::string("2026-01-05")},
                                           {"responsible_staff", me.staffId}},
                                          me);
        const std::string child = create("child",
                                         {{"family_id", family},
                                          {"first_name", std::string("Ebba")},
                                          {"last_name", std::string("Ekblad")},
                                          {"personnummer", std::string("20150315-1233")}},
                                         me);
        const std::string series =
            create("conversation_series", {{"child_id", child}, {"family_id", family}}, me);
        const std::string conversation =
            create("conversation",
                   {{"series_id", series},
                    {"step", std::int64_t{0}},
                    {"date", std::string("2026-02-02")},
                    {"staff_id", me.staffId},
                    {"wants_to_know", std::string("Om sjukdomen.")},
                    {"child_view", std::string("Ebba ritade en ekorre i skogen.")},
                    {"status", std::string("draft")}},
                   me);
        const std::string caseNote = create("note",
                                            {{"subject_entity", std::string("family")},
                                             {"subject_id", family},
                                             {"kind", std::string("case")},
                                             {"case_kind", std::string("home_visit")},
                                             {"author", me.staffId},
                                             {"event_date", std::string("2026-02-03")},
                                             {"body", std::string("Hembesök. Ekorren fanns där.")},
                                             {"status", std::string("draft")}},
                                            me);
        const std::string group = create(
            "support_group",
            {{"name", std::string("Ekgruppen")}, {"start_date", std::string("2026-03-01")}}, me);
        const std::string session = create("group_session",
                                           {{"group_id", group},
                                            {"number", std::int64_t{2}},
                                            {"date", std::string("2026-03-08")},
                                            {"theme", std::string("Känslor")}},
                                           me);
        const std::string member =
            create("group_member", {{"group_id", group}, {"child_id", child}}, me);
        const std::string sessionNote = create("note",
                                               {{"subject_entity", std::string("group_session")},
                                                {"subject_id", session},
                                                {"kind", std::string("session")},
                                                {"author", me.staffId},
                                                {"event_date", std::string("2026-03-08")},
                                                {"body", std::string("Vi pratade om ekorrar.")},
                                                {"status", std::string("draft")}},
                                               me);
        const store::Actor colleague{sync::newUuidV7(), me.unitId};
        create("staff", {{"name", std::string("Sam")}, {"role", std::string("staff")}}, colleague,
               colleague.staffId);
        const std::string childNote = create("note",
                                             {{"subject_entity", std::string("group_member")},
                                              {"subject_id", member},
                                              {"kind", std::string("member")},
                                              {"author", colleague.staffId},
                                              {"event_date", std::string("2026-03-08")},
                                              {"body", std::string("Ebba visade sin ekorre.")},
                                              {"status", std::string("draft")}},
                                             colleague);
        const std::string amendment =
            create("amendment",
                   {{"target_entity", std::string("conversation")},
                    {"target_id", conversation},
                    {"author", me.staffId},
                    {"written_at", std::string("2026-02-04T09:00:00Z")},
                    {"reason", std::string("Förtydligande")},
                    {"body", std::string("Det var en ekorre, inte en katt.")}},
                   me);
        // Another unit's record on the same device is never found.
        const store::Actor stranger{sync::newUuidV7(), sync::newUuidV7()};
        create("unit", {{"name", std::string("Grannenheten")}}, stranger, stranger.unitId);
        create("family", {{"name", std::string("Familjen Ekorrsson")}}, stranger);

        QHash<QString, int> rowOf;
        const auto search = [&](const QString &query) {
            app.model.setQuery(query);
            QTRY_VERIFY(!app.model.busy());
            rowOf.clear();
            for (int row = 0; row < app.model.rowCount(); ++row)
                rowOf[app.model.data(app.model.index(row), SearchModel::IdRole).toString()] = row;
        };
        const auto at = [&](const std::string &id, SearchModel::Role role) {
            const auto row = rowOf.value(QString::fromStdString(id), -1);
            return row < 0 ? QVariant() : app.model.data(app.model.index(row), role);
        };
        const auto id = [](const std::string &s) {
            return QString::fromStdString(s);
        };

        search("ekorr");
        QCOMPARE(app.model.rowCount(), 5); // not the other unit's family
        QCOMPARE(at(conversation, SearchModel::KindRole).toString(), QString("Samtal"));
        QCOMPARE(at(conversation, SearchModel::AboutRole).toString(), QString("Ebba Ekblad"));
        QCOMPARE(at(conversation, SearchModel::DateRole).toString(), QString("2026-02-02"));
        QCOMPARE(at(conversation, SearchModel::AuthorRole).toString(), QString("Kim"));
        QCOMPARE(at(conversation, SearchModel::PageRole).toString(), QString("conversation"));
        auto args = at(conversation, SearchModel::ArgsRole).toMap();
        QCOMPARE(args.value("conversationId").toString(), id(conversation));
        QCOMPARE(args.value("seriesId").toString(), id(series));
        QCOMPARE(at(conversation, SearchModel::MatchFieldRole).toString(), QString("child_view"));
        QCOMPARE(at(conversation, SearchModel::MatchOffsetRole).toInt(), 15); // "ekorre"
        QCOMPARE(at(conversation, SearchModel::MatchLengthRole).toInt(), 5);

        QCOMPARE(at(caseNote, SearchModel::KindRole).toString(),
                 QString("Anteckning i ärendet: Hembesök"));
        QCOMPARE(at(caseNote, SearchModel::AboutRole).toString(), QString("Familjen Ekblad"));
        QCOMPARE(at(caseNote, SearchModel::PageRole).toString(), QString("caseNote"));
        args = at(caseNote, SearchModel::ArgsRole).toMap();
        QCOMPARE(args.value("noteId").toString(), id(caseNote));
        QCOMPARE(args.value("familyId").toString(), id(family));
        QCOMPARE(at(caseNote, SearchModel::MatchFieldRole).toString(), QString("body"));
        QCOMPARE(at(caseNote, SearchModel::MatchOffsetRole).toInt(), 10);

        QCOMPARE(at(sessionNote, SearchModel::KindRole).toString(),
                 QString("Anteckning från träffen"));
        QCOMPARE(at(sessionNote, SearchModel::AboutRole).toString(), QString("Ekgruppen"));
        QCOMPARE(at(sessionNote, SearchModel::PageRole).toString(), QString("session"));
        args = at(sessionNote, SearchModel::ArgsRole).toMap();
        QCOMPARE(args.value("sessionId").toString(), id(session));
        QCOMPARE(args.value("groupId").toString(), id(group));
        QCOMPARE(args.value("sessionTitle").toString(), QString("Träff 2: Känslor"));

        QCOMPARE(at(childNote, SearchModel::KindRole).toString(),
                 QString("Anteckning om ett barn i gruppen"));
        QCOMPARE(at(childNote, SearchModel::AboutRole).toString(),
                 QString("Ebba Ekblad · Ekgruppen"));
        QCOMPARE(at(childNote, SearchModel::AuthorRole).toString(), QString("Sam"));
        QCOMPARE(at(childNote, SearchModel::PageRole).toString(), QString("session"));
        args = at(childNote, SearchModel::ArgsRole).toMap();
        QCOMPARE(args.value("sessionId").toString(), id(session));
        QCOMPARE(args.value("memberId").toString(), id(member));

        QCOMPARE(at(amendment, SearchModel::KindRole).toString(), QString("Rättelse"));
        QCOMPARE(at(amendment, SearchModel::AboutRole).toString(), QString("Ebba Ekblad"));
        QCOMPARE(at(amendment, SearchModel::DateRole).toString(), QString("2026-02-04"));
        QCOMPARE(at(amendment, SearchModel::PageRole).toString(), QString("conversation"));
        args = at(amendment, SearchModel::ArgsRole).toMap();
        QCOMPARE(args.value("conversationId").toString(), id(conversation));
        QCOMPARE(args.value("amendmentId").toString(), id(amendment));
        QCOMPARE(at(amendment, SearchModel::MatchFieldRole).toString(), QString("body"));

        search("ekblad");
        QCOMPARE(app.model.rowCount(), 2);
        QCOMPARE(at(family, SearchModel::KindRole).toString(), QString("Familj"));
        QCOMPARE(at(family, SearchModel::PageRole).toString(), QString("family"));
        QCOMPARE(at(family, SearchModel::ArgsRole).toMap().value("familyName").toString(),
                 QString("Familjen Ekblad"));
        QCOMPARE(at(child, SearchModel::KindRole).toString(), QString("Barn"));
        QCOMPARE(at(child, SearchModel::PageRole).toString(), QString("child"));
        QCOMPARE(at(child, SearchModel::ArgsRole).toMap().value("childName").toString(),
                 QString("Ebba Ekblad"));
        QCOMPARE(at(child, SearchModel::MatchFieldRole).toString(), QString("last_name"));
        search("ekgrupp");
        QCOMPARE(app.model.rowCount(), 1);
        QCOMPARE(at(group, SearchModel::KindRole).toString(), QString("Grupp"));
        QCOMPARE(at(group, SearchModel::PageRole).toString(), QString("group"));
        QCOMPARE(at(group, SearchModel::ArgsRole).toMap().value("groupId").toString(), id(group));

        // A personnummer finds the child only when typed whole (either way of writing it).
        search("20150315");
        QCOMPARE(app.model.rowCount(), 0);
        search("20150315-123");
        QCOMPARE(app.model.rowCount(), 0);
        for (const char *whole : {"20150315-1233", "201503151233", "150315-1233"}) {
            search(whole);
            QCOMPARE(app.model.rowCount(), 1);
            QCOMPARE(at(child, SearchModel::PageRole).toString(), QString("child"));
            QVERIFY(!app.snippets().constFirst().contains("1233"));
        }

        // Filters: kind, period, only mine, together with the words.
        app.model.setKind("case_note");
        search("ekorr");
        QCOMPARE(app.model.rowCount(), 1);
        QVERIFY(rowOf.contains(id(caseNote)));
        app.model.setKind("");
        app.model.setFrom("2026-03-01");
        app.model.setTo("2026-03-31");
        QTRY_VERIFY(!app.model.busy());
        search("ekorr");
        QCOMPARE(app.model.rowCount(), 2);
        QVERIFY(rowOf.contains(id(sessionNote)) && rowOf.contains(id(childNote)));
        app.model.setOnlyMine(true);
        QTRY_VERIFY(!app.model.busy());
        search("ekorr");
        QCOMPARE(app.model.rowCount(), 1);
        QVERIFY(rowOf.contains(id(sessionNote)));
        app.model.choosePeriod(SearchModel::AnyTime);
        QVERIFY(app.model.from().isEmpty() && app.model.to().isEmpty());
        search("ekorr");
        QCOMPARE(app.model.rowCount(), 4); // everything but the colleague's note
        app.model.setOnlyMine(false);
        QTRY_VERIFY(!app.model.busy());
        QCOMPARE(app.model.rowCount(), 5);
    }

    void periodsAndBadDatesSayWhy()
    {
        App app;
        app.model.choosePeriod(SearchModel::Last30Days, QDate(2026, 3, 31));
        QCOMPARE(app.model.from(), QString("2026-03-01"));
        QCOMPARE(app.model.to(), QString("2026-03-31"));
        app.model.choosePeriod(SearchModel::ThisYear, QDate(2026, 3, 31));
        QCOMPARE(app.model.from(), QString("2026-01-01"));
        app.model.choosePeriod(SearchModel::Last12Months, QDate(2026, 3, 31));
        QCOMPARE(app.model.from(), QString("2025-03-31"));

        // The notes are dated 2026-11-20: outside the chosen period, then inside.
        app.model.setQuery("äpple");
        QTRY_VERIFY(!app.model.busy());
        QCOMPARE(app.model.rowCount(), 0);
        app.model.setTo("2026-12-31");
        QTRY_VERIFY(!app.model.busy());
        QCOMPARE(app.model.rowCount(), 2);

        app.model.setFrom("1 mars");
        QCOMPARE(app.model.errorText(),
                 QString("Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-01."));
        QCOMPARE(app.model.rowCount(), 0);
        app.model.setFrom("2026-13-01");
        QVERIFY(!app.model.errorText().isEmpty());
        app.model.setFrom("2027-01-01");
        QCOMPARE(app.model.errorText(), QString("Från-datumet är efter till-datumet."));
        QCOMPARE(app.model.rowCount(), 0);
        // What was typed stays; correcting it searches again.
        QCOMPARE(app.model.query(), QString("äpple"));
        app.model.setFrom("");
        QTRY_VERIFY(!app.model.busy());
        QVERIFY(app.model.errorText().isEmpty());
        QCOMPARE(app.model.rowCount(), 2);

        // Every kind can be chosen, the first being every kind.
        const QVariantList kinds = SearchModel::kindChoices();
        QCOMPARE(kinds.size(), 9);
        QCOMPARE(kinds.constFirst().toMap().value("value").toString(), QString());
    }

    // A first sync of a unit's 150 notes leaves them for the search index (Store::unindexed):
    // meanwhile the page says how many wait and finds what was written here; once the sync
    // thread has indexed them (Store::indexQueued) and the lists read again, they are found.
    void aFirstSyncStillBeingIndexedSaysSo()
    {
        App app;
        store::StoreOptions options;
        options.database.path = app.dir.filePath("other.db").toStdString();
        auto opened = store::Store::open(options);
        QVERIFY(opened);
        store::Store &other = **opened;
        QVERIFY(other.write(app.actor, {store::ChangeKind::Create, "unit", app.actor.unitId, {}}));
        std::vector<store::Change> notes;
        for (int i = 0; i < 150; ++i)
            notes.push_back(note(app.actor, "Från servern: ett äpple nummer " + std::to_string(i)));
        QVERIFY(other.write(app.actor, notes));
        store::Store &mine = *app.lock.store();
        QVERIFY(mine.applyRemote(*other.outbox(), 1));
        QCOMPARE(*mine.unindexed(), std::size_t{150});

        // The page opens on an empty field: it says so at once.
        app.workspace->notifyChanged();
        QCOMPARE(app.model.unindexed(), 150);
        QCOMPARE(app.model.unindexedText(),
                 QString("Sökningen hittar inte allt ännu: 150 poster från den senaste "
                         "synkroniseringen läggs in i sökregistret. Det tar en liten stund."));
        app.model.setQuery("äpple");
        QTRY_VERIFY(!app.model.busy());
        QCOMPARE(app.model.rowCount(), 2); // the two written here
        QCOMPARE(app.model.unindexed(), 150);
        app.model.setQuery("servern nummer 14");
        QTRY_VERIFY(!app.model.busy());
        QCOMPARE(app.model.rowCount(), 0);

        for (;;) {
            auto left = mine.indexQueued(std::chrono::milliseconds(20));
            QVERIFY(left);
            if (*left == 0)
                break;
        }
        QSignalSpy changed(&app.model, &SearchModel::unindexedChanged);
        app.workspace->notifyChanged(); // as SyncController does when the indexing ends
        QTRY_VERIFY(!app.model.busy());
        QCOMPARE(app.model.rowCount(), 11); // 14 and 140-149
        QCOMPARE(app.model.unindexed(), 0);
        QVERIFY(app.model.unindexedText().isEmpty());
        QCOMPARE(changed.count(), 1);
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
