// Resolving a conflict through a real lykta-server: two tablets (real stores) edit the same
// note offline, one resolves the conflict, and after syncing every tablet (and a new one)
// shows the chosen text and no conflict; an edit made elsewhere without seeing the
// resolution is still kept as a conflict copy on every device. The server keeps a bounded
// amount of copies per record; an edit past it stays on its tablet as a refused change.
#include "testserver.h"

#include "sync/client/syncsession.h"
#include "sync/core/limits.h"
#include "sync/core/merge.h"
#include "tablet.h"

#include <QtTest>

#include <set>

using namespace lykta;
using namespace lykta::test;

namespace {

std::unique_ptr<store::Store> openStore(const QString &path)
{
    store::StoreOptions options;
    options.database.path = path.toStdString();
    auto s = store::Store::open(std::move(options));
    return s ? std::move(*s) : nullptr;
}

store::Change editBody(const std::string &note, const std::string &text)
{
    return {store::ChangeKind::Update, "note", note, {{"body", text}}};
}

} // namespace

class TstResolve : public QObject
{
    Q_OBJECT

private:
    Tablet tablet(const QString &name, const std::string &staff)
    {
        Tablet t;
        t.store = openStore(m_server.dir() + "/" + name + ".db");
        enroll(m_server, t, staff, m_unit, name);
        return t;
    }

    bool sync(Tablet &t)
    {
        const auto status = syncTablet(m_server, t);
        return status.activity == sync::client::Activity::Idle && status.rejected == 0;
    }

    bool write(Tablet &t, const store::Change &change, std::string *id = nullptr)
    {
        auto r = t.store->write(t.actor, change);
        if (!r)
            qWarning("write: %s %s", store::toString(r.error().code), r.error().detail.c_str());
        if (r && id)
            *id = r->ids.at(0);
        return r.ok();
    }

    // Tablet `a` writes the unit, a family and a draft note about it; both tablets sync, so
    // both hold the note. Returns the note's id, or "" when a step failed.
    std::string sharedNote(Tablet &a, Tablet &b, const std::string &familyName,
                           const std::string &text)
    {
        std::string family, note;
        const bool ok =
            write(a, {store::ChangeKind::Create,
                      "unit",
                      m_unit,
                      {{"name", std::string("Enhet Syd")}}}) &&
            write(a, {store::ChangeKind::Create, "family", {}, {{"name", familyName}}}, &family) &&
            write(a,
                  {store::ChangeKind::Create,
                   "note",
                   {},
                   {{"subject_entity", std::string("family")},
                    {"subject_id", family},
                    {"body", text},
                    {"status", std::string("draft")}}},
                  &note) &&
            sync(a) && sync(b);
        return ok ? note : std::string();
    }

    static std::string body(Tablet &t, const std::string &note)
    {
        auto r = t.store->get("note", note);
        return r && *r ? (**r).text("body") : "<missing>";
    }

