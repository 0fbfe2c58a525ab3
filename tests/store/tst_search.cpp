// Full-text search as a person uses it: Swedish words, any case, the start of a word, the
// names first and then the newest, the matched words marked in the snippet.

#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

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

    // Hits come in the order a person reads them: the children, families and groups the words
    // name, then what was written, newest day first, undated last. A changed day moves a note
    // to its new place with its text, and a limit keeps the newest.
    void listsNamesFirstThenTheNewestDay()
    {
        const std::string older = note("Ylva ritade ett hus.", "2025-04-02");
        const std::string newer = note("Ylva pratade om sömnen.", "2026-10-20");
        const std::string undated = note("Ylva kom inte i dag.");
        const auto family = m_store->write(
            kActor, Change{ChangeKind::Create, "family", {}, {{"name", std::string("Yxström")}}});
        QVERIFY(family);
        const auto child = m_store->write(kActor, Change{ChangeKind::Create,
                                                         "child",
                                                         {},
                                                         {{"family_id", family->ids.front()},
                                                          {"first_name", std::string("Ylva")},
                                                          {"last_name", std::string("Yxström")}}});
        QVERIFY(child);
        const auto order = [&](const char *query, int limit = 50) {
            std::vector<std::string> ids;
            const auto hits = m_store->search(query, limit);
            for (const SearchHit &hit : *hits)
                ids.push_back(hit.entityId);
            return ids;
        };
        using Ids = std::vector<std::string>;
        QCOMPARE(order("ylva"), (Ids{child->ids.front(), newer, older, undated}));
        QCOMPARE(order("ylva", 2), (Ids{child->ids.front(), newer}));

        const auto update = [&](const std::string &id, const char *field, const char *value) {
            return bool(m_store->write(
                kActor, Change{ChangeKind::Update, "note", id, {{field, std::string(value)}}}));
        };
        QVERIFY(update(older, "event_date", "2026-11-30"));
        QCOMPARE(order("ylva"), (Ids{child->ids.front(), older, newer, undated}));
        QCOMPARE(order("hus"), Ids{older});
        const std::string mark = std::string(1, kMarkStart) + "hus" + kMarkEnd;
        QVERIFY(m_store->search("hus")->front().snippet.find(mark) != std::string::npos);
        QVERIFY(update(older, "body", "Ylva ritade en båt."));
        QVERIFY(order("hus").empty());
        QCOMPARE(order("båt"), Ids{older});
        QVERIFY(update(undated, "event_date", "2026-12-01"));
        QCOMPARE(order("ylva"), (Ids{child->ids.front(), undated, older, newer}));
        QCOMPARE(m_store->search("ylva")->at(1).day, std::string("2026-12-01"));

        // Narrowed, in the same order; a period's first and last days are in it.
        const auto narrowed = [&](std::vector<std::string> kinds, const char *from,
                                  const char *to) {
            SearchFilter filter;
            filter.kinds = std::move(kinds);
            filter.from = from;
            filter.to = to;
            std::vector<std::string> ids;
            const auto hits = m_store->search("ylva", filter);
            for (const SearchHit &hit : *hits)
                ids.push_back(hit.entityId);
            return ids;
        };
        QCOMPARE(narrowed({"child", "case_note"}, "", ""),
                 (Ids{child->ids.front(), undated, older, newer}));
        QCOMPARE(narrowed({"child"}, "", ""), Ids{child->ids.front()});
        QCOMPARE(narrowed({"case_note"}, "2026-10-20", "2026-11-30"), (Ids{older, newer}));
        QCOMPARE(narrowed({}, "2026-11-30", ""), (Ids{undated, older}));
        QVERIFY(narrowed({"case_note"}, "2026-10-21", "2026-11-29").empty());
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

    // Each kind of record is found and says what it is, its day and its author.
    void findsEveryKindWithItsDayAndAuthor()
    {
        const auto create = [&](const char *entity, std::vector<FieldValue> fields) {
            auto r = m_store->write(kActor, Change{ChangeKind::Create, entity, {}, fields});
            return r ? r->ids.front() : std::string();
        };
        const std::string family = create("family", {{"name", std::string("Familjen Zetterlund")},
                                                     {"first_contact", std::string("2026-01-05")},
                                                     {"responsible_staff", kActor.staffId}});
        const std::string child = create("child", {{"family_id", family},
                                                   {"first_name", std::string("Zelma")},
                                                   {"last_name", std::string("Zetterlund")},
                                                   {"personnummer", std::string("20150315-1234")}});
        const std::string group =
            create("support_group", {{"name", std::string("Zebragruppen")},
                                     {"start_date", std::string("2026-02-01")}});
        const std::string session = create("group_session", {{"group_id", group}});
        const std::string sessionNote =
            create("note", {{"subject_entity", std::string("group_session")},
                            {"subject_id", session},
                            {"kind", std::string("session")},
                            {"author", kActor.staffId},
                            {"event_date", std::string("2026-02-08")},
                            {"body", std::string("Zebrorna ritade.")}});
        const std::string memberNote =
            create("note", {{"subject_entity", std::string("group_member")},
                            {"kind", std::string("member")},
                            {"author", std::string("staff-other")},
                            {"event_date", std::string("2026-02-15")},
                            {"body", std::string("Zelma var glad bland zebrorna.")}});
        const std::string amendment =
            create("amendment", {{"target_entity", std::string("note")},
                                 {"target_id", sessionNote},
                                 {"author", kActor.staffId},
                                 {"written_at", std::string("2026-03-01T10:00:00Z")},
                                 {"reason", std::string("Fel grupp")},
                                 {"body", std::string("Zebrorna lekte.")}});
        const auto hitsFor = [&](const char *query, SearchFilter filter = {}) {
            std::map<std::string, SearchHit> byId;
            auto found = m_store->search(query, filter);
            if (!found)
                qFatal("search: %s", found.error().detail.c_str());
            for (const auto &hit : *found)
                byId[hit.entityId] = hit;
            return byId;
        };
        auto hits = hitsFor("zetterl");
        QCOMPARE(hits.size(), std::size_t{2});
        QCOMPARE(hits[family].kind, std::string("family"));
        QCOMPARE(hits[family].day, std::string("2026-01-05"));
        QCOMPARE(hits[child].kind, std::string("child"));
        QCOMPARE(hitsFor("zebrag")[group].kind, std::string("group"));
        hits = hitsFor("zebror");
        QCOMPARE(hits.size(), std::size_t{3});
        QCOMPARE(hits[sessionNote].kind, std::string("session_note"));
        QCOMPARE(hits[sessionNote].day, std::string("2026-02-08"));
        QCOMPARE(hits[sessionNote].author, kActor.staffId);
        QCOMPARE(hits[memberNote].kind, std::string("child_note"));
        QCOMPARE(hits[amendment].kind, std::string("amendment"));
        QCOMPARE(hits[amendment].day, std::string("2026-03-01"));
        QCOMPARE(hitsFor("åsa").begin()->second.kind, std::string("case_note"));

        // A renamed family is found by its new name only.
        QVERIFY(m_store->write(kActor, Change{ChangeKind::Update,
                                              "family",
                                              family,
                                              {{"name", std::string("Familjen Quist")}}}));
        QVERIFY(hitsFor("zetterl").count(family) == 0);
        QCOMPARE(hitsFor("quist")[family].kind, std::string("family"));

        // Filters: kind, period (both ends inclusive), author, unit.
        SearchFilter filter;
        filter.kinds = {"child_note", "amendment"};
        QCOMPARE(hitsFor("zebror", filter).size(), std::size_t{2});
        filter = {};
        filter.from = "2026-02-08";
        filter.to = "2026-02-15";
        hits = hitsFor("zebror", filter);
        QCOMPARE(hits.size(), std::size_t{2});
        QVERIFY(hits.count(amendment) == 0);
        filter = {};
        filter.author = kActor.staffId;
        hits = hitsFor("zebror", filter);
        QCOMPARE(hits.size(), std::size_t{2});
        QVERIFY(hits.count(memberNote) == 0);
        filter = {};
        filter.units = {"unit-elsewhere"};
        QVERIFY(hitsFor("zebror", filter).empty());
        filter.units = {"unit-elsewhere", kActor.unitId};
        QCOMPARE(hitsFor("zebror", filter).size(), std::size_t{3});

        // The personnummer is never in the index: a part of it finds nothing, the whole
        // number (given as the filter's personnummer) finds the child, without the number.
        QVERIFY(hitsFor("20150315").empty());
        QVERIFY(hitsFor("1234").empty());
        filter = {};
        filter.personnummer = "20150315-1234";
        hits = hitsFor("20150315 1234", filter);
        QCOMPARE(hits.size(), std::size_t{1});
        QCOMPARE(hits[child].snippet, std::string("Zelma Zetterlund"));
        filter.units = {"unit-elsewhere"};
        QVERIFY(hitsFor("20150315 1234", filter).empty());
        filter.units = {};
        filter.kinds = {"family"};
        QVERIFY(hitsFor("20150315 1234", filter).empty());
    }

private:
    // A case note, dated by `day` when one is given.
    std::string note(const std::string &body, const std::string &day = {})
    {
        Change change{
            ChangeKind::Create, "note", {}, {{"body", body}, {"kind", std::string("case")}}};
        if (!day.empty())
            change.fields.push_back({"event_date", day});
        auto r = m_store->write(kActor, change);
        return r ? r->ids.front() : std::string();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::string m_asa, m_asa2, m_other, m_gone;
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
