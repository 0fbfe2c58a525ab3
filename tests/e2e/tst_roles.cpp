// Staff roles on a real lykta-server: kept, listed and changed by the operator, added to an
// older database by its migration, and enforced on push: only a staff member with the content
// role may write the kiosk's info cards and helplines. A tablet whose edit is refused keeps
// the text, marked refused; a kiosk receives what the content editor wrote.
#include "testserver.h"

#include "storereplica.h"
#include "sync/client/syncsession.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::test;

namespace {

struct Tablet
{
    std::unique_ptr<store::Store> store;
    store::Actor actor;
    std::string token;
};

} // namespace

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
        t.actor = {staff, m_unit};
        const QString code =
            m_server.admin({"enroll-code", "--staff", QString::fromStdString(staff)});
        auto enrolled = m_server.transport()->enroll(
            {code.toStdString(), t.store->deviceId(), name.toStdString()});
        if (enrolled)
            t.token = enrolled->token;
        return t;
    }

    sync::client::SyncStatus sync(Tablet &t)
    {
        auto transport = m_server.transport(t.token);
        syncctl::StoreReplica replica(*t.store);
        sync::client::SyncSession session(*transport, replica);
        return session.run();
    }

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
        // audit trigger, and schema 4's log.seen, undone too).
        QVERIFY(old.database().exec(
            pg ? "ALTER TABLE log DROP COLUMN seen; "
                 "ALTER TABLE staff DROP COLUMN role; DROP TABLE retention_rule; "
                 "DROP TABLE audit_cutoff; DROP TRIGGER audit_delete_after_cutoff ON audit; "
                 "DROP TRIGGER audit_append_only ON audit; DROP FUNCTION lykta_audit_retention(); "
                 "CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit "
                 "FOR EACH ROW EXECUTE FUNCTION lykta_append_only(); "
                 "UPDATE lykta_schema SET version = 1"
               : "ALTER TABLE log DROP COLUMN seen; "
                 "ALTER TABLE staff DROP COLUMN role; DROP TABLE retention_rule; "
                 "DROP TABLE audit_cutoff; DROP TRIGGER audit_no_delete; "
                 "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN "
                 "SELECT RAISE(ABORT, 'lykta:audit-append-only'); END; PRAGMA user_version = 1"));
        QCOMPARE(old.database().scalar(pg ? "SELECT max(version) FROM lykta_schema"
                                          : "PRAGMA user_version"),
                 1LL);

        const QString list = old.admin({"list-staff"});
        QVERIFY2(list.contains(member + "\tGun\tstaff\t" + unit), qPrintable(list));
        QCOMPARE(old.database().scalar(pg ? "SELECT max(version) FROM lykta_schema"
                                          : "PRAGMA user_version"),
                 4LL); // roles (2), retention (3) and log.seen (4)
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

private:
    TestServer m_server;
    std::string m_unit;
};

QTEST_GUILESS_MAIN(TstRoles)
#include "tst_roles.moc"
