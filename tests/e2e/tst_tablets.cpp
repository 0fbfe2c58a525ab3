// Two tablets (two real stores) sync through a real lykta-server: offline edits of the same
// family converge, a concurrent edit of a note's text leaves the same conflict copy on both,
// a change to a signed note is refused with its reason, and every replica equals the server.
#include "testserver.h"

#include "conversationtemplateservice.h"
#include "sync/client/syncsession.h"
#include "tablet.h"

#include <QtTest>

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

} // namespace

class TstTablets : public QObject
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

    sync::client::SyncStatus sync(Tablet &t) { return syncTablet(m_server, t); }

    std::string write(Tablet &t, store::Change change)
    {
        auto r = t.store->write(t.actor, change);
        if (!r)
            qWarning("write: %s %s", store::toString(r.error().code), r.error().detail.c_str());
        return r ? r->ids.at(0) : std::string();
    }

    void verifySame(Tablet &a, Tablet &b, const std::string &entity, const std::string &id)
    {
        auto ra = a.store->get(entity, id);
        auto rb = b.store->get(entity, id);
        QVERIFY(ra && rb && *ra && *rb);
        QVERIFY((**ra).fields == (**rb).fields);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_unit = m_server.admin({"create-unit", "--name", "Enhet Norr"}).toStdString();
        m_staffA =
            m_server
                .admin({"create-staff", "--name", "Anna", "--unit", QString::fromStdString(m_unit)})
                .toStdString();
        m_staffB =
            m_server
                .admin({"create-staff", "--name", "Bo", "--unit", QString::fromStdString(m_unit)})
                .toStdString();
    }

    void twoTabletsConvergeThroughTheServer()
    {
        Tablet a = tablet("a", m_staffA);
        Tablet b = tablet("b", m_staffB);
        QVERIFY(!a.token.empty() && !b.token.empty());

        // A sets up the unit, a family and a note, and syncs; B pulls them.
        QVERIFY(
            !write(
                 a,
                 {store::ChangeKind::Create, "unit", m_unit, {{"name", std::string("Enhet Norr")}}})
                 .empty());
        const std::string family = write(
            a, {store::ChangeKind::Create, "family", {}, {{"name", std::string("Familjen Ek")}}});
        const std::string note = write(a, {store::ChangeKind::Create,
                                           "note",
                                           {},
                                           {{"subject_entity", std::string("family")},
                                            {"subject_id", family},
                                            {"body", std::string("Första samtalet.")},
                                            {"status", std::string("draft")}}});
        const std::string signedNote = write(a, {store::ChangeKind::Create,
                                                 "note",
                                                 {},
                                                 {{"subject_id", family},
                                                  {"body", std::string("Beslut.")},
                                                  {"status", std::string("draft")}}});
        QCOMPARE(sync(a).activity, sync::client::Activity::Idle);
        QCOMPARE(sync(b).activity, sync::client::Activity::Idle);
        verifySame(a, b, "family", family);

        // Offline, both edit the family (different fields) and the same note's text.
        write(a, {store::ChangeKind::Update,
                  "family",
                  family,
                  {{"name", std::string("Familjen Ek-Lind")}}});
        write(b, {store::ChangeKind::Update,
                  "family",
                  family,
                  {{"problem_type", std::string("mental_illness")}}});
        write(a,
              {store::ChangeKind::Update, "note", note, {{"body", std::string("A skrev detta.")}}});
        write(b,
              {store::ChangeKind::Update, "note", note, {{"body", std::string("B skrev detta.")}}});
        // A signs the other note; B, not knowing, changes it.
        write(a, {store::ChangeKind::Update,
                  "note",
                  signedNote,
                  {{"status", std::string("signed")}, {"signed_by", m_staffA}}});

        QCOMPARE(sync(a).activity, sync::client::Activity::Idle);
        write(b, {store::ChangeKind::Update,
                  "note",
                  signedNote,
                  {{"body", std::string("Ändrat efter signering.")}}});
        const auto bStatus = sync(b);
        QCOMPARE(bStatus.activity, sync::client::Activity::Idle);
        QCOMPARE(bStatus.rejected, 1u);
        QCOMPARE(sync(a).activity, sync::client::Activity::Idle);

        // Both hold the same family with both edits.
        verifySame(a, b, "family", family);
        auto fam = a.store->get("family", family);
        QCOMPARE((**fam).text("name"), std::string("Familjen Ek-Lind"));
        QCOMPARE((**fam).text("problem_type"), std::string("mental_illness"));

        // The note's concurrent text: one is current, the other a visible conflict copy, on both.
        verifySame(a, b, "note", note);
        auto ca = a.store->conflicts("note", note);
        auto cb = b.store->conflicts("note", note);
        QVERIFY(ca && cb);
        QCOMPARE(ca->size(), 1u);
        QCOMPARE(cb->size(), 1u);
        QCOMPARE(ca->at(0).copy, cb->at(0).copy);
        const std::string current = (**a.store->get("note", note)).text("body");
        const auto *copy = std::get_if<std::string>(&ca->at(0).copy.value);
        QVERIFY(copy);
        QVERIFY((current == "A skrev detta." && *copy == "B skrev detta.") ||
                (current == "B skrev detta." && *copy == "A skrev detta."));

        // The signed note is unchanged everywhere; B keeps its refused text with the reason.
        verifySame(a, b, "note", signedNote);
        QCOMPARE((**b.store->get("note", signedNote)).text("body"), std::string("Beslut."));
        auto refused = b.store->rejections();
        QVERIFY(refused);
        QCOMPARE(refused->size(), 1u);
        QCOMPARE(refused->at(0).reason, sync::RejectReason::SignedImmutable);
        QCOMPARE(refused->at(0).value, sync::Value(std::string("Ändrat efter signering.")));

        // A third, empty tablet pulls the server's state: equal to both.
        Tablet c = tablet("c", m_staffA);
        QCOMPARE(sync(c).activity, sync::client::Activity::Idle);
        for (const auto &[entity, id] : std::vector<std::pair<std::string, std::string>>{
                 {"family", family}, {"note", note}, {"note", signedNote}, {"unit", m_unit}})
            verifySame(a, c, entity, id);
        auto cc = c.store->conflicts("note", note);
        QVERIFY(cc && cc->size() == 1u && cc->at(0).copy == ca->at(0).copy);

        // Nothing is left to push anywhere, and a no-op sync is one small request.
        for (Tablet *t : {&a, &b, &c}) {
            QVERIFY(t->store->outbox()->empty());
            const auto s = sync(*t);
            QCOMPARE(s.transfer.requests, 1u);
            QVERIFY2(s.transfer.bytesSent + s.transfer.bytesReceived <= 512,
                     qPrintable(QString::number(s.transfer.bytesSent + s.transfer.bytesReceived)));
        }
    }

    // A new unit's first two tablets each install Lykta's conversation models before either
    // has synced: after syncing, both hold one of each model, not two.
    void twoNewTabletsInstallTheModelsOnce()
    {
        const QString unit = m_server.admin({"create-unit", "--name", "Enhet Söder"});
        const std::string c =
            m_server.admin({"create-staff", "--name", "Cia", "--unit", unit}).toStdString();
        const std::string d =
            m_server.admin({"create-staff", "--name", "Dan", "--unit", unit}).toStdString();
        Tablet tc, td;
        tc.store = openStore(m_server.dir() + "/soder-c.db");
        td.store = openStore(m_server.dir() + "/soder-d.db");
        enroll(m_server, tc, c, unit.toStdString(), "c");
        enroll(m_server, td, d, unit.toStdString(), "d");
        QVERIFY(!tc.token.empty() && !td.token.empty());

        domain::ConversationTemplateService onC(*tc.store), onD(*td.store);
        QCOMPARE(*onC.installDefaults(tc.actor), std::size_t{3});
        QCOMPARE(*onD.installDefaults(td.actor), std::size_t{3});
        for (Tablet *t : {&tc, &td, &tc})
            QCOMPARE(sync(*t).activity, sync::client::Activity::Idle);

        QCOMPARE(onC.all().size(), std::size_t{3});
        QCOMPARE(onD.all().size(), std::size_t{3});
        for (const auto &model : onC.all())
            verifySame(tc, td, "conversation_template", model.id);
        QVERIFY(tc.store->conflicts()->empty());
        QCOMPARE(*onC.installDefaults(tc.actor), std::size_t{0});
    }

private:
    TestServer m_server;
    std::string m_unit, m_staffA, m_staffB;
};

QTEST_GUILESS_MAIN(TstTablets)
#include "tst_tablets.moc"
