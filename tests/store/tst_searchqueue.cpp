// The search index after a large first sync (issue 20): a long pulled page leaves its records
// in the search queue instead of indexing them row by row inside the sync's transactions; they
// are indexed afterwards, a slice at a time, and then found exactly as if written here. What a
// person writes meanwhile is found at once. A page goes in in slices, and one cut between
// slices and pulled again ends as one applied whole.

#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <map>
#include <random>
#include <set>
#include <thread>
#include <tuple>

using namespace lykta;
using namespace lykta::store;
using namespace lykta::store::test;

namespace {

using namespace std::chrono_literals;

const std::vector<std::string> kWords = {"ord0",       "ord1",     "ord3",  "ord11", "tema2",
                                         "anteckning", "familjen", "berg7", "åsa",   "skolan"};

// What a person sees of a hit, in a fixed order: hits of the same day may come in either order
// on two devices (the index breaks such ties by insertion order).
using Seen = std::set<
    std::tuple<std::string, std::string, std::string, std::string, std::string, std::string>>;

Seen seen(Store &store, const std::string &query)
{
    SearchFilter filter;
    filter.limit = 1000;
    auto hits = store.search(query, filter);
    if (!hits)
        throw std::runtime_error("search failed: " + hits.error().detail);
    Seen out;
    for (const SearchHit &h : *hits)
        out.emplace(h.entity, h.entityId, h.kind, h.day, h.author, h.snippet);
    return out;
}

// Every record of the searched kinds, field by field.
std::vector<std::string> contents(Store &store)
{
    std::vector<std::string> out;
    for (const char *entity : {"note", "family", "child"}) {
        auto records = store.list(entity);
        if (!records)
            throw std::runtime_error("list failed");
        for (const Record &r : *records) {
            std::string line = r.entity + " " + r.id;
            for (const auto &[name, value] : r.fields)
                line += " " + name + "=" + show(value);
            out.push_back(std::move(line));
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// A state page of the records these deltas wrote, as the server holds them when one device
// wrote them: each field's newest delta.
sync::StatePage statePage(const std::vector<sync::Delta> &deltas)
{
    sync::StatePage page;
    page.cursor = deltas.size();
    std::map<std::pair<std::string, std::string>, std::size_t> records;
    for (const sync::Delta &d : deltas) {
        auto [at, added] = records.emplace(std::pair(d.entity, d.entityId), page.records.size());
        if (added)
            page.records.push_back({d.entity, d.entityId, {}});
        auto &fields = page.records[at->second].fields;
        auto same = std::find_if(fields.begin(), fields.end(),
                                 [&](const sync::StateField &f) { return f.name == d.field; });
        sync::StateField field{d.field, {d.value, d.hlc, d.base, d.author, {}}, d.id};
        if (same == fields.end())
            fields.push_back(std::move(field));
        else
            *same = std::move(field);
    }
    return page;
}

std::size_t indexAll(Store &store)
{
    std::size_t rounds = 0;
    for (;;) {
        auto left = store.indexQueued(20ms);
        if (!left)
            throw std::runtime_error("indexing failed: " + left.error().detail);
        ++rounds;
        if (*left == 0)
            return rounds;
    }
}

} // namespace

class TestSearchQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The writer: 240 notes of every kind on many days, 30 families with a child each, a
        // note deleted and one edited, as a unit's tablet holds them.
        m_writer = openStore(path("writer.db"));
        createUnit(*m_writer);
        std::mt19937 random(20261207);
        std::vector<Change> changes;
        const char *kinds[] = {"case", "session", "member", "other"};
        for (int i = 0; i < 240; ++i) {
            Change note = newNote("ord" + std::to_string(i % 17) + " tema" + std::to_string(i % 5) +
                                  " anteckning nummer " + std::to_string(i) +
                                  (i % 9 == 0 ? " om Åsa i skolan" : ""));
            note.fields.push_back({"kind", std::string(kinds[random() % 4])});
            note.fields.push_back({"event_date", "2026-" + std::to_string(10 + random() % 3) +
                                                     "-1" + std::to_string(random() % 10)});
            note.fields.erase(note.fields.begin()); // the kind given above instead
            changes.push_back(std::move(note));
        }
        for (int i = 0; i < 30; ++i) {
            changes.push_back({ChangeKind::Create,
                               "family",
                               {},
                               {{"name", "Familjen Berg" + std::to_string(i)},
                                {"first_contact", std::string("2026-09-01")},
                                {"responsible_staff", kActor.staffId}}});
        }
        auto written = m_writer->write(kActor, changes);
        QVERIFY(written);
        for (int i = 0; i < 30; ++i) {
            QVERIFY(m_writer->write(kActor, Change{ChangeKind::Create,
                                                   "child",
                                                   {},
                                                   {{"family_id", written->ids[240 + i]},
                                                    {"first_name", "Åsa" + std::to_string(i)},
                                                    {"last_name", std::string("Berg")}}}));
        }
        QVERIFY(m_writer->write(kActor, Change{ChangeKind::Delete, "note", written->ids[0], {}}));
        QVERIFY(m_writer->write(kActor, Change{ChangeKind::Update,
                                               "note",
                                               written->ids[1],
                                               {{"body", std::string("ord3 skrevs om helt")}}}));
        m_page = *m_writer->outbox();
        m_edited = written->ids[1];
        QCOMPARE_GT(m_page.size(), std::size_t{1000});
    }

    void aLongPageIsIndexedAfterItAsIfWrittenHere()
    {
        auto tablet = openStore(path("first.db"));
        QVERIFY(tablet->applyRemote(m_page, 1));
        const auto waiting = tablet->unindexed();
        QVERIFY(waiting);
        QCOMPARE(*waiting, std::size_t{300}); // 240 notes, 30 families, 30 children
        QVERIFY(seen(*tablet, "anteckning").empty());

        QCOMPARE_GT(indexAll(*tablet), std::size_t{0});
        QCOMPARE(*tablet->unindexed(), std::size_t{0});
        for (const std::string &word : kWords)
            QCOMPARE(seen(*tablet, word), seen(*m_writer, word));
        QVERIFY(!seen(*tablet, "ord3").empty());
        QVERIFY(!seen(*tablet, "skrevs").empty()); // the edited note, by its newest text
    }

    void whatAPersonWritesMeanwhileIsFoundAtOnce()
    {
        auto tablet = openStore(path("meanwhile.db"));
        QVERIFY(tablet->applyRemote(m_page, 1));
        const std::size_t waiting = *tablet->unindexed();

        auto mine = tablet->write(kActor, newNote("Mötet med mormor gick bra"));
        QVERIFY(mine);
        const auto hits = tablet->search("mormor");
        QVERIFY(hits);
        QCOMPARE(hits->size(), std::size_t{1});
        QCOMPARE(hits->front().entityId, mine->ids.front());
        QCOMPARE(*tablet->unindexed(), waiting);

        // A waiting record a person edits is found by its new text at once, and not by its old.
        QVERIFY(tablet->write(kActor, Change{ChangeKind::Update,
                                             "note",
                                             m_edited,
                                             {{"body", std::string("nu om simskolan")}}}));
        QCOMPARE(tablet->search("simskolan")->size(), std::size_t{1});
        QCOMPARE(*tablet->unindexed(), waiting - 1);
        indexAll(*tablet);
        QVERIFY(seen(*tablet, "skrevs").empty());
        QCOMPARE(tablet->search("simskolan")->size(), std::size_t{1});
    }

    void aShortPageIsFoundAtOnce()
    {
        auto tablet = openStore(path("short.db"));
        QVERIFY(tablet->applyRemote(m_page, 1));
        indexAll(*tablet);
        auto other = openStore(path("other.db"));
        createUnit(*other);
        auto note = other->write(kActor, newNote("en kort sida om fiskedamm"));
        QVERIFY(note);
        QVERIFY(tablet->applyRemote(*other->outbox(), 2));
        QCOMPARE(*tablet->unindexed(), std::size_t{0});
        QCOMPARE(tablet->search("fiskedamm")->size(), std::size_t{1});
    }

    // Every record in a transaction of its own, interrupted at random points (SQLite's own
    // interrupt, as a closing app's) and pulled again until it goes in: the same records, the
    // same search, as a page applied whole. A log page and a state page of the same records.
    void aPageCutBetweenSlicesAndAppliedAgainEqualsOneAppliedWhole_data()
    {
        QTest::addColumn<bool>("state");
        QTest::newRow("log page") << false;
        QTest::newRow("state page") << true;
    }
    void aPageCutBetweenSlicesAndAppliedAgainEqualsOneAppliedWhole()
    {
        QFETCH(bool, state);
        const sync::StatePage page = statePage(m_page);
        const auto apply = [&](Store &store) {
            return state ? store.applyState(page) : store.applyRemote(m_page, page.cursor);
        };
        const std::string name = state ? "state" : "log";
        auto whole = openStore(path(name + "-whole.db"));
        QVERIFY(apply(*whole));
        indexAll(*whole);

        // Cut somewhere in the time a sliced apply takes, until three were cut at least once.
        StoreOptions timed;
        timed.database.path = path(name + "-timed.db");
        timed.applySlice = 0ms;
        const auto start = std::chrono::steady_clock::now();
        QVERIFY(apply(*openStore(std::move(timed))));
        const auto span = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - start);

        std::mt19937 random(7);
        int cutRounds = 0;
        for (int round = 0; cutRounds < 3; ++round) {
            QVERIFY(round < 30);
            StoreOptions options;
            options.database.path = path(name + "-sliced" + std::to_string(round) + ".db");
            options.applySlice = 0ms;
            auto sliced = openStore(std::move(options));
            int cuts = 0;
            for (;;) {
                std::atomic<bool> done{false};
                const auto wait = std::chrono::microseconds(random() % span.count());
                std::thread cutter([&] {
                    const auto until = std::chrono::steady_clock::now() + wait;
                    while (!done && std::chrono::steady_clock::now() < until)
                        std::this_thread::yield();
                    if (!done)
                        sliced->interrupt();
                });
                auto applied = apply(*sliced);
                done = true;
                cutter.join();
                if (applied)
                    break;
                QCOMPARE(QString::fromStdString(applied.error().detail), QString("interrupted"));
                QCOMPARE(*sliced->pullCursor(), std::uint64_t{0}); // the cursor waits for the end
                QCOMPARE(*sliced->pullsState(), true);
                ++cuts;
                QVERIFY(cuts < 50);
            }
            cutRounds += cuts > 0;
            QCOMPARE(*sliced->pullCursor(), page.cursor);
            QCOMPARE(*sliced->pullsState(), false);
            indexAll(*sliced);
            QCOMPARE(contents(*sliced), contents(*whole));
            for (const std::string &word : kWords)
                QCOMPARE(seen(*sliced, word), seen(*whole, word));
        }
    }

private:
    std::string path(const std::string &name) const
    {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_writer;
    std::vector<sync::Delta> m_page;
    std::string m_edited;
};

QTEST_GUILESS_MAIN(TestSearchQueue)
#include "tst_searchqueue.moc"
