// The Sync screen's controller against a real lykta-server on 127.0.0.1: not connected, a
// wrong one-time code in plain words, enrolling and syncing on the worker thread (the lists
// reload), offline while the server is gone, and a revoked device asked to connect again.

#include "domaintestutil.h"
#include "familyeditor.h"
#include "synccontroller.h"
#include "taplistener.h"
#include "testserver.h"

#include "store/draftstore.h"
#include "sync/crypto/vault.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lykta;
using namespace lykta::app;

namespace {

// The controller's activity by the name QML reads (SyncController.Idle, ...).
QByteArray activityKey(const SyncController &sync)
{
    const QVariant v = sync.property("activity");
    return QMetaEnum::fromType<SyncController::Activity>().valueToKey(v.toInt());
}

} // namespace

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
        QCOMPARE(sync.activity(), SyncController::Activity::Stopped);

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
        QCOMPARE(sync.activity(), SyncController::Activity::Idle);
        QCOMPARE(activityKey(sync), QByteArray("Idle")); // as QML reads it
        QVERIFY(sync.lastSyncText().startsWith("Senast synkroniserad "));
        QVERIFY(reloaded.count() >= 1);
        QCOMPARE(fx.store().outbox()->size(), std::size_t{0});

        // The server is gone: the sync is Offline, and what was written waits on the device.
        const int port = server.port();
        server.stop();
        FamilyEditor offline;
        offline.setWorkspace(&workspace);
        offline.setProperty("name", "Familjen Utan Nät");
        QVERIFY(offline.save());
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.busy(), 20'000);
        QCOMPARE(sync.activity(), SyncController::Activity::Offline);
        QCOMPARE(activityKey(sync), QByteArray("Offline"));
        QCOMPARE(sync.stateText(), QString("Ingen kontakt med servern"));
        QVERIFY(fx.store().outbox()->size() > 0);
        // Back where the tablet was enrolled: the next sync sends it.
        server.setServeArgs({"--port", QString::number(port)});
        QVERIFY(server.start());
        QCOMPARE(server.port(), port);
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.busy(), 20'000);
        QCOMPARE(sync.activity(), SyncController::Activity::Idle);
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
        QCOMPARE(sync.activity(), SyncController::Activity::Stopped);
        QVERIFY(!sync.enrolled());
        QVERIFY(fx.store().outbox()->size() > 0); // kept for the next enrollment
    }

    // An address typed as http:// to another machine is refused in plain words before a
    // connection is made: a listener on this machine's network address hears nothing.
    void plainHttpIsRefusedInWords()
    {
        const QString address = test::TapListener::nonLoopbackAddress();
        if (address.isEmpty())
            QSKIP("this machine has no non-loopback IPv4 address to listen on");
        test::TapListener tap(address);
        QVERIFY(tap.listening());
        domain::test::DomainFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        store::StoreOptions options;
        options.database.path = fx.path();
        SyncController sync(options, workspace);

        QSignalSpy enrolled(&sync, &SyncController::enrollFinished);
        sync.enroll(QStringLiteral("http://%1:%2").arg(address).arg(tap.port()), "CANARY42-INAPP");
        QVERIFY(enrolled.wait(10'000));
        QCOMPARE(enrolled.takeFirst().at(0).toBool(), false);
        QVERIFY2(sync.errorText().startsWith("Adressen börjar med http:// och skulle skicka "
                                             "koden okrypterad"),
                 qPrintable(sync.errorText()));
        QVERIFY(!sync.enrolled());
        QCOMPARE(tap.connections(), 0);
        QCOMPARE(tap.received(), QByteArray());

        sync.enroll(QStringLiteral("gopher://%1").arg(address), "CANARY42-INAPP");
        QVERIFY(enrolled.wait(10'000));
        QVERIFY(sync.errorText().startsWith("Det där är ingen serveradress."));
        QCOMPARE(tap.connections(), 0);
    }

    // An encrypted store with the enrollment file an earlier version wrote (the token in
    // clear), pointing at a real listener. The first sync, unlocked, goes out with that token
    // and leaves the file sealed (the token gone from its bytes). Locked, a sync is refused in
    // words and the listener gets no new connection, though the sync worker holds the store
    // open from the sync before; after the unlock the sync goes out with the same token: the
    // device stays enrolled.
    void lockedSyncSendsNothingAndUnlockSealsAnOldFile()
    {
        test::TapListener tap(QStringLiteral("127.0.0.1"));
        QVERIFY(tap.listening());
        QTemporaryDir dir;
        const std::string path = dir.filePath("staff.db").toStdString();
        const std::string passphrase = "en lång lösenfras för test";
        auto vault = crypto::Vault::create(path + ".key", passphrase, crypto::KdfParams::minimal());
        QVERIFY(vault);
        store::StoreOptions options;
        options.database.path = path;
        options.vault = std::move(*vault);
        auto store = store::Store::open(options);
        QVERIFY(store);
        Workspace workspace(**store, {"staff-1", "unit-1"}, false);
        SyncController sync(options, workspace);

        const QByteArray token = "CANARY-TOKEN-0123456789abcdef";
        {
            QFile file(QString::fromStdString(path + ".sync"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(sync::protocol::encodeForm(
                           {{"server", "http://127.0.0.1:" + std::to_string(tap.port())},
                            {"token", token.toStdString()},
                            {"kind", "staff"},
                            {"staff", "staff-1"},
                            {"units", "unit-1"}})) +
                       "\n");
        }
        QVERIFY(sync.enrolled());
        const auto syncOnce = [&] {
            const qsizetype sent = tap.received().count("Bearer " + token);
            sync.syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(tap.received().count("Bearer " + token) > sent, 20'000);
            sync.cancel(); // the listener never answers
            QTRY_VERIFY_WITH_TIMEOUT(!sync.busy(), 20'000);
        };
        syncOnce();

        (*store)->lock();
        const int connections = tap.connections();
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.busy() || tap.connections() > connections, 20'000);
        QCOMPARE(tap.connections(), connections);
        QVERIFY2(sync.errorText().startsWith("Enheten är låst."), qPrintable(sync.errorText()));
        QVERIFY(sync.enrolled());

        QVERIFY((*store)->unlock(passphrase));
        syncOnce();
        QVERIFY(sync.enrolled());
        QFile sealed(QString::fromStdString(path + ".sync"));
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        const QByteArray bytes = sealed.readAll();
        QVERIFY(bytes.contains("sealed="));
        QVERIFY(!bytes.contains(token));
    }

    // Reported lost or stolen: an encrypted, enrolled tablet with a note, an unsent change and
    // a draft. Its next sync erases every file of it (the key file first), the controller says
    // so and that the server has been told, and the server's audit log shows the erasure.
    void aLostTabletErasesItselfOnItsNextSync()
    {
        test::TestServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        const std::string path = dir.filePath("staff.db").toStdString();
        auto vault = crypto::Vault::create(path + ".key", "en lång lösenfras för test",
                                           crypto::KdfParams::minimal());
        QVERIFY(vault);
        store::StoreOptions options;
        options.database.path = path;
        options.vault = std::move(*vault);
        auto opened = store::Store::open(options);
        QVERIFY(opened);
        std::unique_ptr<store::Store> store = std::move(*opened);
        const std::string unit = server.admin({"create-unit", "--name", "Enheten"}).toStdString();
        const std::string staff =
            server.admin({"create-staff", "--name", "Per", "--unit", QString::fromStdString(unit)})
                .toStdString();
        Workspace workspace(*store, {staff, unit}, false);
        SyncController sync(options, workspace);
        QSignalSpy enrolled(&sync, &SyncController::enrollFinished);
        sync.enroll(QString::fromStdString(server.baseUrl()),
                    server.admin({"enroll-code", "--staff", QString::fromStdString(staff)}));
        QVERIFY(enrolled.wait(10'000));
        QVERIFY(enrolled.takeFirst().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!sync.busy(), 20'000);
        FamilyEditor written;
        written.setWorkspace(&workspace);
        written.setProperty("name", "Familjen Skickad");
        QVERIFY(written.save());
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.busy(), 20'000);
        QCOMPARE(sync.activity(), SyncController::Activity::Idle);
        FamilyEditor unsent;
        unsent.setWorkspace(&workspace);
        unsent.setProperty("name", "Familjen Osänd");
        QVERIFY(unsent.save());
        QVERIFY(store::DraftStore(*store, staff).save("family/new", {{"name", "Utkast"}}));
        const QString keyFile = QString::fromStdString(path + ".key");
        const QString syncFile = QString::fromStdString(path + ".sync");
        QVERIFY(QFile::exists(keyFile) && QFile::exists(syncFile) &&
                QFile::exists(QString::fromStdString(path)));

        const QString device =
            server.admin({"list-devices"}).section('\n', 1, 1).section('\t', 0, 0);
        QVERIFY(server.admin({"revoke-device", device, "--erase"}).contains("to be erased"));
        QSignalSpy erased(&sync, &SyncController::erasedChanged);
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(sync.erased(), 20'000);
        // Nothing of the tablet is left in its folder: store, WAL, key file, enrollment.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(store->isLocked()); // the data key has left memory
        QVERIFY(!sync.enrolled());
        QTRY_VERIFY_WITH_TIMEOUT(
            sync.erasedText().endsWith("Servern har fått besked om raderingen."), 20'000);
        QVERIFY(sync.erasedText().startsWith("En chef har anmält surfplattan som förlorad"));
        const QString audit = server.admin({"audit", device});
        QVERIFY2(audit.contains("\terased\t" + device + "\t"), qPrintable(audit));
        QVERIFY(server.admin({"list-devices"}).section('\n', 1, 1).section('\t', 12, 12) != "-");
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
