// The first start's form against a real lykta-server on 127.0.0.1, on an empty store: every
// refusal in words (address typed wrong, nobody answering, a clock set wrong, a code that is
// wrong, used or expired, a QR code's contents that are not one), the good code (enrolled,
// synced, the unit's conversation models sent, only then ready), and enrollment as another
// staff member (what waits is sent first, drafts wait for their author, the store starts afresh
// as a new device) and after a plain revoke (only the work's author takes it on).

#include "enrollmentform.h"
#include "familyeditor.h"
#include "store/draftstore.h"
#include "synccontroller.h"
#include "syncctl/enrollment.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

namespace {

// A tablet's store as on a first start: empty, nobody acting, not enrolled.
struct EmptyTablet
{
    EmptyTablet()
    {
        options.database.path = dir.filePath("lykta.db").toStdString();
        auto opened = store::Store::open(options);
        if (!opened)
            qFatal("cannot open the store");
        store = std::move(*opened);
        workspace = std::make_unique<Workspace>(*store, store::Actor{}, false);
        sync = std::make_unique<SyncController>(options, *workspace);
        form.setWorkspace(workspace.get());
        form.setSync(sync.get());
    }
    ~EmptyTablet() { sync.reset(); }

    // Submits and waits for the answer; the form's verdict.
    bool submit(const QString &address, const QString &code)
    {
        form.setAddress(address);
        form.setCode(code);
        if (!form.submit())
            return false;
        QSignalSpy done(&form, &EnrollmentForm::finished);
        if (!done.wait(30'000))
            qFatal("the form never finished");
        return done.first().at(0).toBool();
    }

    QTemporaryDir dir;
    store::StoreOptions options;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<SyncController> sync;
    EnrollmentForm form;
};

QString staffIn(test::TestServer &server, const QString &unit, const QString &name)
{
    return server.admin({"create-staff", "--name", name, "--unit", unit});
}

} // namespace

class TestEnrollmentForm : public QObject
{
    Q_OBJECT

private slots:
    // Refused before anything is sent: nothing to type, a space, a port that is no port, no
    // code, pasted text that is no enrollment QR code; a QR code's contents fill both fields.
    void typingMistakesAreSaidInPlace()
    {
        EmptyTablet t;
        QVERIFY(!t.form.ready());
        QVERIFY(!t.submit("", "ABCD2345-EFGH6789"));
        QVERIFY(
            t.form.fieldErrors().value("address").toString().startsWith("Skriv serverns adress"));
        QVERIFY(!t.submit("lykta.kommun se", "ABCD2345-EFGH6789"));
        QVERIFY(t.form.fieldErrors().value("address").toString().startsWith(
            "Adressen innehåller mellanslag."));
        QVERIFY(!t.submit("lykta.kommun.se:84a3", "ABCD2345-EFGH6789"));
        QVERIFY(t.form.fieldErrors().value("address").toString().startsWith(
            "Porten efter kolonet ska vara ett tal"));
        QVERIFY(!t.submit("https://lykta.kommun.se:70000/", "ABCD2345-EFGH6789"));
        QVERIFY(t.form.fieldErrors().value("address").toString().startsWith("Porten"));
        QVERIFY(!t.submit("lykta.kommun.se", "  "));
        QVERIFY(t.form.fieldErrors().value("code").toString().startsWith("Skriv engångskoden"));
        QVERIFY(!t.submit("lykta://enrol?server=x", ""));
        QVERIFY(t.form.fieldErrors().value("address").toString().startsWith(
            "Det inklistrade är inte innehållet i en Lykta-kod."));
        QCOMPARE(t.form.stage(), EnrollmentForm::Stage::Input);

        const QString payload =
            EnrollmentForm::payload("https://lykta.kommun.se:8443", "ABCD2345-EFGH6789");
        QCOMPARE(payload, QString("lykta://enroll?server=https%3A%2F%2Flykta.kommun.se%3A8443"
                                  "&code=ABCD2345-EFGH6789"));
        QVERIFY(t.form.usePayload(payload));
        QCOMPARE(t.form.address(), QString("https://lykta.kommun.se:8443"));
        QCOMPARE(t.form.code(), QString("ABCD2345-EFGH6789"));
        QVERIFY(!t.sync->enrolled());
        QVERIFY(!t.workspace->hasActor());
    }

