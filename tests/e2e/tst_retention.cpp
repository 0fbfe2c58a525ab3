// Retention (gallring) end to end: a tablet writes cases and groups at known dates (its clock is
// set back), syncs to a real lykta-server, and `lykta-server retention run --now` removes exactly
// what is due on each side of each boundary: from the server (records, log values, an audit
// entry each) and, after their next sync, from every tablet's file.
#include "testserver.h"

#include "sync/client/syncsession.h"
#include "sync/core/hlc.h"
#include "tablet.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <set>

using namespace lykta;
using namespace lykta::test;

namespace {

using Key = std::pair<std::string, std::string>; // entity, id
using Keys = std::set<Key>;

std::int64_t msOf(int y, unsigned m, unsigned d)
{
    using namespace std::chrono;
    const sys_days date = year{y} / month{m} / day{d};
    return duration_cast<milliseconds>(date.time_since_epoch()).count() + 12 * 3'600'000;
}

QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QString("-wal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TstRetention : public QObject
{
    Q_OBJECT

private:
    Tablet tablet(const QString &name, sync::HlcClock::PhysicalClock clock = {})
    {
        Tablet t;
        t.path = m_server.dir() + "/" + name + ".db";
        store::StoreOptions options;
        options.database.path = t.path.toStdString();
        if (clock)
            options.clock = std::move(clock);
        auto s = store::Store::open(std::move(options));
        if (s)
            t.store = std::move(*s);
        enroll(m_server, t, m_staff, m_unit, name);
        return t;
    }

    sync::client::SyncStatus sync(Tablet &t) { return syncTablet(m_server, t); }

    // Creates a record written on `day`; returns its id.
    std::string create(int y, unsigned m, unsigned d, const std::string &entity,
                       std::vector<store::FieldValue> fields)
    {
        m_writerMs = msOf(y, m, d);
        store::Change change{store::ChangeKind::Create, entity, {}, std::move(fields)};
        auto r = m_writer.store->write(m_writer.actor, change);
        if (!r) {
            qWarning("write %s: %s", entity.c_str(), r.error().detail.c_str());
            return {};
        }
        m_all.insert({entity, r->ids.at(0)});
        return r->ids.at(0);
    }

    // `lykta-server retention run --db ... args`; the (entity, id) of each "removed" or
    // "would_remove" line, and the "held" ones.
    struct RunResult
    {
        int exitCode = -1;
        Keys removed;
        Keys held;
        QString out;
        QString err;
    };
    RunResult retention(const QStringList &args)
    {
        QProcess p;
        p.start(QString::fromStdString(serverBinary()),
                QStringList{"retention", "run", "--db", m_server.database().spec()} + args);
        p.waitForFinished(60000);
        RunResult result;
        result.exitCode = p.exitCode();
        result.out = QString::fromUtf8(p.readAllStandardOutput());
        result.err = QString::fromUtf8(p.readAllStandardError());
        for (const QString &line : result.out.split('\n')) {
            const QStringList cols = line.split('\t');
            if (cols.size() < 4)
                continue;
            const Key key{cols[2].toStdString(), cols[3].toStdString()};
            if (cols[0] == "removed" || cols[0] == "would_remove")
                result.removed.insert(key);
            else if (cols[0] == "held")
                result.held.insert(key);
        }
        return result;
    }

    // Which of `keys` a tablet still holds.
    Keys heldOn(Tablet &t, const Keys &keys)
    {
        Keys out;
        for (const auto &[entity, id] : keys) {
            auto r = t.store->get(entity, id);
            if (r && *r)
                out.insert({entity, id});
        }
        return out;
    }

    // Which of `keys` the server still holds with its content (not only a tombstone).
    Keys onServer(const Keys &keys)
    {
        Keys out;
        for (const auto &[entity, id] : keys) {
            const auto rows =
                m_server.database().scalar("SELECT count(*) FROM log WHERE entity = '" + entity +
                                           "' AND entity_id = '" + id + "' AND field <> 'deleted'");
            if (rows > 0)
                out.insert({entity, id});
        }
        return out;
    }

    long long auditCount(const std::string &id)
    {
        return m_server.database().scalar(
            "SELECT count(*) FROM audit WHERE action = 'retention' AND subject = '" + id + "'");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_unit = m_server.admin({"create-unit", "--name", "Enhet Syd"}).toStdString();
        m_staff =
            m_server
                .admin({"create-staff", "--name", "Sara", "--unit", QString::fromStdString(m_unit)})
                .toStdString();
        m_writer = tablet("writer", [this] { return m_writerMs.load(); });
        m_reader = tablet("reader");
        QVERIFY(m_writer.store && m_reader.store);
        QVERIFY(!m_writer.token.empty() && !m_reader.token.empty());
    }

    void fixtureAtKnownDates()
    {
        // Written in date order: a device's clock never runs backwards.
        m_writerMs = msOf(2019, 1, 1);
        QVERIFY(m_writer.store->write(
            m_writer.actor,
            {store::ChangeKind::Create, "unit", m_unit, {{"name", std::string("Enhet Syd")}}}));
        // Case 4: last entry 2019-01-01, due 2024-01-01, but its child is an identified member
        // of group 2 (kept until 2025-03-01): held until then.
        m_f4 = create(2019, 1, 1, "family", {{"name", std::string("Familjen Fyra")}});
        m_c4 =
            create(2019, 1, 1, "child", {{"family_id", m_f4}, {"first_name", std::string("Ali")}});
        // Case 3: started 2019, but a note written 2024-06-01 keeps the whole case.
        m_f3 = create(2019, 1, 2, "family", {{"name", std::string("Familjen Tre")}});
        // Case 1: begun 2019, everything written by 2020-03-14, its last entry: due 2025-03-14.
        m_f1 = create(
            2019, 2, 1, "family",
            {{"name", std::string("Familjen Ett")}, {"first_contact", std::string("2019-02-01")}});
        // Group 2 (identified): last entry 2020-03-01, due 2025-03-01.
        m_g2 =
            create(2020, 3, 1, "support_group",
                   {{"name", std::string("Måndagsgruppen")}, {"mode", std::string("identified")}});
        m_m2 = create(2020, 3, 1, "group_member", {{"group_id", m_g2}, {"child_id", m_c4}});
        m_c1 =
            create(2020, 3, 14, "child", {{"family_id", m_f1}, {"first_name", std::string("Bo")}});
        m_s1 = create(
            2020, 3, 14, "conversation_series",
            {{"family_id", m_f1}, {"child_id", m_c1}, {"started", std::string("2019-03-01")}});
        m_v1 = create(2020, 3, 14, "conversation",
                      {{"series_id", m_s1},
                       {"date", std::string("2020-03-14")},
                       {"child_view", std::string("Barnet sa Xylofonord om hemmet.")}});
        m_n1 = create(2020, 3, 14, "note",
                      {{"subject_entity", std::string("family")},
                       {"subject_id", m_f1},
                       {"body", std::string("Kvittrande anteckning.")},
                       {"status", std::string("signed")}});
        m_a1 = create(2020, 3, 14, "amendment",
                      {{"target_entity", std::string("note")},
                       {"target_id", m_n1},
                       {"reason", std::string("Rättelse")},
                       {"body", std::string("Rättelsetext Humlebo.")}});
        // Case 2: its last entry is a day later, 2020-03-15: due 2025-03-15.
        m_f2 = create(2020, 3, 15, "family", {{"name", std::string("Familjen Två")}});
        m_n2 = create(2020, 3, 15, "note",
                      {{"subject_entity", std::string("family")},
                       {"subject_id", m_f2},
                       {"body", std::string("Bubbelgumanteckning.")}});
        // Group 1 (anonymous): the group is kept until 2028; its attendance is due 2025-01-10.
        m_g1 =
            create(2023, 1, 10, "support_group",
                   {{"name", std::string("Torsdagsgruppen")}, {"mode", std::string("anonymous")}});
        m_ss1 = create(2023, 1, 10, "group_session",
                       {{"group_id", m_g1}, {"date", std::string("2023-01-10")}});
        m_m1 =
            create(2023, 1, 10, "group_member", {{"group_id", m_g1}, {"alias", std::string("K1")}});
        m_at1 = create(2023, 1, 10, "attendance",
                       {{"session_id", m_ss1}, {"member_id", m_m1}, {"present", std::int64_t{1}}});
        m_gn1 = create(2023, 1, 10, "note",
                       {{"subject_entity", std::string("group_session")},
                        {"subject_id", m_ss1},
                        {"body", std::string("Pelikangruppens anteckning.")}});
        m_n3 = create(2024, 6, 1, "note",
                      {{"subject_entity", std::string("family")},
                       {"subject_id", m_f3},
                       {"body", std::string("Sent skriven anteckning.")}});
        for (const auto &id : {m_f4, m_c4, m_f3, m_g2, m_m2, m_f1, m_c1, m_s1, m_v1, m_n1, m_a1,
                               m_f2, m_n2, m_g1, m_ss1, m_m1, m_at1, m_gn1, m_n3})
            QVERIFY(!id.empty());

        QCOMPARE(sync(m_writer).activity, sync::client::Activity::Idle);
        QVERIFY(m_writer.store->outbox()->empty());
        QCOMPARE(sync(m_reader).activity, sync::client::Activity::Idle);
        QCOMPARE(heldOn(m_reader, m_all), m_all);
        QCOMPARE(onServer(m_all), m_all);
    }

    void badArgumentsAreRefusedClearly()
    {
        auto r = retention({"--now", "2025-02-30"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("YYYY-MM-DD"), qPrintable(r.err));
        r = retention({"--now", "2999-01-01"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("only allowed with --dry-run"), qPrintable(r.err));
        r = retention({"--later"});
        QCOMPARE(r.exitCode, 2);
        int code = 0;
        m_server.admin({"retention", "set", "--type", "case", "--years", "0"}, &code);
        QCOMPARE(code, 2);
        m_server.admin({"retention", "set", "--type", "ärenden", "--years", "5"}, &code);
        QCOMPARE(code, 2);
        QCOMPARE(onServer(m_all), m_all);
    }

    void dryRunListsWhatWouldGoAndChangesNothing()
    {
        const auto logBefore = m_server.database().scalar("SELECT count(*) FROM log");
        const auto auditBefore = m_server.database().scalar("SELECT count(*) FROM audit");
        // A future day is allowed for planning.
        const auto r = retention({"--now", "2030-01-01", "--dry-run"});
        QCOMPARE(r.exitCode, 0);
        // Everything is due by then: case 3 on 2029-06-01 (its late note), group 1 on 2028-01-10.
        QCOMPARE(r.removed, m_all);
        QCOMPARE(m_server.database().scalar("SELECT count(*) FROM log"), logBefore);
        QCOMPARE(m_server.database().scalar("SELECT count(*) FROM audit"), auditBefore);
        QCOMPARE(onServer(m_all), m_all);
        QCOMPARE(sync(m_reader).pulled, std::uint64_t{0});
        QCOMPARE(heldOn(m_reader, m_all), m_all);
    }

    void heldCaseAndAttendanceBoundary()
    {
        // 2024-06-01: case 4 is due but held by group 2's member; nothing goes.
        auto r = retention({"--now", "2024-06-01"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.removed, Keys{});
        QCOMPARE(r.held, (Keys{{"family", m_f4}}));
        // 2025-01-09: the day before the anonymous attendance is due.
        r = retention({"--now", "2025-01-09"});
        QCOMPARE(r.removed, Keys{});
        // 2025-01-10: exactly the attendance goes; its group, session and note stay.
        r = retention({"--now", "2025-01-10"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.removed, (Keys{{"attendance", m_at1}}));
        QCOMPARE(auditCount(m_at1), 1LL);
    }

    void caseBoundaryRemovesTheWholeTreeEverywhere()
    {
        // 2025-03-14: case 1 (due today), group 2 (due 2025-03-01) and case 4 (no longer held);
        // case 2 (due tomorrow), case 3 and group 1 stay.
        const Keys due = {
            {"family", m_f1},        {"child", m_c1},        {"conversation_series", m_s1},
            {"conversation", m_v1},  {"note", m_n1},         {"amendment", m_a1},
            {"support_group", m_g2}, {"group_member", m_m2}, {"family", m_f4},
            {"child", m_c4}};
        // From here the writer's clock is the real one.
        m_writerMs = sync::HlcClock::systemMilliseconds();
        auto r = retention({"--now", "2025-03-14"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.removed, due);
        QCOMPARE(r.held, Keys{});
        Keys kept = m_all;
        for (const auto &k : due)
            kept.erase(k);
        kept.erase({"attendance", m_at1});
        QCOMPARE(onServer(m_all), kept);
        for (const auto &[entity, id] : due) {
            QCOMPARE(auditCount(id), 1LL);
            // Only the tombstone is left in the log.
            QCOMPARE(m_server.database().scalar("SELECT count(*) FROM log WHERE entity_id = '" +
                                                id + "'"),
                     1LL);
        }
        const QByteArray server = m_server.database().rawContents();
        for (const char *word : {"Xylofonord", "Kvittrande", "Humlebo"})
            QVERIFY2(!server.contains(word), word);
        QVERIFY(server.contains("Bubbelgum")); // case 2 is still there

        // Running again removes nothing more.
        r = retention({"--now", "2025-03-14"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.removed, Keys{});
        QCOMPARE(auditCount(m_f1), 1LL);

        // The tablets: their next sync removes the records and their text from the file.
        QCOMPARE(sync(m_reader).activity, sync::client::Activity::Idle);
        QCOMPARE(heldOn(m_reader, m_all), kept);
        QVERIFY(m_reader.store->search("Xylofonord")->empty());
        QCOMPARE(m_reader.store->search("Bubbelgumanteckning")->size(), std::size_t{1});
        const QByteArray reader = fileBytes(m_reader.path);
        QVERIFY(reader.contains("Bubbelgumanteckning"));
        for (const char *word : {"Xylofonord", "Kvittrande", "Humlebo"})
            QVERIFY2(!reader.contains(word), word);

        // A late edit of a removed record is refused and leaves nothing behind.
        QVERIFY(m_writer.store->write(
            m_writer.actor,
            {store::ChangeKind::Update, "family", m_f1, {{"name", std::string("Efterskott")}}}));
        const auto w = sync(m_writer);
        QCOMPARE(w.activity, sync::client::Activity::Idle);
        QCOMPARE(heldOn(m_writer, m_all), kept);
        QVERIFY(m_writer.store->outbox()->empty());
        QVERIFY(m_writer.store->rejections()->empty());
        QCOMPARE(onServer(m_all), kept);

        // A tablet enrolled afterwards never sees what was removed.
        Tablet late = tablet("late");
        QCOMPARE(sync(late).activity, sync::client::Activity::Idle);
        QCOMPARE(heldOn(late, m_all), kept);
    }

    void theNextDayTakesCaseTwo()
    {
        const auto r = retention({"--now", "2025-03-15"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.removed, (Keys{{"family", m_f2}, {"note", m_n2}}));
        QCOMPARE(sync(m_reader).activity, sync::client::Activity::Idle);
        QVERIFY(!fileBytes(m_reader.path).contains("Bubbelgum"));
        QVERIFY(!m_server.database().rawContents().contains("Bubbelgum"));
        // What is left: case 3 and group 1 without its attendance.
        const Keys kept = {{"family", m_f3},        {"note", m_n3},
                           {"support_group", m_g1}, {"group_session", m_ss1},
                           {"group_member", m_m1},  {"note", m_gn1}};
        QCOMPARE(heldOn(m_reader, m_all), kept);
        QCOMPARE(onServer(m_all), kept);
    }

    // Only the retention job removes: a device that sends `deleted` = 2 itself is refused (the
    // store's write path refuses it already), and the record stays everywhere.
    void aDeviceCannotPurge()
    {
        QVERIFY(!m_writer.store->write(
            m_writer.actor,
            {store::ChangeKind::Update, "family", m_f3, {{"deleted", std::int64_t{2}}}}));
        constexpr sync::DeviceId kRaw = 4242;
        const QString code =
            m_server.admin({"enroll-code", "--staff", QString::fromStdString(m_staff)});
        auto enrolled = m_server.transport()->enroll({code.toStdString(), kRaw, "raw"});
        QVERIFY(enrolled);
        DeltaWriter writer(kRaw, m_staff);
        auto answer =
            m_server.transport(enrolled->token)
                ->push(writer.batch(writer.write("family", m_f3, {{"deleted", std::int64_t{2}}})));
        QVERIFY(answer);
        QCOMPARE(answer->rejected.size(), std::size_t{1});
        QCOMPARE(answer->rejected[0].reason, sync::RejectReason::Invalid);
        QCOMPARE(answer->rejected[0].detail, std::string("purge_reserved"));
        QCOMPARE(sync(m_reader).activity, sync::client::Activity::Idle);
        QCOMPARE(heldOn(m_reader, {{"family", m_f3}}), (Keys{{"family", m_f3}}));
        QCOMPARE(onServer({{"family", m_f3}}), (Keys{{"family", m_f3}}));
    }

    void rulesAreSetPerType()
    {
        QCOMPARE(m_server.admin({"retention", "set", "--type", "case", "--permanent"}),
                 QString("case\tpermanent"));
        const QString list = m_server.admin({"retention", "list"});
        QVERIFY2(list.contains("case\tpermanent\tset"), qPrintable(list));
        QVERIFY2(list.contains("anonymous_attendance\t2\tdefault"), qPrintable(list));
        // Permanent: case 3 is no longer due even far ahead; group 1 still is.
        const auto r = retention({"--now", "2040-01-01", "--dry-run"});
        QVERIFY(!r.removed.count({"family", m_f3}));
        QVERIFY(r.removed.count({"support_group", m_g1}));
    }

    // `serve --retention-daily` runs the job for today at start: a case last written in 2019 is
    // gone from the server and, after a sync, from the tablet; case 3 (due 2029) stays.
    void serveRunsTheJobDaily()
    {
        std::atomic<std::int64_t> oldMs{msOf(2019, 6, 1)};
        Tablet old = tablet("old", [&oldMs] { return oldMs.load(); });
        QVERIFY(old.store && !old.token.empty());
        QVERIFY(old.store->write(
            old.actor,
            {store::ChangeKind::Create, "unit", m_unit, {{"name", std::string("Enhet Syd")}}}));
        auto written = old.store->write(
            old.actor,
            {store::ChangeKind::Create, "family", {}, {{"name", std::string("Familjen Gammal")}}});
        QVERIFY(written);
        const std::string family = written->ids.at(0);
        // Its push goes through; its pull stops at today's tombstones, which lie years ahead
        // of this tablet's clock (ClockSkew), until the clock is right again below.
        sync(old);
        QVERIFY(old.store->outbox()->empty());
        QCOMPARE(onServer({{"family", family}}), (Keys{{"family", family}}));

        QCOMPARE(m_server.admin({"retention", "set", "--type", "case", "--years", "5"}),
                 QString("case\t5"));
        QProcess daily;
        const QString portFile = m_server.dir() + "/daily.port";
        daily.start(QString::fromStdString(serverBinary()),
                    {"serve", "--db", m_server.database().spec(), "--insecure-http", "--port", "0",
                     "--port-file", portFile, "--quiet", "--retention-daily"});
        QVERIFY(daily.waitForStarted());
        QByteArray log;
        for (int i = 0; i < 300 && !log.contains("daily retention"); ++i) {
            daily.waitForReadyRead(100);
            log += daily.readAllStandardError();
        }
        daily.terminate();
        QVERIFY(daily.waitForFinished(10000));
        log += daily.readAllStandardError();
        QVERIFY2(log.contains("daily retention removed 1 records"),
                 log.replace('\n', " | ").constData());
        QCOMPARE(onServer({{"family", family}, {"family", m_f3}}), (Keys{{"family", m_f3}}));
        QCOMPARE(auditCount(family), 1LL);

        oldMs = sync::HlcClock::systemMilliseconds();
        QCOMPARE(sync(old).activity, sync::client::Activity::Idle);
        QVERIFY(!old.store->get("family", family).value());
        old.store.reset();
        QVERIFY(!fileBytes(old.path).contains("Familjen Gammal"));
    }

    // secure_delete, on the server and on the tablet that wrote it: a note's long first text
    // (kept on the server as record state that overflows into pages of its own) is replaced by
    // a short one; retention later removes the note. No copy of the first text may be left in
    // either file, not even in the pages the replacement freed years before the removal. The
    // files are plaintext here (no --db-key-file, no passphrase), so a byte scan sees what a
    // copy of an unencrypted file, or of an encrypted one with its key, would show. Only the
    // SQLite files are scanned: PostgreSQL's rows are compared as text, and its dead tuples are
    // left to VACUUM and disk encryption (docs/security.md).
    void aReplacedTextLeavesNoTraceAfterRetention()
    {
        std::atomic<std::int64_t> shadowMs{msOf(2019, 6, 1)};
        Tablet shadow = tablet("shadow", [&shadowMs] { return shadowMs.load(); });
        QVERIFY(shadow.store && !shadow.token.empty());
        QVERIFY(shadow.store->write(
            shadow.actor,
            {store::ChangeKind::Create, "unit", m_unit, {{"name", std::string("Enhet Syd")}}}));
        auto family = shadow.store->write(
            shadow.actor,
            {store::ChangeKind::Create, "family", {}, {{"name", std::string("Familjen Skugga")}}});
        QVERIFY(family);
        std::string first;
        while (first.size() < 6000)
            first += "Skuggordet står i den första versionen av anteckningen. ";
        auto note = shadow.store->write(shadow.actor, {store::ChangeKind::Create,
                                                       "note",
                                                       {},
                                                       {{"subject_entity", std::string("family")},
                                                        {"subject_id", family->ids.at(0)},
                                                        {"body", first}}});
        QVERIFY(note);
        // Pushes go through; the pulls stop at today's tombstones (ClockSkew), as above.
        sync(shadow);
        QVERIFY(shadow.store->outbox()->empty());
        shadowMs = msOf(2019, 6, 2);
        QVERIFY(shadow.store->write(shadow.actor, {store::ChangeKind::Update,
                                                   "note",
                                                   note->ids.at(0),
                                                   {{"body", std::string("Kort text.")}}}));
        sync(shadow);
        QVERIFY(shadow.store->outbox()->empty());
        QVERIFY(m_server.database().rawContents().contains("Skuggordet")); // the log has it

        const auto r = retention({});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.removed.count({"note", note->ids.at(0)}));
        QVERIFY(!m_server.database().rawContents().contains("Skuggordet"));

        shadowMs = sync::HlcClock::systemMilliseconds();
        QCOMPARE(sync(shadow).activity, sync::client::Activity::Idle);
        QVERIFY(!shadow.store->get("note", note->ids.at(0)).value());
        shadow.store.reset();
        const QByteArray file = fileBytes(shadow.path);
        QVERIFY(file.contains("Familjen Tre")); // a real scan: case 3 is there in clear
        QVERIFY(!file.contains("Skuggordet"));
    }

    // The audit log: an entry goes 10 years after it was written (the default), not a day
    // earlier; no rule may keep it under 5 years; newer entries stay undeletable.
    void auditLogIsKeptTenYears()
    {
        const auto writeSql = [&](const std::string &sql) {
            if (m_server.database().backend() == Backend::Postgresql) {
                try {
                    m_server.database().scalar(sql);
                    return true;
                } catch (const std::exception &) {
                    return false;
                }
            }
            sqlite3 *handle = nullptr;
            sqlite3_open((m_server.dir() + "/server.db").toUtf8().constData(), &handle);
            sqlite3_busy_timeout(handle, 5000);
            const bool ok =
                sqlite3_exec(handle, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
            sqlite3_close(handle);
            return ok;
        };
        for (const auto &[subject, ms] : {std::pair{"audit-old-1", msOf(2015, 3, 14)},
                                          std::pair{"audit-old-2", msOf(2015, 3, 15)}})
            QVERIFY(writeSql(
                "INSERT INTO audit(at_ms, request_id, device, action, entity, subject) "
                "VALUES (" +
                std::to_string(ms) + ", 'fixture', 1, 'pull', 'note', '" + subject + "')"));
        const auto count = [&](const char *subject) {
            return m_server.database().scalar(
                std::string("SELECT count(*) FROM audit WHERE subject = '") + subject + "'");
        };
        auto r = retention({"--now", "2025-03-13"});
        QVERIFY2(r.out.contains("# audit: removed 0 entries written on or before 2015-03-13"),
                 qPrintable(r.out));
        r = retention({"--now", "2025-03-14", "--dry-run"});
        QVERIFY2(r.out.contains("# audit: would remove 1 entries written on or before 2015-03-14"),
                 qPrintable(r.out));
        QCOMPARE(count("audit-old-1"), 1LL);
        r = retention({"--now", "2025-03-14"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("# audit: removed 1 entries"), qPrintable(r.out));
        QCOMPARE(count("audit-old-1"), 0LL);
        QCOMPARE(count("audit-old-2"), 1LL);
        QCOMPARE(count("before:2015-03-15"), 1LL); // the removal is itself audited
        // The log stays append-only for what is not due (the daily run's cut-off, 10 years
        // before today, is the highest recorded).
        const auto recent = count(m_f3.c_str());
        QVERIFY(recent > 0);
        QVERIFY(!writeSql("DELETE FROM audit WHERE subject = '" + m_f3 + "'"));
        QCOMPARE(count(m_f3.c_str()), recent);
        int code = 0;
        m_server.admin({"retention", "set", "--type", "audit", "--years", "4"}, &code);
        QCOMPARE(code, 2);
    }

    // A server database from before retention rules (schema 2 on either backend) gains them
    // when a server opens it.
    void olderServerDatabaseIsMigrated()
    {
        const QString dir = m_server.dir() + "/schema2";
        QVERIFY(QDir().mkpath(dir));
        TestDatabase older(dir, m_server.database().backend());
        const auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(QString::fromStdString(serverBinary()),
                    QStringList{"admin", "--db", older.spec()} + args);
            p.waitForFinished(30000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
        };
        QCOMPARE(run({"list-units"}).first, 0);
        const auto hasRules = [&] {
            return older.scalar(older.backend() == Backend::Sqlite
                                    ? "SELECT count(*) FROM sqlite_master WHERE name = "
                                      "'retention_rule'"
                                    : "SELECT count(*) FROM pg_tables WHERE tablename = "
                                      "'retention_rule'");
        };
        QCOMPARE(hasRules(), 1LL);
        // Back to schema 2, as an older server left it (without schema 4's log.seen, schema 5's
        // audit columns, 6's full_pull, 7's refusal columns or 8's log_reference either).
        if (older.backend() == Backend::Sqlite) {
            sqlite3 *handle = nullptr;
            QCOMPARE(sqlite3_open((dir + "/server.db").toUtf8().constData(), &handle), SQLITE_OK);
            const std::string undo = undoToSchema8(Backend::Sqlite) +
                                     "DROP INDEX log_reference; DROP TABLE full_pull; "
                                     "ALTER TABLE rejection DROP COLUMN entity; "
                                     "ALTER TABLE rejection DROP COLUMN entity_id; "
                                     "ALTER TABLE rejection DROP COLUMN field; "
                                     "ALTER TABLE rejection DROP COLUMN current; "
                                     "ALTER TABLE log DROP COLUMN seen; "
                                     "DROP INDEX audit_device_entry; "
                                     "ALTER TABLE audit DROP COLUMN records; "
                                     "ALTER TABLE audit DROP COLUMN device_ms; "
                                     "ALTER TABLE audit DROP COLUMN device_seq; "
                                     "DROP TABLE retention_rule; DROP TABLE audit_cutoff; "
                                     "DROP TRIGGER audit_no_delete; "
                                     "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN "
                                     "SELECT RAISE(ABORT, 'lykta:audit-append-only'); END; "
                                     "PRAGMA user_version = 2";
            QCOMPARE(sqlite3_exec(handle, undo.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(handle);
        } else {
            older.scalar(undoToSchema8(Backend::Postgresql) +
                         "DROP INDEX log_reference; DROP TABLE full_pull; "
                         "ALTER TABLE log DROP COLUMN seen; "
                         "ALTER TABLE audit DROP COLUMN records, DROP COLUMN device_ms, "
                         "DROP COLUMN device_seq; "
                         "ALTER TABLE rejection DROP COLUMN entity, DROP COLUMN entity_id, "
                         "DROP COLUMN field, DROP COLUMN current; "
                         "DROP TABLE retention_rule; DROP TABLE audit_cutoff; "
                         "DROP TRIGGER audit_delete_after_cutoff ON audit; "
                         "DROP TRIGGER audit_append_only ON audit; "
                         "DROP FUNCTION lykta_audit_retention(); "
                         "CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit "
                         "FOR EACH ROW EXECUTE FUNCTION lykta_append_only(); "
                         "UPDATE lykta_schema SET version = 2");
        }
        QCOMPARE(hasRules(), 0LL);

        const auto set = run({"retention", "set", "--type", "group", "--years", "7"});
        QCOMPARE(set.first, 0);
        QCOMPARE(hasRules(), 1LL);
        const auto list = run({"retention", "list"});
        QCOMPARE(list.first, 0);
        QVERIFY2(list.second.contains("group\t7\tset"), qPrintable(list.second));
        QCOMPARE(older.scalar(older.backend() == Backend::Sqlite
                                  ? "PRAGMA user_version"
                                  : "SELECT max(version) FROM lykta_schema"),
                 10LL); // and log.seen (4), audit (5), full_pull (6), refusals (7),
                        // log_reference (8), deactivation and erase (9), compaction (10)
    }

    void cleanupTestCase()
    {
        m_writer.store.reset();
        m_reader.store.reset();
    }

private:
    TestServer m_server;
    std::string m_unit, m_staff;
    std::atomic<std::int64_t> m_writerMs{0};
    Tablet m_writer, m_reader;
    Keys m_all;
    std::string m_f1, m_c1, m_s1, m_v1, m_n1, m_a1, m_f2, m_n2, m_f3, m_n3, m_f4, m_c4, m_g1, m_ss1,
        m_m1, m_at1, m_gn1, m_g2, m_m2;
};

QTEST_GUILESS_MAIN(TstRetention)
#include "tst_retention.moc"
