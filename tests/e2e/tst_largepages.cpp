// Large notes against a real lykta-server and real tablets: a unit whose notes are a megabyte of
// random (incompressible) text each still reaches every tablet of the unit, the kiosk still
// receives large cards, and a tablet that wrote many of them offline pushes them all. A page
// used to be cut at 10,000 deltas only: past the wire cap the server could not encode it and
// every other tablet of the unit stayed at cursor 0 for good.
#include "testserver.h"

#include "storereplica.h"
#include "sync/core/limits.h"
#include "tablet.h"

#include <QtTest>

#include <map>
#include <random>

using namespace lykta;
using namespace lykta::test;

namespace {

constexpr std::size_t kNoteBytes = 1'000'000;
const std::string kUnitName = "Enhet Stor";

// Six bits of entropy a byte: zstd cannot shrink a page of it below the wire cap.
std::string randomText(std::mt19937_64 &random, std::size_t bytes)
{
    static constexpr char kAlphabet[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .";
    static_assert(sizeof kAlphabet == 65);
    std::string text(bytes, ' ');
    for (char &c : text)
        c = kAlphabet[random() % 64];
    return text;
}

} // namespace

class TstLargePages : public QObject
{
    Q_OBJECT

private:
    Tablet tablet(const QString &name, const std::string &staff, const std::string &unit)
    {
        return newTablet(m_server, m_server.dir() + "/" + name + ".db", staff, unit, name);
    }

    // A unit of its own for a test, with a staff member for each name (role `content` when
    // `role` says so); returns the unit id and fills `staff`.
    std::string newUnit(const QString &name, const QStringList &names,
                        std::vector<std::string> &staff, const QStringList &role = {})
    {
        const QString unit = m_server.admin({"create-unit", "--name", name});
        for (const QString &person : names)
            staff.push_back(
                m_server.admin(QStringList{"create-staff", "--name", person, "--unit", unit} + role)
                    .toStdString());
        return unit.toStdString();
    }

    std::string write(Tablet &t, store::Change change)
    {
        auto r = t.store->write(t.actor, change);
        if (!r)
            qWarning("write: %s %s", store::toString(r.error().code), r.error().detail.c_str());
        return r ? r->ids.at(0) : std::string();
    }

    // The unit's own record, which a new tablet's store needs before its records.
    void writeUnit(Tablet &t)
    {
        QVERIFY(
            !write(t, {store::ChangeKind::Create, "unit", t.actor.unitId, {{"name", kUnitName}}})
                 .empty());
    }

    // `count` notes of random text on a new family; returns note id -> body.
    std::map<std::string, std::string> writeNotes(Tablet &t, int count, int syncEvery)
    {
        std::map<std::string, std::string> notes;
        writeUnit(t);
        const std::string family = write(
            t, {store::ChangeKind::Create, "family", {}, {{"name", std::string("Familjen Stor")}}});
        for (int i = 0; i < count; ++i) {
            std::string body = randomText(m_random, kNoteBytes);
            const std::string id = write(t, {store::ChangeKind::Create,
                                             "note",
                                             {},
                                             {{"subject_entity", std::string("family")},
                                              {"subject_id", family},
                                              {"body", body},
                                              {"status", std::string("draft")}}});
            notes.emplace(id, std::move(body));
            if (syncEvery && (i + 1) % syncEvery == 0)
                [&] {
                    QCOMPARE(syncTablet(m_server, t).activity, sync::client::Activity::Idle);
                }();
        }
        return notes;
    }

    // The tablet holds every note with its text intact.
    static void verifyNotes(Tablet &t, const std::map<std::string, std::string> &notes)
    {
        for (const auto &[id, body] : notes) {
            auto record = t.store->get("note", id);
            QVERIFY(record && *record);
            QVERIFY2((**record).text("body") == body, id.c_str());
        }
    }

    std::uint64_t cursorOf(Tablet &t)
    {
        syncctl::StoreReplica replica(*t.store);
        auto cursor = replica.pullCursor();
        return cursor ? *cursor : 0;
    }

