// Staff roles on a real lykta-server: kept, listed and changed by the operator, added to an
// older database by its migration, and enforced on push: only a staff member with the content
// role may write the kiosk's info cards and helplines. A tablet whose edit is refused keeps
// the text, marked refused; a kiosk receives what the content editor wrote.
#include "testserver.h"

#include "domain/demodata.h"
#include "domain/kioskcontentservice.h"
#include "domain/unitservice.h"
#include "storereplica.h"
#include "sync/client/syncsession.h"
#include "tablet.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::test;

namespace {} // namespace

class TstRoles : public QObject
{
    Q_OBJECT

private:
    Tablet tablet(const QString &name, const std::string &staff)
    {
        Tablet t;
        store::StoreOptions options;
        options.database.path = (m_server.dir() + "/" + name + ".db").toStdString();
        auto opened = store::Store::open(std::move(options));
        if (!opened)
            return t;
        t.store = std::move(*opened);
        enroll(m_server, t, staff, m_unit, name);
        return t;
    }

    sync::client::SyncStatus sync(Tablet &t) { return syncTablet(m_server, t); }

    std::string writeCard(Tablet &t, const std::string &title)
    {
        auto r = t.store->write(t.actor, {store::ChangeKind::Create,
                                          "info_card",
                                          {},
                                          {{"title", title},
                                           {"body", std::string("Text för väntrummet.")},
                                           {"published", std::int64_t{1}}}});
        return r ? r->ids.at(0) : std::string();
    }

    // The role field of a staff record in a tablet's store; "-" when there is no record.
    static std::string roleIn(Tablet &t, const std::string &staff)
    {
        auto r = t.store->get("staff", staff);
        if (!r || !*r || (*r)->isNull("role"))
            return "-";
        return (*r)->text("role");
    }

    // The unit's record, which a tablet's local writes of staff records refer to.
    bool writeUnit(Tablet &t)
    {
        return bool(t.store->write(t.actor, {store::ChangeKind::Create,
                                             "unit",
                                             t.actor.unitId,
                                             {{"name", std::string("Enhet Syd")}}}));
    }

    bool mayWriteKioskContent(Tablet &t)
    {
        return domain::KioskContentService(*t.store).mayManage(t.actor);
    }

    qlonglong serverLogRows(const std::string &entityId)
    {
        return m_server.database().scalar("SELECT count(*) FROM log WHERE entity_id = '" +
                                          entityId + "'");
    }

    QString staff(const QString &name, const QStringList &extra = {})
    {
        return m_server.admin(
            QStringList{"create-staff", "--name", name, "--unit", QString::fromStdString(m_unit)} +
            extra);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_unit = m_server.admin({"create-unit", "--name", "Enhet Syd"}).toStdString();
        QVERIFY(!m_unit.empty());
    }

