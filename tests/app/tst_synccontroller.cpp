// The Sync screen's controller against a real lykta-server on 127.0.0.1: not connected, a
// wrong one-time code in plain words, enrolling and syncing on the worker thread (the lists
// reload), and a revoked device asked to connect again.

#include "domaintestutil.h"
#include "familyeditor.h"
#include "synccontroller.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

class TestSyncController : public QObject
{
    Q_OBJECT

private slots:
    void enrollSyncAndRevoke()
    {
        test::TestServer server;
        QVERIFY(server.start());
        domain::test::DomainFixture fx;
        const auto &actor = fx.actor();
        server.admin(
            {"create-unit", "--id", QString::fromStdString(actor.unitId), "--name", "Enheten"});
        server.admin({"create-staff", "--id", QString::fromStdString(actor.staffId), "--unit",
                      QString::fromStdString(actor.unitId), "--name", "Maja"});
        Workspace workspace(fx.store(), actor, false);
        store::StoreOptions options;
        options.database.path = fx.path();
        SyncController sync(options, workspace);

        QVERIFY(!sync.enrolled());
        QCOMPARE(sync.stateText(), QString("Inte kopplad till någon server"));

        QSignalSpy enrolled(&sync, &SyncController::enrollFinished);
        const QString url = QString::fromStdString(server.baseUrl());
        sync.enroll(url, "AAAAAAAA-BBBBBBBB");
        QVERIFY(enrolled.wait(10'000));
        QCOMPARE(enrolled.takeFirst().at(0).toBool(), false);
        QCOMPARE(sync.errorText(),
                 QString("Engångskoden gäller inte (fel, redan använd eller för gammal)."));
        QVERIFY(!sync.enrolled());

        // Something written before enrolling is sent by the first sync.
        FamilyEditor family;
        family.setWorkspace(&workspace);
        family.setProperty("name", "Familjen Synk");
        QVERIFY(family.save());

        const QString code =
            server.admin({"enroll-code", "--staff", QString::fromStdString(actor.staffId)});
        QSignalSpy reloaded(&workspace, &Workspace::changed);
        sync.enroll(url, code);
        QVERIFY(enrolled.wait(10'000));
        QCOMPARE(enrolled.takeFirst().at(0).toBool(), true);
        QVERIFY(sync.enrolled());
        QTRY_VERIFY_WITH_TIMEOUT(!sync.busy(), 20'000);
        QCOMPARE(sync.errorText(), QString());
        QCOMPARE(sync.stateText(), QString("Allt är synkroniserat"));
        QVERIFY(sync.lastSyncText().startsWith("Senast synkroniserad "));
        QVERIFY(reloaded.count() >= 1);
        QCOMPARE(fx.store().outbox()->size(), std::size_t{0});

        // Revoked: the sync stops, says so in plain words, and the device can enroll again.
        const QString devices = server.admin({"list-devices"});
        const QString device = devices.section('\n', 1, 1).section('\t', 0, 0).trimmed();
        server.admin({"revoke-device", device});
        QVERIFY(family.save()); // nothing changed: no new delta
        FamilyEditor other;
        other.setWorkspace(&workspace);
        other.setProperty("name", "Familjen Efter");
        QVERIFY(other.save());
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.busy(), 20'000);
        QVERIFY(sync.errorText().startsWith("Enheten är inte längre godkänd"));
        QVERIFY(!sync.enrolled());
        QVERIFY(fx.store().outbox()->size() > 0); // kept for the next enrollment
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