    static std::vector<store::ConflictEntry> copies(Tablet &t, const std::string &note)
    {
        auto c = t.store->conflicts("note", note);
        return c ? *c : std::vector<store::ConflictEntry>{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_unit = m_server.admin({"create-unit", "--name", "Enhet Syd"}).toStdString();
        m_staffA =
            m_server
                .admin({"create-staff", "--name", "Anna", "--unit", QString::fromStdString(m_unit)})
                .toStdString();
        m_staffB =
            m_server
                .admin({"create-staff", "--name", "Bo", "--unit", QString::fromStdString(m_unit)})
                .toStdString();
    }

    void aResolutionSyncsToEveryTabletAndANewEditIsStillKept()
    {
        Tablet a = tablet("a", m_staffA);
        Tablet b = tablet("b", m_staffB);
        QVERIFY(!a.token.empty() && !b.token.empty());
        const std::string note = sharedNote(a, b, "Familjen Berg", "Första samtalet.");
        QVERIFY(!note.empty());

        // Both edit the note offline: one conflict copy, the same on both.
        const std::string textA = "Anna: pappa har fått en ny behandling.";
        const std::string textB = "Bo: barnen vill veta mer om behandlingen.";
        QVERIFY(write(a, editBody(note, textA)));
        QVERIFY(write(b, editBody(note, textB)));
        QVERIFY(sync(a));
        QVERIFY(sync(b));
        QVERIFY(sync(a));
        QCOMPARE(copies(a, note).size(), std::size_t{1});
        QCOMPARE(copies(b, note).size(), std::size_t{1});

        // Anna keeps Bo's text. After syncing, both show it and neither has a conflict.
        const store::ConflictEntry copy = copies(a, note).front();
        QVERIFY(a.store->resolveConflict(
            a.actor, {copy.entity, copy.entityId, copy.field, copy.copy.hlc}, textB));
        QVERIFY(sync(a));
        QVERIFY(sync(b));
        QCOMPARE(body(a, note), textB);
        QCOMPARE(body(b, note), textB);
        QVERIFY(copies(a, note).empty());
        QVERIFY(copies(b, note).empty());
        // A tablet enrolled afterwards pulls the whole history: no conflict there either.
        Tablet c = tablet("c", m_staffA);
        QVERIFY(sync(c));
        QCOMPARE(body(c, note), textB);
        QVERIFY(copies(c, note).empty());

        // Again, but Bo edits on before he has pulled Anna's (merged) resolution.
        QVERIFY(write(a, editBody(note, textA + " Andra gången.")));
        QVERIFY(write(b, editBody(note, textB + " Andra gången.")));
        QVERIFY(sync(a));
        QVERIFY(sync(b));
        QVERIFY(sync(a));
        const store::ConflictEntry second = copies(a, note).front();
        const std::string merged = textA + "\n" + textB;
        QVERIFY(a.store->resolveConflict(
            a.actor, {second.entity, second.entityId, second.field, second.copy.hlc}, merged));
        const std::string later = textB + " Bo lägger till något.";
        QVERIFY(write(b, editBody(note, later)));
        QVERIFY(sync(a));
        QVERIFY(sync(b));
        QVERIFY(sync(a));
        QVERIFY(sync(c));
        for (Tablet *t : {&a, &b, &c}) {
            const auto held = copies(*t, note);
            QCOMPARE(held.size(), std::size_t{1});
            const std::set<std::string> texts{body(*t, note),
                                              std::get<std::string>(held.front().copy.value)};
            QCOMPARE(texts, (std::set<std::string>{merged, later}));
        }
        QCOMPARE(body(b, note), body(a, note));
        QCOMPARE(body(c, note), body(a, note));
    }

    // Every round Anna and Bo both edit a long note offline: the server keeps Anna's text as a
    // conflict copy, until the record's copies reach kMaxConflictBytesPerRecord. Bo's next edit
    // is refused; his tablet keeps his text, readable among its refused changes.
    void conflictCopiesAreBoundedAndTheRefusedTextIsKept()
    {
        Tablet a = tablet("capA", m_staffA);
        Tablet b = tablet("capB", m_staffB);
        QVERIFY(!a.token.empty() && !b.token.empty());
        const std::string note = sharedNote(a, b, "Familjen Ek", "Början.");
        QVERIFY(!note.empty());

        constexpr std::size_t kTextBytes = 900 * 1024;
        const auto text = [&](const char *who, int round) {
            return std::string(who) + std::to_string(round) + ": " +
                   std::string(kTextBytes, char('a' + round));
        };
        const auto fitting = sync::limits::kMaxConflictBytesPerRecord / kTextBytes;
        for (int round = 0; round < int(fitting); ++round) {
            QVERIFY(write(a, editBody(note, text("Anna", round))));
            QVERIFY(write(b, editBody(note, text("Bo", round))));
            QVERIFY(sync(a));
            QVERIFY(sync(b));
            QVERIFY(sync(a));
            QCOMPARE(copies(a, note).size(), std::size_t(round + 1));
        }

        const std::string lastA = text("Anna", int(fitting)), lastB = text("Bo", int(fitting));
        QVERIFY(write(a, editBody(note, lastA)));
        QVERIFY(write(b, editBody(note, lastB)));
        QVERIFY(sync(a));
        const auto status = syncTablet(m_server, b);
        QCOMPARE(status.activity, sync::client::Activity::Idle);
        QCOMPARE(status.rejected, std::uint64_t{1});

        // Bo's text waits on his tablet, the note shows what every tablet shows.
        auto refused = b.store->rejections();
        QVERIFY(refused);
        QCOMPARE(refused->size(), std::size_t{1});
        QCOMPARE(refused->front().value, sync::Value(lastB));
        QCOMPARE(refused->front().reason, sync::RejectReason::Invalid);
        QCOMPARE(refused->front().detail, std::string(sync::kConflictsFullDetail));
        QCOMPARE(body(b, note), lastA);
        QVERIFY(sync(a));
        QCOMPARE(body(a, note), lastA);
        QCOMPARE(copies(a, note).size(), fitting);
    }

private:
    TestServer m_server;
    std::string m_unit;
    std::string m_staffA;
    std::string m_staffB;
};

QTEST_GUILESS_MAIN(TstResolve)
#include "tst_resolve.moc"