    std::uint64_t head() const
    {
        return static_cast<std::uint64_t>(m_server.database().scalar("SELECT max(seq) FROM log"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        std::vector<std::string> staff;
        m_unit = newUnit(QString::fromStdString(kUnitName), {"Anna", "Bo"}, staff);
        m_staffA = staff.at(0);
        m_staffB = staff.at(1);
    }

    // The reproduction: 40 notes of 1 MB random text, pushed a few at a time; a second
    // tablet of the unit pulls them all, page by page, to the head of the log.
    void aSecondTabletPullsFortyLargeNotes()
    {
        Tablet a = tablet("a", m_staffA, m_unit);
        QVERIFY(!a.token.empty());
        const auto notes = writeNotes(a, 40, 4);
        QCOMPARE(notes.size(), 40u);
        QVERIFY(a.store->outbox()->empty());

        Tablet b = tablet("b", m_staffB, m_unit);
        QVERIFY(!b.token.empty());
        const auto status = syncTablet(m_server, b);
        QVERIFY2(status.activity == sync::client::Activity::Idle,
                 status.error ? status.error->detail.c_str() : "");
        QCOMPARE(cursorOf(b), head());
        verifyNotes(b, notes);
        // 40 MB in pages of at most kMaxPullPageBytes.
        const std::uint64_t minPages = 40 * kNoteBytes / sync::limits::kMaxPullPageBytes;
        QVERIFY2(status.transfer.requests >= minPages,
                 qPrintable(QString::number(status.transfer.requests)));
        qInfo("40 notes of 1 MB: %llu requests, %llu bytes received",
              static_cast<unsigned long long>(status.transfer.requests),
              static_cast<unsigned long long>(status.transfer.bytesReceived));
    }

    // Written offline, a dozen large notes go up in one sync (push batches cut by bytes too)
    // and reach the other tablet.
    void aTabletPushesLargeNotesWrittenOffline()
    {
        std::vector<std::string> staff;
        const std::string unit = newUnit("Enhet Offline", {"Cilla", "Dan"}, staff);
        Tablet c = tablet("c", staff.at(0), unit);
        QVERIFY(!c.token.empty());
        const auto notes = writeNotes(c, 12, 0);
        const auto pushed = syncTablet(m_server, c);
        QVERIFY2(pushed.activity == sync::client::Activity::Idle,
                 pushed.error ? pushed.error->detail.c_str() : "");
        QVERIFY(c.store->outbox()->empty());
        QCOMPARE(pushed.rejected, 0u);
        QVERIFY(pushed.transfer.requests >= 4u); // 12 MB in batches of at most 4 MiB

        Tablet d = tablet("d", staff.at(1), unit);
        QVERIFY(!d.token.empty());
        QCOMPARE(syncTablet(m_server, d).activity, sync::client::Activity::Idle);
        QCOMPARE(cursorOf(d), head());
        verifyNotes(d, notes);
    }

    // A kiosk's snapshot is cut by bytes as well: twelve cards of 1 MB each reach it intact.
    void aKioskReceivesLargeCards()
    {
        std::vector<std::string> staff;
        const std::string unit = newUnit("Väntrummet", {"Eva"}, staff, {"--role", "content"});
        Tablet editor = tablet("editor", staff.at(0), unit);
        QVERIFY(!editor.token.empty());
        writeUnit(editor);
        std::map<std::string, std::string> cards;
        for (int i = 0; i < 12; ++i) {
            std::string body = randomText(m_random, kNoteBytes);
            const std::string id = write(editor, {store::ChangeKind::Create,
                                                  "info_card",
                                                  {},
                                                  {{"title", "Kort " + std::to_string(i)},
                                                   {"body", body},
                                                   {"published", std::int64_t{1}}}});
            cards.emplace(id, std::move(body));
            if (i % 4 == 3)
                QCOMPARE(syncTablet(m_server, editor).activity, sync::client::Activity::Idle);
        }
        QVERIFY(editor.store->outbox()->empty());

        Tablet kiosk;
        kiosk.store = openTabletStore(m_server.dir() + "/kiosk.db");
        QVERIFY(kiosk.store);
        kiosk.token = m_server.enrollKiosk(unit, kiosk.store->deviceId());
        QVERIFY(!kiosk.token.empty());
        const auto status = syncTablet(m_server, kiosk);
        QVERIFY2(status.activity == sync::client::Activity::Idle,
                 status.error ? status.error->detail.c_str() : "");
        QVERIFY(status.transfer.requests >= 3u);
        for (const auto &[id, body] : cards) {
            auto record = kiosk.store->get("info_card", id);
            QVERIFY(record && *record);
            QVERIFY2((**record).text("body") == body, id.c_str());
        }
    }

private:
    TestServer m_server;
    std::string m_unit, m_staffA, m_staffB;
    std::mt19937_64 m_random{14};
};

QTEST_GUILESS_MAIN(TstLargePages)
#include "tst_largepages.moc"
