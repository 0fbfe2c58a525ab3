// The kiosk against a real lykta-server (tests/e2e fixture): after a full sync the kiosk's
// database file holds no case data at all, while a staff device of the same unit holds it;
// a card published on the server reaches the kiosk's screen on its next sync, and a card
// withdrawn leaves it.
#include "kiosk.h"
#include "kioskcontentpack.h"
#include "kioskcontentservice.h"
#include "kioskseed.h"
#include "kiosksync.h"
#include "storereplica.h"
#include "sync/client/syncsession.h"
#include "testserver.h"

#include <QtTest>

#include <sqlite3.h>

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

// Row counts straight from the file, with SQLite and nothing of Lykta in between.
std::map<std::string, std::int64_t> rowCounts(const QString &path)
{
    std::map<std::string, std::int64_t> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    std::vector<std::string> tables;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    for (const std::string &table : tables) {
        const std::string sql = "SELECT count(*) FROM \"" + table + "\"";
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            out[table] = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

const std::set<std::string> kContentEntities = {"info_card", "helpline"};

// The entities named in a table's `entity` column.
std::set<std::string> entitiesIn(const QString &path, const char *table)
{
    std::set<std::string> out;
    sqlite3 *db = nullptr;
    sqlite3_stmt *st = nullptr;
    const std::string sql = std::string("SELECT DISTINCT entity FROM ") + table;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK &&
        sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW)
            out.emplace(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

QStringList titles(kiosk::CardModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.data(model.index(i), kiosk::CardModel::TitleRole).toString();
    return out;
}

} // namespace

class TstKioskSync : public QObject
{
    Q_OBJECT

private:
    std::string write(store::Change change)
    {
        auto r = m_staff->write(m_actor, change);
        if (!r)
            qWarning("write: %s %s", store::toString(r.error().code), r.error().detail.c_str());
        return r ? r->ids.at(0) : std::string();
    }

    void syncStaff()
    {
        auto transport = m_server.transport(m_staffToken);
        syncctl::StoreReplica replica(*m_staff);
        sync::client::SyncSession session(*transport, replica);
        const auto status = session.run();
        QCOMPARE(status.activity, sync::client::Activity::Idle);
        QCOMPARE(status.rejected, 0u);
    }

    // A new kiosk store, seeded with the shipped content as on its first start, enrolled with
    // a kiosk code of the unit.
    std::unique_ptr<kiosk::KioskSync> newKiosk(const QString &name, sync::DeviceId device)
    {
        const QString path = m_server.dir() + '/' + name;
        {
            auto store = openStore(path);
            auto pack = domain::KioskContentPack::read(QStringLiteral(":/kiosk/content"));
            if (!store || !pack || !kiosk::KioskSeed::seedIfEmpty(*store, *pack))
                return nullptr;
        }
        syncctl::Enrollment e;
        e.server = m_server.baseUrl();
        e.token = m_server.enrollKiosk(m_actor.unitId, device);
        e.kind = "kiosk";
        if (e.token.empty())
            return nullptr;
        return std::make_unique<kiosk::KioskSync>(path, e);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_actor.unitId = m_server.admin({"create-unit", "--name", "Väntrummet"}).toStdString();
        m_actor.staffId = m_server
                              .admin({"create-staff", "--name", "Kim", "--unit",
                                      QString::fromStdString(m_actor.unitId), "--role", "content"})
                              .toStdString();
        m_staffPath = m_server.dir() + "/staff.db";
        m_staff = openStore(m_staffPath);
        QVERIFY(m_staff);
        const QString code =
            m_server.admin({"enroll-code", "--staff", QString::fromStdString(m_actor.staffId)});
        auto enrolled =
            m_server.transport()->enroll({code.toStdString(), m_staff->deviceId(), "tablet"});
        QVERIFY(enrolled);
        m_staffToken = enrolled->token;
        QVERIFY(!write({store::ChangeKind::Create,
                        "unit",
                        m_actor.unitId,
                        {{"name", std::string("Väntrummet")}, {"unit_id", m_actor.unitId}}})
                     .empty());
        // Kim writes the unit's kiosk content: the content role comes from the server, in the
        // staff record it writes; the tablet never writes its own.
        QVERIFY(!domain::KioskContentService(*m_staff).mayManage(m_actor));
        syncStaff();
        QVERIFY(domain::KioskContentService(*m_staff).mayManage(m_actor));
    }

    void kioskFileHoldsNoCaseDataAfterAFullSync()
    {
        // The staff device writes case data of every kind, and the unit's kiosk content.
        const std::string family = write(
            {store::ChangeKind::Create, "family", {}, {{"name", std::string("Familjen Ek")}}});
        const std::string child =
            write({store::ChangeKind::Create,
                   "child",
                   {},
                   {{"family_id", family}, {"first_name", std::string("Alva")}}});
        write({store::ChangeKind::Create,
               "guardian",
               {},
               {{"family_id", family}, {"name", std::string("Mamma Ek")}}});
        const std::string series = write({store::ChangeKind::Create,
                                          "conversation_series",
                                          {},
                                          {{"child_id", child}, {"family_id", family}}});
        write({store::ChangeKind::Create,
               "conversation",
               {},
               {{"series_id", series}, {"status", std::string("draft")}}});
        const std::string group = write({store::ChangeKind::Create,
                                         "support_group",
                                         {},
                                         {{"name", std::string("Blåvingarna")}}});
        write({store::ChangeKind::Create, "group_session", {}, {{"group_id", group}}});
        write({store::ChangeKind::Create,
               "note",
               {},
               {{"subject_entity", std::string("family")},
                {"subject_id", family},
                {"body", std::string("Samtal om hemmet.")},
                {"status", std::string("draft")}}});
        domain::KioskContentService content(*m_staff);
        auto pack = domain::KioskContentPack::read(QStringLiteral(":/kiosk/content"));
        QVERIFY(pack);
        auto installed = content.install(m_actor, *pack);
        QVERIFY(installed);
        QCOMPARE(*installed, int(pack->cards.size() + pack->helplines.size()));
        syncStaff();

        auto sync = newKiosk("kiosk-a.db", 901);
        QVERIFY(sync);
        QCOMPARE(sync->runOnce(), kiosk::KioskSync::Outcome::Synced);
        QCOMPARE(sync->runOnce(), kiosk::KioskSync::Outcome::Synced); // and again: nothing changes

        const auto kioskRows = rowCounts(m_server.dir() + "/kiosk-a.db");
        const auto staffRows = rowCounts(m_staffPath);
        for (const char *table : {"family", "child", "guardian", "conversation_series",
                                  "conversation", "support_group", "group_session", "note"}) {
            QVERIFY2(kioskRows.contains(table), table);
            QVERIFY2(kioskRows.at(table) == 0, table);
            QVERIFY2(staffRows.at(table) > 0, table); // the same server gave the staff device it
        }
        // Nothing but content anywhere in the kiosk's file: no case record of any kind, no
        // audit entry, nothing waiting to be pushed. (A conflict copy can only be a card's
        // shipped text that the organisation's own install replaced: see KioskSeed.)
        for (const auto &[table, rows] : kioskRows) {
            if (table == "info_card" || table == "helpline" || table == "sync_meta" ||
                table == "remote_device" || table == "conflict_copy" ||
                table.rfind("search_", 0) == 0 || table.rfind("sqlite_", 0) == 0)
                continue;
            QVERIFY2(rows == 0, table.c_str());
        }
        for (const std::string &entity :
             entitiesIn(m_server.dir() + "/kiosk-a.db", "conflict_copy"))
            QVERIFY2(kContentEntities.contains(entity), entity.c_str());
        QCOMPARE(kioskRows.at("info_card"), std::int64_t(pack->cards.size()));
        QVERIFY(kioskRows.at("helpline") > 0);
    }

    void publishingReachesTheKioskAndWithdrawingRemovesIt()
    {
        domain::KioskContentService content(*m_staff);
        domain::InfoCard draft;
        draft.title = QStringLiteral("Om att sova dåligt");
        draft.body = QStringLiteral("Många sover dåligt när de är oroliga.");
        draft.ageBand = QStringLiteral("7-12");
        draft.language = QStringLiteral("sv");
        draft.sortOrder = 90;
        auto draftId = content.addCard(m_actor, draft); // written first, published last
        QVERIFY(draftId);
        domain::InfoCard shown = draft;
        shown.title = QStringLiteral("Om kompisar");
        shown.published = true;
        shown.sortOrder = 95;
        auto shownId = content.addCard(m_actor, shown);
        QVERIFY(shownId);
        syncStaff();

        auto sync = newKiosk("kiosk-b.db", 902);
        QVERIFY(sync);
        QCOMPARE(sync->runOnce(), kiosk::KioskSync::Outcome::Synced);
        auto kioskStore = openStore(m_server.dir() + "/kiosk-b.db");
        QVERIFY(kioskStore);
        kiosk::Kiosk screen(*kioskStore, QStringLiteral("sv"), std::nullopt);
        screen.setAgeBand(QStringLiteral("7-12"));
        QVERIFY(titles(*screen.cards()).contains(shown.title));
        QVERIFY(!titles(*screen.cards()).contains(draft.title));

        // Published on the server: there on the kiosk's next sync, with the text written before.
        QVERIFY(content.setPublished(m_actor, *draftId, true));
        syncStaff();
        QCOMPARE(sync->runOnce(), kiosk::KioskSync::Outcome::Synced);
        screen.reload();
        const int row = screen.cards()->indexOf(QString::fromStdString(*draftId));
        QVERIFY(row >= 0);
        const QVariantMap card = screen.cards()->get(row);
        QCOMPARE(card.value("title").toString(), draft.title);
        QCOMPARE(card.value("body").toString(), draft.body);

        // Withdrawn on the server: gone from the kiosk's screen on its next sync.
        QVERIFY(content.setPublished(m_actor, *shownId, false));
        syncStaff();
        QCOMPARE(sync->runOnce(), kiosk::KioskSync::Outcome::Synced);
        screen.reload();
        QVERIFY(!titles(*screen.cards()).contains(shown.title));
        QVERIFY(titles(*screen.cards()).contains(draft.title));
    }

    // Issue 19: a card Lykta wrote in a new language ships as a draft. No kiosk shows it, not
    // even one whose drafts were published by a device that knew nothing of review, until
    // someone with the content role approves it; then it is there after the next sync. The
    // idle times and a checked web address reach the kiosk the same way.
    void draftsReachTheKioskOnlyOnceApproved()
    {
        domain::KioskContentService content(*m_staff);
        auto pack = domain::KioskContentPack::read(QStringLiteral(":/kiosk/content"));
        QVERIFY(pack);
        QVERIFY(content.install(m_actor, *pack)); // idempotent: the unit's copy of the set
        std::vector<domain::InfoCard> arabic;
        for (const domain::InfoCard &c : pack->cards) {
            if (c.language == QLatin1String("ar") && c.ageBand == QLatin1String("7-12"))
                arabic.push_back(c);
        }
        QVERIFY(arabic.size() >= 2);
        QVERIFY(arabic[0].needsReview && !arabic[0].published);
        // An older tablet, which knows nothing of review, publishes the second draft anyway.
        QVERIFY(!write({store::ChangeKind::Update,
                        "info_card",
                        arabic[1].id,
                        {{"published", std::int64_t{1}}}})
                     .empty());
        syncStaff();

        auto sync = newKiosk("kiosk-drafts.db", 905);
        QVERIFY(sync);
        QCOMPARE(sync->runOnce(), kiosk::KioskSync::Outcome::Synced);
        auto kioskStore = openStore(m_server.dir() + "/kiosk-drafts.db");
        QVERIFY(kioskStore);
        kiosk::Kiosk screen(*kioskStore, QStringLiteral("ar"), std::nullopt);
        screen.setAgeBand(QStringLiteral("7-12"));
        QCOMPARE(screen.cards()->rowCount(), 0);
        const auto offered = [&](const QString &code) {
            for (const QVariant &l : screen.languages()) {
                if (l.toMap().value("code").toString() == code)
                    return true;
            }
            return false;
        };
        QVERIFY(!offered(QStringLiteral("ar"))); // no button for a language with nothing to read
        QVERIFY(offered(QStringLiteral("sv")));

        // A native speaker approves the first card.
        QVERIFY(content.approve(m_actor, arabic[0].id));
        // The unit sets longer idle times and checks UMO's web address.
        domain::KioskSettings idle;
        idle.idleCardSeconds = 240;
        QVERIFY(content.setSettings(m_actor, idle));
        // (UMO, on the web only, is checked in theContentCommandLine... below.)
        std::string line;
        for (const domain::Helpline &h : content.helplines()) {
            if (h.name == QLatin1String("Kvinnofridslinjen"))
                line = h.id;
        }
        QVERIFY(!line.empty());
        QCOMPARE(screen.helplines()->rowCount(), 2); // UMO has no checked way to reach it yet
        const auto webOf = [&](int row) {
            return screen.helplines()->get(row).value("web");
        };
        QVERIFY(webOf(0).toString().isEmpty() && webOf(1).toString().isEmpty());
        QVERIFY(content.markVerified(m_actor, line, QDate::currentDate(),
                                     domain::HelplineContact::Web));
        syncStaff();
        QCOMPARE(sync->runOnce(), kiosk::KioskSync::Outcome::Synced);
        screen.reload();
        QVERIFY(offered(QStringLiteral("ar")));
        QCOMPARE(titles(*screen.cards()), QStringList{arabic[0].title});
        screen.setPage(QStringLiteral("card"));
        QCOMPARE(screen.idleMs(), 240'000);
        screen.setPage(QStringLiteral("start"));
        QCOMPARE(screen.idleMs(), domain::KioskSettings{}.idleStartSeconds * 1000);
        // The unit's times back to the defaults, for the tests after this one.
        QVERIFY(content.setSettings(m_actor, domain::KioskSettings{}));
        syncStaff();
        QCOMPARE(screen.helplines()->rowCount(), 2);
        QVERIFY(webOf(0).toString() == QLatin1String("https://kvinnofridslinjen.se") ||
                webOf(1).toString() == QLatin1String("https://kvinnofridslinjen.se"));
    }

    // What staff with the content role do at a terminal: lykta-content writes and publishes
    // a card in their enrolled store, lykta-sync sends it, the kiosk shows it.
    void theContentCommandLinePublishesToTheKiosk()
    {
        const QString staffDb = m_server.dir() + "/content-staff.db";
        QVERIFY(enrollAtTheTerminal(staffDb));
        const QStringList addArgs = {"add",
                                     "--database",
                                     staffDb,
                                     "--band",
                                     "13-18",
                                     "--lang",
                                     "en",
                                     "--title",
                                     "About sleep",
                                     "--body",
                                     "Worry can keep you awake.\\nThat is common."};
        // Until the device knows its staff member has the content role, nothing is written.
        QProcess refused;
        refused.start(LYKTA_CONTENT_BIN, addArgs);
        QVERIFY(refused.waitForFinished(30000));
        QCOMPARE(refused.exitCode(), 1);
        QVERIFY(refused.readAllStandardError().contains("not_permitted role"));
        {
            auto store = openStore(staffDb);
            QVERIFY(store);
            QVERIFY(store->outbox()->empty());
            QVERIFY(!domain::KioskContentService(*store).mayManage(m_actor));
        }
        // The first sync brings the server's staff record of Kim: it says "content".
        QCOMPARE(run(LYKTA_SYNC_BIN, {"sync", "--database", staffDb, "--quiet"}), 0);
        QProcess add;
        add.start(LYKTA_CONTENT_BIN, addArgs);
        QVERIFY(add.waitForFinished(30000));
        QCOMPARE(add.exitCode(), 0);
        const QString id = QString::fromUtf8(add.readAllStandardOutput()).trimmed();
        QVERIFY(!id.isEmpty());
        QCOMPARE(run(LYKTA_CONTENT_BIN, {"publish", "--database", staffDb, "--card", id}), 0);
        QCOMPARE(run(LYKTA_SYNC_BIN, {"sync", "--database", staffDb, "--quiet"}), 0);

        auto sync = newKiosk("kiosk-c.db", 903);
        QVERIFY(sync);
        QCOMPARE(sync->runOnce(), kiosk::KioskSync::Outcome::Synced);
        auto kioskStore = openStore(m_server.dir() + "/kiosk-c.db");
        QVERIFY(kioskStore);
        kiosk::Kiosk screen(*kioskStore, QStringLiteral("en"), std::nullopt);
        screen.setAgeBand(QStringLiteral("13-18"));
        const int row = screen.cards()->indexOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(screen.cards()->get(row).value("body").toString(),
                 QStringLiteral("Worry can keep you awake.\nThat is common."));

        QCOMPARE(run(LYKTA_CONTENT_BIN, {"unpublish", "--database", staffDb, "--card", id}), 0);
        QCOMPARE(run(LYKTA_SYNC_BIN, {"sync", "--database", staffDb, "--quiet"}), 0);
        QCOMPARE(sync->runOnce(), kiosk::KioskSync::Outcome::Synced);
        screen.reload();
        QCOMPARE(screen.cards()->indexOf(id), -1);
    }

    // What staff with the content role do at a terminal with the drafts Lykta wrote, the
    // helplines' checks and the idle times: lykta-content approves a Ukrainian draft (which
    // it would not publish), checks UMO's web page, approves Bris's Arabic texts and sets the
    // idle times; after lykta-sync a kiosk shows all of it.
    void theContentCommandLineApprovesChecksAndSetsIdleTimes()
    {
        const QString db = m_server.dir() + "/content-review.db";
        QVERIFY(enrollAtTheTerminal(db));
        QCOMPARE(run(LYKTA_SYNC_BIN, {"sync", "--database", db, "--quiet"}), 0);
        QCOMPARE(content({"install", "--database", db}).exitCode, 0);

        // list: a draft for a native speaker says "review".
        const Output list = content({"list", "--database", db});
        QCOMPARE(list.exitCode, 0);
        QStringList draft; // id, state, language, band, order, title
        for (const QString &line : list.out.split('\n')) {
            const QStringList columns = line.split('\t');
            if (columns.size() == 6 && columns[1] == "review" && columns[2] == "uk")
                draft = columns;
        }
        QVERIFY2(!draft.isEmpty(), qPrintable(list.out.left(400)));
        QVERIFY(list.out.contains("\tpublished\tsv\t"));
        QVERIFY(!list.out.contains("\treview\tsv\t"));
        const QString id = draft[0];

        // A draft is approved, not published.
        const Output publish = content({"publish", "--database", db, "--card", id});
        QCOMPARE(publish.exitCode, 1);
        QVERIFY2(publish.err.contains("refused: not_permitted needs_review"),
                 qPrintable(publish.err));
        QVERIFY(publish.err.contains("lykta-content approve"));
        QCOMPARE(content({"approve", id, "--database", db}).exitCode, 0); // the ID first
        QVERIFY(content({"list", "--database", db}).out.contains(id + "\tpublished\tuk\t"));
        QCOMPARE(content({"approve", "--database", db}).exitCode, 2); // which card?

        // helplines: each with its checks and the languages that wait for review.
        const Output lines = content({"helplines", "--database", db});
        QCOMPARE(lines.exitCode, 0);
        QString umo, bris;
        for (const QString &line : lines.out.split('\n')) {
            if (line.endsWith("\tUMO"))
                umo = line.section('\t', 0, 0);
            if (line.endsWith("\tBris"))
                bris = line.section('\t', 0, 0);
        }
        QVERIFY2(!umo.isEmpty() && !bris.isEmpty(), qPrintable(lines.out));
        QVERIFY(lines.out.contains("  web    https://www.umo.se, not checked (no kiosk shows it)"));
        QVERIFY(lines.out.contains("  phone  116 111, checked "));
        QVERIFY(lines.out.contains("ar (review)"));

        // verify: the number by default, --chat or --web, today or --date.
        const Output noPhone = content({"verify", "--database", db, "--helpline", umo});
        QCOMPARE(noPhone.exitCode, 1);
        QVERIFY2(noPhone.err.contains("refused: empty last_verified"), qPrintable(noPhone.err));
        QCOMPARE(
            content({"verify", "--database", db, "--helpline", umo, "--chat", "--web"}).exitCode,
            2);
        QCOMPARE(
            content({"verify", "--database", db, "--helpline", umo, "--web", "--date", "i går"})
                .exitCode,
            1);
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        const Output future =
            content({"verify", "--database", db, "--helpline", umo, "--web", "--date", tomorrow});
        QCOMPARE(future.exitCode, 1);
        QVERIFY(future.err.contains("refused: invalid_date web_verified"));
        const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        QCOMPARE(content({"verify", umo, "--database", db, "--web", "--date", yesterday}).exitCode,
                 0);
        QCOMPARE(content({"verify", "--database", db, "--helpline", bris}).exitCode, 0);
        const Output checked = content({"helplines", "--database", db});
        QVERIFY2(checked.out.contains("  web    https://www.umo.se, checked " + yesterday),
                 qPrintable(checked.out));
        QVERIFY(checked.out.contains("  phone  116 111, checked " +
                                     QDate::currentDate().toString(Qt::ISODate)));

        // approve-helpline: one language's texts.
        QCOMPARE(content({"approve-helpline", "--database", db, "--helpline", bris}).exitCode, 2);
        QCOMPARE(content({"approve-helpline", "--database", db, "--helpline", bris, "--lang", "xx"})
                     .exitCode,
                 1);
        QCOMPARE(content({"approve-helpline", "--database", db, "--helpline", bris, "--lang", "ar"})
                     .exitCode,
                 0);
        const QString brisTexts =
            content({"helplines", "--database", db}).out.section("\tBris\n", 1).section("\n", 2, 3);
        QVERIFY2(brisTexts.contains("en, ar, so (review)"), qPrintable(brisTexts));

        // settings: printed as they are, set per page, each within 15..1800 seconds.
        const Output defaults = content({"settings", "--database", db});
        QCOMPARE(defaults.exitCode, 0);
        QCOMPARE(defaults.out, QStringLiteral("start\t60\ncards\t90\ncard\t180\nhelplines\t180\n"));
        const Output tooShort = content({"settings", "--database", db, "--cards", "5"});
        QCOMPARE(tooShort.exitCode, 1);
        QVERIFY2(tooShort.err.contains("refused: out_of_range idle_cards_s (15..1800 seconds)"),
                 qPrintable(tooShort.err));
        QCOMPARE(content({"settings", "--database", db, "--start", "en minut"}).exitCode, 1);
        const Output set =
            content({"settings", "--database", db, "--start", "45", "--card", "600"});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.out, QStringLiteral("start\t45\ncards\t90\ncard\t600\nhelplines\t180\n"));
        QCOMPARE(content({"settings", "--database", db}).out, set.out);

        // After a sync, a kiosk of the unit shows it all.
        QCOMPARE(run(LYKTA_SYNC_BIN, {"sync", "--database", db, "--quiet"}), 0);
        auto sync = newKiosk("kiosk-r.db", 904);
        QVERIFY(sync);
        QCOMPARE(sync->runOnce(), kiosk::KioskSync::Outcome::Synced);
        auto kioskStore = openStore(m_server.dir() + "/kiosk-r.db");
        QVERIFY(kioskStore);
        kiosk::Kiosk screen(*kioskStore, QStringLiteral("uk"), std::nullopt);
        screen.setAgeBand(draft[3]);
        QVERIFY(screen.cards()->indexOf(id) >= 0);
        screen.setLanguage(QStringLiteral("ar"));
        QStringList names;
        QString brisHours;
        for (int row = 0; row < screen.helplines()->rowCount(); ++row) {
            const QVariantMap line = screen.helplines()->get(row);
            names << line.value("name").toString();
            if (line.value("number").toString() == QLatin1String("116 111"))
                brisHours = line.value("hours").toString();
        }
        QVERIFY2(names.contains("UMO"), qPrintable(names.join(", "))); // its web page is checked
        QCOMPARE(brisHours, QStringLiteral("على مدار الساعة"));
        screen.setPage(QStringLiteral("start"));
        QCOMPARE(screen.idleMs(), 45000);
        screen.setPage(QStringLiteral("card"));
        QCOMPARE(screen.idleMs(), 600000);
        screen.setPage(QStringLiteral("helplines"));
        QCOMPARE(screen.idleMs(), 180000);
    }

private:
    // Kim's new store at `path`, enrolled with `lykta-sync enroll` and a one-time code.
    bool enrollAtTheTerminal(const QString &path)
    {
        const QString code =
            m_server.admin({"enroll-code", "--staff", QString::fromStdString(m_actor.staffId)});
        return run(LYKTA_SYNC_BIN, {"enroll", "--database", path, "--server",
                                    QString::fromStdString(m_server.baseUrl()), "--code", code}) ==
               0;
    }

    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Output content(const QStringList &args)
    {
        QProcess p;
        p.start(LYKTA_CONTENT_BIN, args);
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static int run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(30000))
            return -1;
        if (p.exitCode() != 0)
            qWarning("%s: %s", qPrintable(program), p.readAllStandardError().constData());
        return p.exitCode();
    }

    TestServer m_server;
    store::Actor m_actor;
    QString m_staffPath;
    std::unique_ptr<store::Store> m_staff;
    std::string m_staffToken;
};

QTEST_MAIN(TstKioskSync)
#include "tst_kiosksync.moc"