    void theOperatorSetsAndListsRoles()
    {
        const QString manager = staff("Maja", {"--role", "manager"});
        const QString plain = staff("Per");
        QVERIFY(!manager.isEmpty() && !plain.isEmpty());
        QString list = m_server.admin({"list-staff"});
        QVERIFY2(list.contains(manager + "\tMaja\tmanager\t" + QString::fromStdString(m_unit)),
                 qPrintable(list));
        QVERIFY2(list.contains(plain + "\tPer\tstaff\t"), qPrintable(list));

        QCOMPARE(m_server.admin({"set-role", "--staff", plain, "--role", "content"}),
                 plain + "\tcontent");
        list = m_server.admin({"list-staff"});
        QVERIFY2(list.contains(plain + "\tPer\tcontent\t"), qPrintable(list));
        QVERIFY(
            m_server.admin({"audit", plain}).contains("\tset_role\t0\t\t\tstaff_role:content\t"));

        // A device listing shows its staff member's role.
        Tablet t = tablet("per", plain.toStdString());
        QVERIFY(!t.token.empty());
        const QString devices = m_server.admin({"list-devices"});
        QVERIFY2(devices.contains(QString::number(t.store->deviceId()) + "\tstaff\t" + plain +
                                  "\tcontent\t"),
                 qPrintable(devices));

        // Unknown roles and staff members are refused and change nothing.
        int exitCode = 0;
        m_server.admin({"set-role", "--staff", plain, "--role", "chef"}, &exitCode);
        QCOMPARE(exitCode, 2);
        m_server.admin({"create-staff", "--name", "Ola", "--unit", QString::fromStdString(m_unit),
                        "--role", "admin"},
                       &exitCode);
        QCOMPARE(exitCode, 2);
        QVERIFY(!m_server.admin({"list-staff"}).contains("Ola"));
        m_server.admin({"set-role", "--staff", "no-such-staff", "--role", "manager"}, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY(m_server.admin({"list-staff"}).contains(plain + "\tPer\tcontent\t"));
    }

    // A database written before roles existed: its staff become plain staff, nothing is lost.
    void anOlderDatabaseGainsRoles()
    {
        TestServer old;
        const QString unit = old.admin({"create-unit", "--name", "Gamla enheten"});
        const QString member = old.admin({"create-staff", "--name", "Gun", "--unit", unit});
        QVERIFY(!member.isEmpty());
        const bool pg = old.database().backend() == Backend::Postgresql;
        // Back to schema 1, as the previous lykta-server left it (schema 3's retention tables and
        // audit trigger, schema 4's log.seen, schema 5's audit columns, schema 6's full_pull and
        // schema 7's refusal columns, schema 8's index, schema 9's columns and schema 10's
        // compaction undone too).
        QVERIFY(old.database().exec(
            undoToSchema8(old.database().backend()) +
            (pg ? "DROP INDEX log_reference; DROP TABLE full_pull; ALTER TABLE log DROP COLUMN "
                  "seen; "
                  "ALTER TABLE audit DROP COLUMN records, DROP COLUMN device_ms, "
                  "DROP COLUMN device_seq; "
                  "ALTER TABLE rejection DROP COLUMN entity, DROP COLUMN entity_id, DROP COLUMN "
                  "field, "
                  "DROP COLUMN current; "
                  "ALTER TABLE staff DROP COLUMN role; DROP TABLE retention_rule; "
                  "DROP TABLE audit_cutoff; DROP TRIGGER audit_delete_after_cutoff ON audit; "
                  "DROP TRIGGER audit_append_only ON audit; DROP FUNCTION lykta_audit_retention(); "
                  "CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit "
                  "FOR EACH ROW EXECUTE FUNCTION lykta_append_only(); "
                  "UPDATE lykta_schema SET version = 1"
                : "DROP INDEX log_reference; DROP TABLE full_pull; ALTER TABLE log DROP COLUMN "
                  "seen; "
                  "DROP INDEX audit_device_entry; ALTER TABLE audit DROP COLUMN records; "
                  "ALTER TABLE audit DROP COLUMN device_ms; "
                  "ALTER TABLE audit DROP COLUMN device_seq; "
                  "ALTER TABLE rejection DROP COLUMN entity; ALTER TABLE rejection DROP COLUMN "
                  "entity_id; "
                  "ALTER TABLE rejection DROP COLUMN field; ALTER TABLE rejection DROP COLUMN "
                  "current; "
                  "ALTER TABLE staff DROP COLUMN role; DROP TABLE retention_rule; "
                  "DROP TABLE audit_cutoff; DROP TRIGGER audit_no_delete; "
                  "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN "
                  "SELECT RAISE(ABORT, 'lykta:audit-append-only'); END; PRAGMA user_version = 1")));
        QCOMPARE(old.database().scalar(pg ? "SELECT max(version) FROM lykta_schema"
                                          : "PRAGMA user_version"),
                 1LL);

        const QString list = old.admin({"list-staff"});
        QVERIFY2(list.contains(member + "\tGun\tstaff\t" + unit), qPrintable(list));
        QCOMPARE(old.database().scalar(pg ? "SELECT max(version) FROM lykta_schema"
                                          : "PRAGMA user_version"),
                 10LL); // roles (2), retention (3), log.seen (4), audit (5), full_pull (6),
                        // refused fields (7), log_reference (8), deactivation and erase (9),
                        // compaction (10)
        QCOMPARE(old.admin({"set-role", "--staff", member, "--role", "manager"}),
                 member + "\tmanager");
        QVERIFY(old.admin({"list-staff"}).contains(member + "\tGun\tmanager\t"));
    }

    void onlyTheContentRoleWritesKioskContent()
    {
        Tablet plain = tablet("plain", staff("Pia").toStdString());
        Tablet editor = tablet("editor", staff("Eva", {"--role", "content"}).toStdString());
        QVERIFY(!plain.token.empty() && !editor.token.empty());

        // Without the role: refused for good; the tablet keeps the text, marked refused.
        const std::string refusedCard = writeCard(plain, "Kort utan behörighet");
        QVERIFY(!refusedCard.empty());
        auto helpline = plain.store->write(
            plain.actor,
            {store::ChangeKind::Create, "helpline", {}, {{"number", std::string("116 111")}}});
        QVERIFY(helpline);
        const auto status = sync(plain);
        QCOMPARE(status.activity, sync::client::Activity::Idle);
        QVERIFY(status.rejected >= 2u);
        auto refused = plain.store->rejections();
        QVERIFY(refused);
        bool keptTitle = false, keptNumber = false;
        for (const auto &r : *refused) {
            QCOMPARE(r.reason, sync::RejectReason::NotAuthorized);
            QCOMPARE(r.detail, std::string("content_role"));
            keptTitle |= r.entityId == refusedCard && r.field == "title" &&
                         r.value == sync::Value(std::string("Kort utan behörighet"));
            keptNumber |= r.entityId == helpline->ids.at(0) && r.field == "number" &&
                          r.value == sync::Value(std::string("116 111"));
        }
        QVERIFY(keptTitle);
        QVERIFY(keptNumber);
        QVERIFY(plain.store->outbox()->empty()); // final: not pushed again and again
        QCOMPARE(m_server.database().scalar("SELECT count(*) FROM record WHERE entity_id = '" +
                                            refusedCard + "'"),
                 0LL);
        QVERIFY(
            m_server.admin({"audit", QString::fromStdString(refusedCard)}).contains("push_denied"));

        // With the role: accepted, and a kiosk of the unit receives the card.
        const std::string card = writeCard(editor, "Vad är psykisk ohälsa?");
        QVERIFY(!card.empty());
        const auto accepted = sync(editor);
        QCOMPARE(accepted.activity, sync::client::Activity::Idle);
        QCOMPARE(accepted.rejected, 0u);
        QVERIFY(editor.store->outbox()->empty());

        const std::string kioskToken = m_server.enrollKiosk(m_unit, 9001);
        QVERIFY(!kioskToken.empty());
        auto pulled = m_server.transport(kioskToken)->pull(0, 1000);
        QVERIFY(pulled);
        bool sawCard = false;
        for (const auto &d : pulled->deltas) {
            QVERIFY(d.entityId != refusedCard);
            sawCard |= d.entityId == card && d.field == "title" &&
                       d.value == sync::Value(std::string("Vad är psykisk ohälsa?"));
        }
        QVERIFY(sawCard);

        // Taking the role away stops the next edit.
        m_server.admin({"set-role", "--staff", QString::fromStdString(editor.actor.staffId),
                        "--role", "staff"});
        QVERIFY(editor.store->write(
            editor.actor,
            {store::ChangeKind::Update, "info_card", card, {{"title", std::string("Ändrad")}}}));
        QCOMPARE(sync(editor).rejected, 1u);
        auto after = m_server.transport(kioskToken)->pull(0, 1000);
        QVERIFY(after);
        for (const auto &d : after->deltas)
            QVERIFY(!(d.entityId == card && d.value == sync::Value(std::string("Ändrad"))));
    }

    // The server publishes each unit's record (its name) in that unit's scope, as it does the
    // staff records: a tablet enrolled in a new unit has its unit's name after its first pull
    // without writing a record of its own, and a tablet of another unit never receives it.
    void aFreshDeviceReceivesItsUnitsRecord()
    {
        const std::string north =
            m_server.admin({"create-unit", "--name", "Enhet Norr"}).toStdString();
        QVERIFY(!north.empty());
        const std::string nils =
            m_server
                .admin({"create-staff", "--name", "Nils", "--unit", QString::fromStdString(north)})
                .toStdString();
        Tablet t;
        store::StoreOptions options;
        options.database.path = (m_server.dir() + "/nils.db").toStdString();
        auto opened = store::Store::open(std::move(options));
        QVERIFY(opened);
        t.store = std::move(*opened);
        enroll(m_server, t, nils, north, "nils");
        QVERIFY(!t.token.empty());
        auto before = t.store->get("unit", north);
        QVERIFY(before && !*before);

        QCOMPARE(sync(t).rejected, 0u);
        auto unit = t.store->get("unit", north);
        QVERIFY(unit && *unit);
        QCOMPARE((*unit)->text("name"), std::string("Enhet Norr"));
        QCOMPARE((*unit)->text("unit_id"), north);
        QVERIFY(t.store->outbox()->empty()); // nothing of the tablet's own about its unit
        // Nils's own record arrived too, and refers to that unit.
        auto record = t.store->get("staff", nils);
        QVERIFY(record && *record);
        QCOMPARE((*record)->text("unit_id"), north);

        // A tablet of Enhet Syd has Syd's record, never Norr's.
        const std::string per = staff("Petra").toStdString();
        Tablet south = tablet("petra", per);
        QCOMPARE(sync(south).rejected, 0u);
        auto own = south.store->get("unit", m_unit);
        QVERIFY(own && *own);
        QCOMPARE((*own)->text("name"), std::string("Enhet Syd"));
        auto other = south.store->get("unit", north);
        QVERIFY(other && !*other);
    }

    // A tablet enrolled for a content editor has written nothing about her: the first pull
    // brings the server's staff record, and the app's own role check then lets her write the
    // kiosk's content. Taking the role away reaches the tablet on its next pull.
    void aFreshDeviceLearnsItsRoleFromTheServer()
    {
        const std::string editor = staff("Stina", {"--role", "content"}).toStdString();
        Tablet t = tablet("stina", editor);
        QVERIFY(!t.token.empty());
        QCOMPARE(roleIn(t, editor), std::string("-"));
        QVERIFY(!mayWriteKioskContent(t));

        auto status = sync(t);
        QCOMPARE(status.activity, sync::client::Activity::Idle);
        QCOMPARE(status.rejected, 0u);
        auto record = t.store->get("staff", editor);
        QVERIFY(record && *record);
        QCOMPARE((*record)->text("role"), std::string("content"));
        QCOMPARE((*record)->text("name"), std::string("Stina"));
        QCOMPARE((*record)->text("unit_id"), m_unit);
        QVERIFY(mayWriteKioskContent(t));

        // Her card goes through the domain's check and the server's.
        domain::InfoCard card;
        card.title = QStringLiteral("Att prata om det svåra");
        card.body = QStringLiteral("Det är bra att fråga.");
        card.ageBand = QStringLiteral("13-18");
        card.language = QStringLiteral("sv");
        auto added = domain::KioskContentService(*t.store).addCard(t.actor, card);
        QVERIFY2(added, added ? "" : added.error().detail.c_str());
        status = sync(t);
        QCOMPARE(status.rejected, 0u);
        QVERIFY(t.store->outbox()->empty());

        QCOMPARE(m_server.admin(
                     {"set-role", "--staff", QString::fromStdString(editor), "--role", "staff"}),
                 QString::fromStdString(editor) + "\tstaff");
        QCOMPARE(sync(t).rejected, 0u);
        QCOMPARE(roleIn(t, editor), std::string("staff"));
        QVERIFY(!mayWriteKioskContent(t));
        QVERIFY(!domain::KioskContentService(*t.store).addCard(t.actor, card));

        // Setting the role it has already writes nothing.
        const qlonglong rows = serverLogRows(editor);
        m_server.admin({"set-role", "--staff", QString::fromStdString(editor), "--role", "staff"});
        QCOMPARE(serverLogRows(editor), rows);
    }

    // A tablet that writes a role for its own staff member is refused for good, the refusal is
    // audited, and the tablet shows the server's role again. The same role as the server's passes.
    void aDeviceCannotClaimARole()
    {
        const std::string member = staff("Ture").toStdString();
        Tablet t = tablet("ture", member);
        QVERIFY(!t.token.empty());
        // Before its first pull, the tablet writes a staff record of its own claiming "manager".
        QVERIFY(writeUnit(t));
        QVERIFY(t.store->write(
            t.actor, {store::ChangeKind::Create,
                      "staff",
                      member,
                      {{"name", std::string("Ture")}, {"role", std::string("manager")}}}));
        QCOMPARE(roleIn(t, member), std::string("manager"));
        auto status = sync(t);
        QCOMPARE(status.activity, sync::client::Activity::Idle);
        QCOMPARE(status.rejected, 1u);
        auto refused = t.store->rejections();
        QVERIFY(refused && refused->size() == 1);
        QCOMPARE(refused->front().reason, sync::RejectReason::NotAuthorized);
        QCOMPARE(refused->front().detail, std::string("role"));
        QCOMPARE(refused->front().field, std::string("role"));
        QCOMPARE(refused->front().value, sync::Value(std::string("manager")));
        QCOMPARE(roleIn(t, member), std::string("staff"));
        QVERIFY(t.store->outbox()->empty());
        QVERIFY(m_server.admin({"audit", QString::fromStdString(member)}).contains("push_denied"));
        QVERIFY(m_server.admin({"list-staff"})
                    .contains(QString::fromStdString(member) + "\tTure\tstaff\t"));

        // Later: an edit of the same field, after the tablet has seen the server's record.
        QVERIFY(t.store->write(
            t.actor,
            {store::ChangeKind::Update, "staff", member, {{"role", std::string("content")}}}));
        QCOMPARE(sync(t).rejected, 1u);
        QCOMPARE(roleIn(t, member), std::string("staff"));
        QVERIFY(!mayWriteKioskContent(t));

        // Writing the role the server gives (the demo data does) is no claim: accepted.
        QVERIFY(t.store->write(
            t.actor, {store::ChangeKind::Update,
                      "staff",
                      member,
                      {{"title", std::string("Kurator")}, {"role", std::string("staff")}}}));
        status = sync(t);
        QCOMPARE(status.rejected, 0u);
        QVERIFY(t.store->outbox()->empty());
        QCOMPARE(sync(t).rejected, 0u); // converged: nothing more to send or refuse
        QCOMPARE(roleIn(t, member), std::string("staff"));
    }

    // Mer → Personal against a real server: a manager's tablet corrects a colleague's name and
    // title and the colleague's tablet receives them. A plain staff member's tablet may not, no
    // tablet changes a role (the manager's neither, for a colleague or herself), and a manager's
    // rights end at her units. Every refusal is audited; the server's records stay as they were.
    void aManagerCorrectsColleaguesNamesAndTitlesNeverRoles()
    {
        const std::string lena = staff("Lena", {"--role", "manager"}).toStdString();
        const std::string omar = staff("Omar").toStdString();
        const std::string pia = staff("Pia").toStdString();
        const QString west = m_server.admin({"create-unit", "--name", "Enhet Väst"});
        const std::string olle =
            m_server.admin({"create-staff", "--name", "Olle", "--unit", west}).toStdString();
        Tablet managers = tablet("lena", lena);
        Tablet omars = tablet("omar", omar);
        Tablet pias = tablet("pia", pia);
        QVERIFY(!managers.token.empty() && !omars.token.empty() && !pias.token.empty());
        for (Tablet *t : {&managers, &omars, &pias}) {
            QCOMPARE(sync(*t).rejected, 0u);
            // A staff record refers to its unit's record; the test server writes none.
            if (auto unit = t->store->get("unit", m_unit); !unit || !*unit)
                QVERIFY(writeUnit(*t));
        }

        // What StaffListModel::save does on the manager's tablet.
        QVERIFY(domain::UnitService(*managers.store)
                    .correctStaff(managers.actor, omar, QStringLiteral("Omar Said"),
                                  QStringLiteral("Kurator")));
        QCOMPARE(sync(managers).rejected, 0u);
        QVERIFY(managers.store->outbox()->empty());
        QCOMPARE(sync(omars).rejected, 0u);
        auto seen = domain::UnitService(*omars.store).staff(omar);
        QVERIFY(seen);
        QCOMPARE(seen->name, QStringLiteral("Omar Said"));
        QCOMPARE(seen->title, QStringLiteral("Kurator"));
        QCOMPARE(seen->role, domain::Staff::Role::Staff);

        // Pia is no manager: her tablet's rename of Omar is refused and audited.
        const qlonglong omarRows = serverLogRows(omar);
        QVERIFY(domain::UnitService(*pias.store)
                    .correctStaff(pias.actor, omar, QStringLiteral("Fel Namn"),
                                  QStringLiteral("Chef")));
        QCOMPARE(sync(pias).rejected, 2u);
        const auto piasRefusals = pias.store->rejections();
        QVERIFY(piasRefusals);
        for (const auto &r : *piasRefusals) {
            QCOMPARE(r.reason, sync::RejectReason::NotAuthorized);
            QCOMPARE(r.detail, std::string("colleague"));
        }
        QCOMPARE(serverLogRows(omar), omarRows);
        QVERIFY(m_server.admin({"audit", QString::fromStdString(omar)}).contains("push_denied"));
        QCOMPARE(sync(omars).rejected, 0u);
        QCOMPARE(domain::UnitService(*omars.store).staff(omar)->name, QStringLiteral("Omar Said"));

        // No role from the manager's tablet: not Omar's, not her own.
        QVERIFY(managers.store->write(
            managers.actor,
            {store::ChangeKind::Update, "staff", omar, {{"role", std::string("manager")}}}));
        QVERIFY(managers.store->write(
            managers.actor,
            {store::ChangeKind::Update, "staff", lena, {{"role", std::string("content")}}}));
        QCOMPARE(sync(managers).rejected, 2u);
        std::size_t roleRefusals = 0;
        const auto managersRefusals = managers.store->rejections();
        QVERIFY(managersRefusals);
        for (const auto &r : *managersRefusals)
            roleRefusals += r.detail == "role" && r.reason == sync::RejectReason::NotAuthorized;
        QCOMPARE(roleRefusals, 2u);
        QCOMPARE(roleIn(managers, omar), std::string("staff"));
        QCOMPARE(roleIn(managers, lena), std::string("manager"));
        QCOMPARE(serverLogRows(omar), omarRows);
        QVERIFY(m_server.admin({"list-staff"})
                    .contains(QString::fromStdString(omar) + "\tOmar\tstaff\t"));

        // Nor the rest of a colleague's record, nor a colleague of another unit.
        QVERIFY(
            managers.store->write(managers.actor, {store::ChangeKind::Delete, "staff", omar, {}}));
        QVERIFY(managers.store->write(
            managers.actor, {store::ChangeKind::Create,
                             "staff",
                             olle,
                             {{"name", std::string("Olle Fel")}, {"title", std::string("Chef")}}}));
        const qlonglong olleRows = serverLogRows(olle);
        QVERIFY(sync(managers).rejected >= 3u);
        std::map<std::string, std::string> refused; // field of the record → why
        const auto later = managers.store->rejections();
        QVERIFY(later);
        for (const auto &r : *later)
            if (r.entityId == olle || (r.entityId == omar && r.field == "deleted"))
                refused[r.entityId + "/" + r.field] = r.detail;
        QCOMPARE(refused[omar + "/deleted"], std::string("colleague"));
        QCOMPARE(refused[olle + "/name"], std::string("unit")); // Väst is not her unit
        QCOMPARE(refused[olle + "/title"], std::string("unit"));
        QCOMPARE(serverLogRows(olle), olleRows);
        QCOMPARE(serverLogRows(omar), omarRows);
        QCOMPARE(sync(omars).rejected, 0u);
        QVERIFY(domain::UnitService(*omars.store).staff(omar)); // still there
    }

    // A staff record of an id the server does not know (a tablet's own list of colleagues, as
    // the demo data writes) is stored and shared as before.
    void anUnknownStaffIdIsAccepted()
    {
        Tablet writer = tablet("writer", staff("Ulla").toStdString());
        Tablet reader = tablet("reader", staff("Vera").toStdString());
        QVERIFY(!writer.token.empty() && !reader.token.empty());
        QVERIFY(writeUnit(writer));
        auto written = writer.store->write(
            writer.actor, {store::ChangeKind::Create,
                           "staff",
                           {},
                           {{"name", std::string("Kollega")}, {"role", std::string("manager")}}});
        QVERIFY(written);
        const std::string colleague = written->ids.at(0);
        QCOMPARE(sync(writer).rejected, 0u);
        QVERIFY(writer.store->outbox()->empty());
        QCOMPARE(sync(reader).rejected, 0u);
        QCOMPARE(roleIn(reader, colleague), std::string("manager"));
    }

    // A staff member of two units: the devices of both units receive the record.
    void bothUnitsOfAStaffMemberReceiveTheRecord()
    {
        const std::string north =
            m_server.admin({"create-unit", "--name", "Enhet Nord"}).toStdString();
        const std::string both =
            m_server
                .admin({"create-staff", "--name", "Wilma", "--unit", QString::fromStdString(m_unit),
                        "--unit", QString::fromStdString(north), "--role", "manager"})
                .toStdString();
        const std::string northOnly =
            m_server
                .admin({"create-staff", "--name", "Yngve", "--unit", QString::fromStdString(north)})
                .toStdString();
        Tablet south = tablet("south-colleague", staff("Xena").toStdString());
        Tablet northTablet = tablet("north-colleague", northOnly);
        QVERIFY(!south.token.empty() && !northTablet.token.empty());
        QCOMPARE(sync(south).rejected, 0u);
        QCOMPARE(sync(northTablet).rejected, 0u);
        QCOMPARE(roleIn(south, both), std::string("manager"));
        QCOMPARE(roleIn(northTablet, both), std::string("manager"));
        QCOMPARE(roleIn(south, northOnly), std::string("-")); // not a colleague of unit Syd

        m_server.admin({"set-role", "--staff", QString::fromStdString(both), "--role", "staff"});
        QCOMPARE(sync(south).rejected, 0u);
        QCOMPARE(sync(northTablet).rejected, 0u);
        QCOMPARE(roleIn(south, both), std::string("staff"));
        QCOMPARE(roleIn(northTablet, both), std::string("staff"));
    }

    // Staff created by a server from before the staff records (rows in its tables, no record):
    // the next server start writes their records, once.
    void theServerStartWritesMissingRecords()
    {
        TestServer old;
        const QString unit = old.admin({"create-unit", "--name", "Äldre enheten"});
        const std::string id = "01936e00-0000-7000-8000-0000000000a1";
        QVERIFY(old.database().exec(
            "INSERT INTO staff(id, name, role) VALUES ('" + id +
            "', 'Åsa', 'content'); INSERT INTO staff_unit(staff_id, unit_id) VALUES ('" + id +
            "', '" + unit.toStdString() + "')"));
        const std::string count = "SELECT count(*) FROM log WHERE entity_id = '" + id + "'";
        QCOMPARE(old.database().scalar(count), 0LL);
        QVERIFY(old.start());
        QCOMPARE(old.database().scalar(count), 3LL); // unit_id, name, role
        old.stop();
        QVERIFY(old.start());
        QCOMPARE(old.database().scalar(count), 3LL); // idempotent

        store::StoreOptions options;
        options.database.path = (old.dir() + "/asa.db").toStdString();
        auto opened = store::Store::open(std::move(options));
        QVERIFY(opened);
        Tablet t;
        t.store = std::move(*opened);
        enroll(old, t, id, unit.toStdString(), "asa");
        QVERIFY(!t.token.empty());
        QCOMPARE(syncTablet(old, t).rejected, 0u);
        QCOMPARE(roleIn(t, id), std::string("content"));
        QVERIFY(mayWriteKioskContent(t));
    }

    // What scripts/run does: a server with the demo unit and Maja (content role), and the demo
    // tablet, seeded as Maja before it enrolls. Everything it pushes is accepted, her own staff
    // record included (it names the role the server gives her), and the fictional colleagues'
    // records too (ids the server does not know).
    void theDemoTabletSyncsWithoutRefusals()
    {
        TestServer demo;
        const QString unit = QString::fromLatin1(domain::DemoData::kUnitId);
        const QString maja = QString::fromLatin1(domain::DemoData::kStaffId);
        QCOMPARE(demo.admin({"create-unit", "--id", unit, "--name",
                             QString::fromUtf8(domain::DemoData::kUnitName)}),
                 unit);
        QCOMPARE(demo.admin({"create-staff", "--id", maja, "--unit", unit, "--name", "Maja Exempel",
                             "--role", "content"}),
                 maja);
        QVERIFY(demo.start());

        store::StoreOptions options;
        options.database.path = (demo.dir() + "/demo.db").toStdString();
        auto opened = store::Store::open(std::move(options));
        QVERIFY(opened);
        Tablet t;
        t.store = std::move(*opened);
        QVERIFY(domain::DemoData::seed(*t.store));
        QVERIFY(!t.store->outbox()->empty());
        enroll(demo, t, maja.toStdString(), unit.toStdString(), "demo");
        QVERIFY(!t.token.empty());
        const auto status = syncTablet(demo, t);
        QCOMPARE(status.activity, sync::client::Activity::Idle);
        QCOMPARE(status.rejected, 0u);
        QVERIFY(t.store->outbox()->empty());
        QVERIFY(t.store->rejections()->empty());
        QCOMPARE(roleIn(t, maja.toStdString()), std::string("content"));
        QVERIFY(mayWriteKioskContent(t));
    }

private:
    TestServer m_server;
    std::string m_unit;
};

QTEST_GUILESS_MAIN(TstRoles)
#include "tst_roles.moc"