    // Nobody at the address (a server stopped), plain http:// to another machine, a clock an
    // hour off: each in words, and the code is still good afterwards. A used and an expired
    // code are named as such. The server's own QR line enrolls the tablet, which syncs, gets
    // the unit's conversation models (sent at once), and only then is ready.
    void firstStartAgainstARealServer()
    {
        test::TestServer server;
        QVERIFY(server.start());
        const QString unit = server.admin({"create-unit", "--name", "Barn som anhöriga"});
        const QString staff = staffIn(server, unit, "Kim Andersson");
        const QString address = QString::fromStdString(server.baseUrl());

        EmptyTablet t;
        {
            test::TestServer stopped;
            QVERIFY(stopped.start());
            const QString gone = QString::fromStdString(stopped.baseUrl());
            stopped.stop();
            QVERIFY(!t.submit(gone, "ABCD2345-EFGH6789"));
            QVERIFY2(t.form.fieldErrors().value("address").toString().startsWith(
                         "Ingen server svarar på " + gone),
                     qPrintable(t.form.errorText()));
        }
        QVERIFY(!t.submit("http://192.0.2.1:8443", "ABCD2345-EFGH6789"));
        QVERIFY(t.form.fieldErrors().value("address").toString().startsWith(
            "Adressen börjar med http://"));

        const QString lines = server.admin({"enroll-code", "--staff", staff, "--server", address});
        const QString code = lines.section('\n', 0, 0);
        const QString qr = lines.section('\n', 1, 1);
        QVERIFY2(qr.startsWith("lykta://enroll?server=http%3A%2F%2F127.0.0.1%3A"), qPrintable(qr));

        t.form.setDeviceClock([] { return QDateTime::currentMSecsSinceEpoch() + 3'600'000; });
        QVERIFY(!t.submit(qr, QString()));
        QVERIFY2(t.form.errorText().startsWith("Enhetens klocka visar "),
                 qPrintable(t.form.errorText()));
        QVERIFY(t.form.errorText().contains("Koden är inte använd."));
        t.form.setDeviceClock([] { return QDateTime::currentMSecsSinceEpoch(); });

        const QString expired = server.admin({"enroll-code", "--staff", staff});
        QVERIFY(server.database().exec("UPDATE enrollment_code SET expires_ms = 0 WHERE id = '" +
                                       expired.section('-', 0, 0).toStdString() + "'"));
        QVERIFY(!t.submit(address, expired));
        QVERIFY(t.form.fieldErrors().value("code").toString().startsWith("Koden har gått ut."));
        QVERIFY(!t.submit(address, "ABCD2345-EFGH6789"));
        QVERIFY(t.form.fieldErrors().value("code").toString().startsWith("Koden stämmer inte."));
        QVERIFY(!t.workspace->hasActor());
        QVERIFY(!t.form.ready());

        // The code refused for the clock was not spent: the QR contents enroll now.
        QVERIFY(t.submit(qr, QString()));
        QCOMPARE(t.form.stage(), EnrollmentForm::Stage::Done);
        QVERIFY(t.form.ready());
        QCOMPARE(t.workspace->actor().staffId, staff.toStdString());
        QCOMPARE(t.workspace->actor().unitId, unit.toStdString());
        QCOMPARE(t.workspace->staffName(), QString("Kim Andersson")); // pulled from the server
        QTRY_VERIFY_WITH_TIMEOUT(!t.sync->busy(), 20'000);
        QCOMPARE(t.store->outbox()->size(), std::size_t{0});
        // The unit's record (its name) is the server's, not written by the tablet.
        auto unitRecord = t.store->get("unit", unit.toStdString());
        QVERIFY(unitRecord && *unitRecord);
        QCOMPARE((*unitRecord)->text("name"), std::string("Barn som anhöriga"));
        QVERIFY(server.database().scalar("SELECT count(*) FROM record WHERE entity = "
                                         "'conversation_template' AND unit_id = '" +
                                         unit.toStdString() + "'") > 0);

        // A used code, on a second empty tablet.
        EmptyTablet second;
        QVERIFY(!second.submit(address, code));
        QVERIFY(
            second.form.fieldErrors().value("code").toString().startsWith("Koden är redan använd"));
    }

    // Enrolled as Kim (unit A) with a family not yet sent and a draft: Sam's code (unit B)
    // waits for the draft, which only Kim can save or discard; it is not spent. Without the
    // draft, Kim's family is sent first, by itself; then the tablet enrolls as a new device,
    // the server revokes Kim's, and the store starts afresh: the workspace acts as Sam without
    // a restart, nothing of Kim's is left on the tablet, Kim's family is on the server, and
    // what Sam writes is Sam's in unit B.
    void reenrollmentAsAnotherStaffMember()
    {
        test::TestServer server;
        QVERIFY(server.start());
        const QString unitA = server.admin({"create-unit", "--name", "Enhet A"});
        const QString unitB = server.admin({"create-unit", "--name", "Enhet B"});
        const QString kim = staffIn(server, unitA, "Kim Andersson");
        const QString sam = staffIn(server, unitB, "Sam Berg");
        const QString address = QString::fromStdString(server.baseUrl());

        EmptyTablet t;
        QVERIFY(t.submit(address, server.admin({"enroll-code", "--staff", kim})));
        QTRY_VERIFY_WITH_TIMEOUT(!t.sync->busy(), 20'000);
        QCOMPARE(t.form.planText(), t.sync->planWords(SyncController::EnrollPlan::NewDevice));
        const sync::DeviceId kimsDevice = t.store->deviceId();
        const auto kimsEnrollment = syncctl::loadEnrollment(t.options);
        QVERIFY(kimsEnrollment);
        QSignalSpy switched(t.workspace.get(), &Workspace::actorChanged);

        FamilyEditor family;
        family.setWorkspace(t.workspace.get());
        family.setProperty("name", "Familjen Kim");
        QVERIFY2(family.save(), qPrintable(family.errorText()));
        const QString kimsFamily = family.property("familyId").toString();
        QVERIFY(!kimsFamily.isEmpty());
        store::DraftStore drafts(*t.store, kim.toStdString());
        QVERIFY(drafts.save("casenote/new", QJsonObject{{"body", "Halvskrivet"}}));

        const QString samCode = server.admin({"enroll-code", "--staff", sam});
        QVERIFY(!t.submit(address, samCode));
        QVERIFY2(t.form.errorText().startsWith("Det finns utkast som inte har sparats: "
                                               "anteckning ("),
                 qPrintable(t.form.errorText()));
        QCOMPARE(t.workspace->actor().staffId, kim.toStdString());
        QVERIFY(drafts.discard("casenote/new"));

        QVERIFY2(t.submit(address, samCode), qPrintable(t.form.errorText()));
        QCOMPARE(t.form.stage(), EnrollmentForm::Stage::Done);
        QCOMPARE(switched.count(), 1);
        QCOMPARE(t.workspace->actor().staffId, sam.toStdString());
        QCOMPARE(t.workspace->actor().unitId, unitB.toStdString());
        QCOMPARE(t.workspace->staffName(), QString("Sam Berg"));
        QVERIFY(t.store->deviceId() != kimsDevice);
        QTRY_VERIFY_WITH_TIMEOUT(!t.sync->busy(), 20'000);

        // Nothing of Kim's on the tablet: not the family, not Kim's unit, not the staff record.
        auto kept = t.store->get("family", kimsFamily.toStdString());
        QVERIFY(kept && !*kept);
        auto unitKept = t.store->get("unit", unitA.toStdString());
        QVERIFY(unitKept && !*unitKept);
        auto staffKept = t.store->get("staff", kim.toStdString());
        QVERIFY(staffKept && !*staffKept);
        const auto log = t.store->auditLog();
        QVERIFY(log);
        QVERIFY(std::none_of(log->begin(), log->end(), [&](const store::AuditEntry &e) {
            return e.actor == kim.toStdString();
        }));
        // Kim's family reached the server before the switch, in Kim's name.
        QCOMPARE(server.database().scalar("SELECT count(*) FROM record WHERE entity = 'family' "
                                          "AND unit_id = '" +
                                          unitA.toStdString() + "'"),
                 1LL);
        // Kim's token works no more; the server audited the revoke.
        auto old = server.transport(kimsEnrollment->token)->pull(0, 10);
        QVERIFY(!old);
        QCOMPARE(old.error().apiError, sync::protocol::ApiError::Unauthorized);
        QVERIFY(server.admin({"list-devices"}).contains(QString::number(t.store->deviceId())));

        // What Sam writes is Sam's, in unit B, and the server takes it.
        FamilyEditor samsFamily;
        samsFamily.setWorkspace(t.workspace.get());
        samsFamily.setProperty("name", "Familjen Sam");
        QVERIFY2(samsFamily.save(), qPrintable(samsFamily.errorText()));
        t.sync->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!t.sync->busy(), 20'000);
        QCOMPARE(t.sync->errorText(), QString());
        QCOMPARE(t.store->outbox()->size(), std::size_t{0});
        QCOMPARE(server.database().scalar("SELECT count(*) FROM record WHERE entity = 'family' "
                                          "AND unit_id = '" +
                                          unitB.toStdString() + "'"),
                 1LL);
    }

    // Revoked and restarted (nobody acts), with nothing to send but a draft of Kim's: the
    // store is not emptied for a new device, since that would lose the draft; the store's own
    // id enrolls again with Kim's code and the draft is still there.
    void aRevokedTabletKeepsItsDraftsForTheirAuthor()
    {
        test::TestServer server;
        QVERIFY(server.start());
        const QString unit = server.admin({"create-unit", "--name", "Enhet A"});
        const QString kim = staffIn(server, unit, "Kim Andersson");
        const QString address = QString::fromStdString(server.baseUrl());

        EmptyTablet t;
        QVERIFY(t.submit(address, server.admin({"enroll-code", "--staff", kim})));
        QTRY_VERIFY_WITH_TIMEOUT(!t.sync->busy(), 20'000);
        const sync::DeviceId device = t.store->deviceId();
        store::DraftStore drafts(*t.store, kim.toStdString());
        QVERIFY(drafts.save("casenote/new", QJsonObject{{"body", "Halvskrivet"}}));
        server.admin({"revoke-device", QString::number(device)});
        t.sync->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!t.sync->busy(), 20'000);
        QVERIFY(!t.sync->enrolled());
        QCOMPARE(t.store->outbox()->size(), std::size_t{0});
        t.workspace->setActor({}); // as after a restart: no enrollment, nobody acts

        QCOMPARE(t.sync->enrollPlan(), SyncController::EnrollPlan::SameDevice);
        QVERIFY2(t.submit(address, server.admin({"enroll-code", "--staff", kim})),
                 qPrintable(t.form.errorText()));
        QCOMPARE(t.store->deviceId(), device);
        QCOMPARE(t.workspace->actor().staffId, kim.toStdString());
        auto kept = drafts.load("casenote/new");
        QVERIFY(kept && *kept);
        QCOMPARE((**kept).fields.value("body").toString(), QString("Halvskrivet"));
    }

    // A plain revoke keeps Kim's unsent family on the tablet. A code for Sam cannot take it
    // on (the server knows the device as Kim's): refused in words, nothing removed, the code
    // not spent. A new code for Kim enrolls the same device again and the family is sent.
    void afterARevokeOnlyItsAuthorTakesTheWorkOn()
    {
        test::TestServer server;
        QVERIFY(server.start());
        const QString unit = server.admin({"create-unit", "--name", "Enhet A"});
        const QString kim = staffIn(server, unit, "Kim Andersson");
        const QString sam = staffIn(server, unit, "Sam Berg");
        const QString address = QString::fromStdString(server.baseUrl());

        EmptyTablet t;
        QVERIFY(t.submit(address, server.admin({"enroll-code", "--staff", kim})));
        QTRY_VERIFY_WITH_TIMEOUT(!t.sync->busy(), 20'000);
        server.admin({"revoke-device", QString::number(t.store->deviceId())});
        FamilyEditor family;
        family.setWorkspace(t.workspace.get());
        family.setProperty("name", "Familjen Efter");
        QVERIFY(family.save());
        t.sync->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!t.sync->busy(), 20'000);
        QVERIFY(!t.sync->enrolled());
        const std::size_t unsent = t.store->outbox()->size();
        QVERIFY(unsent > 0);

        const QString samCode = server.admin({"enroll-code", "--staff", sam});
        QVERIFY(!t.submit(address, samCode));
        QVERIFY2(t.form.errorText().startsWith("Servern känner redan den här enheten som en annan "
                                               "persons."),
                 qPrintable(t.form.errorText()));
        QCOMPARE(t.store->outbox()->size(), unsent);
        QCOMPARE(t.workspace->actor().staffId, kim.toStdString());

        QVERIFY2(t.submit(address, server.admin({"enroll-code", "--staff", kim})),
                 qPrintable(t.form.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!t.sync->busy(), 20'000);
        QCOMPARE(t.store->outbox()->size(), std::size_t{0});
        QCOMPARE(server.database().scalar("SELECT count(*) FROM record WHERE entity = 'family'"),
                 1LL);
        // Sam's code was not spent: another, empty tablet enrolls with it.
        EmptyTablet other;
        QVERIFY(other.submit(address, samCode));
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentForm)
#include "tst_enrollmentform.moc"
