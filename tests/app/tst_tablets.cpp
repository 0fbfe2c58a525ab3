// Mer → Surfplattor och personal against a real lykta-server, on the manager's own enrolled
// tablet (its token sealed with the store's key): the unit's tablets and staff, a code for a
// colleague and one for a kiosk that each enroll a device, the QR contents the admin's command
// prints, revoking one tablet plainly (and later as stolen) and one as lost or stolen at once,
// deactivating a colleague and reactivating her; a colleague who is not a manager gets nothing,
// and a refusal by the server is shown in words.

#include "enrollment.h"
#include "qrcode.h"
#include "tablet.h"
#include "tabletscontroller.h"
#include "testserver.h"
#include "unitservice.h"

#include <QRegularExpression>
#include <QtTest>

using namespace lykta;
using namespace lykta::app;
using lykta::kiosk::QrCode;

namespace {

// The device's row in the list, or an invalid index.
QModelIndex rowOf(TabletsController &c, sync::DeviceId device)
{
    auto *model = c.devices();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (index.data(UnitDeviceModel::DeviceKeyRole).toString() == QString::number(device))
            return index;
    }
    return {};
}

QString statusOf(TabletsController &c, sync::DeviceId device)
{
    return rowOf(c, device).data(UnitDeviceModel::StatusTextRole).toString();
}

QVariantMap staffOf(const TabletsController &c, const std::string &id)
{
    for (const auto &s : c.staff()) {
        if (s.toMap().value("staffId").toString().toStdString() == id)
            return s.toMap();
    }
    return {};
}

// Waits for the request under way; whether it ended without an error.
bool answered(TabletsController &c)
{
    return QTest::qWaitFor([&] { return !c.busy(); }, 60000) && c.errorText().isEmpty();
}

const QRegularExpression
    kCodeFormat(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{8}-[0-9A-HJKMNP-TV-Z]{8}$"));

} // namespace

class TestTablets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aManagerHandlesTheUnitsTabletsAndStaff()
    {
        test::TestServer server;
        QVERIFY(server.start());
        const std::string unit =
            server.admin({"create-unit", "--name", "Barn som anhöriga"}).toStdString();
        const auto create = [&](const char *name, const char *role) {
            return server
                .admin({"create-staff", "--name", name, "--unit", QString::fromStdString(unit),
                        "--role", role})
                .toStdString();
        };
        const std::string manager = create("Lena Chef", "manager");
        const std::string kim = create("Kim Kurator", "staff");
        const std::string sam = create("Sam Samtal", "staff");

        test::Tablet m = tablet(server, "m", manager, unit);
        test::Tablet kimA = tablet(server, "kimA", kim, unit);
        test::Tablet samT = tablet(server, "sam", sam, unit);
        QVERIFY(!m.token.empty() && !kimA.token.empty() && !samT.token.empty());
        // The manager's tablet learns its role from the server.
        QCOMPARE(test::syncTablet(server, m).activity, sync::client::Activity::Idle);

        Workspace workspace(*m.store, m.actor, false);
        workspace.setStoreOptions(sealedEnrollment(server, m, manager, unit));
        TabletsController c;
        c.setWorkspace(&workspace);
        QVERIFY(c.isManager());
        QVERIFY(!c.loaded());

        // The list: three tablets, each active with its staff member; three staff members.
        QVERIFY2(c.refresh(), qPrintable(c.errorText()));
        QVERIFY(c.busy());
        QVERIFY2(answered(c), qPrintable(c.errorText()));
        QVERIFY(c.loaded());
        QCOMPARE(c.devices()->count(), 3);
        for (const auto *t : {&m, &kimA, &samT})
            QCOMPARE(statusOf(c, t->store->deviceId()), QStringLiteral("Aktiv"));
        QCOMPARE(rowOf(c, kimA.store->deviceId()).data(UnitDeviceModel::StaffNameRole).toString(),
                 QStringLiteral("Kim Kurator"));
        QCOMPARE(rowOf(c, kimA.store->deviceId()).data(UnitDeviceModel::NameRole).toString(),
                 QStringLiteral("kimA"));
        // Her own tablet is marked and not offered for revoking: she would lock herself out.
        QVERIFY(rowOf(c, m.store->deviceId()).data(UnitDeviceModel::ThisDeviceRole).toBool());
        QVERIFY(!rowOf(c, m.store->deviceId()).data(UnitDeviceModel::RevocableRole).toBool());
        QVERIFY(!rowOf(c, m.store->deviceId()).data(UnitDeviceModel::ErasableRole).toBool());
        QVERIFY(rowOf(c, kimA.store->deviceId()).data(UnitDeviceModel::RevocableRole).toBool());
        QVERIFY(!rowOf(c, kimA.store->deviceId()).data(UnitDeviceModel::ThisDeviceRole).toBool());
        // The manager's tablet synced: a time, not "aldrig".
        QVERIFY(rowOf(c, m.store->deviceId()).data(UnitDeviceModel::LastSyncTextRole).toString() !=
                QStringLiteral("aldrig"));
        QCOMPARE(c.staff().size(), 3);
        QCOMPARE(c.staff().front().toMap().value("name").toString(), QStringLiteral("Kim Kurator"));
        QVERIFY(staffOf(c, manager).value("isMe").toBool());
        QCOMPARE(staffOf(c, manager).value("roleText").toString(), QStringLiteral("Chef"));
        QVERIFY(staffOf(c, kim).value("active").toBool());

        // A code for Kim: shown once, with its expiry, its QR contents the admin's own line.
        QVERIFY2(c.issueStaffCode(QString::fromStdString(kim)), qPrintable(c.errorText()));
        QVERIFY2(answered(c), qPrintable(c.errorText()));
        QVERIFY2(kCodeFormat.match(c.code()).hasMatch(), qPrintable(c.code()));
        QCOMPARE(c.codeFor(), QStringLiteral("Kim Kurator"));
        QVERIFY(!c.codeExpiresText().isEmpty());
        QCOMPARE(c.message(), QStringLiteral("En kod för Kim Kurator är skapad."));
        const QString address = QString::fromStdString(server.baseUrl());
        const QString adminLine =
            server
                .admin({"enroll-code", "--staff", QString::fromStdString(kim), "--server", address})
                .section('\n', 1, 1);
        const QString adminCode = adminLine.section("&code=", 1);
        QVERIFY(kCodeFormat.match(adminCode).hasMatch());
        QCOMPARE(c.codePayload(), QString(adminLine).replace(adminCode, c.code()));

        // The QR item draws those contents, black on white with a quiet zone, whole pixels.
        QrCode qr;
        qr.setText(c.codePayload());
        QVERIFY(qr.modules() >= 21);
        const QImage drawn = QrCode::render(QrCode::encode(c.codePayload()), 320);
        const int module = drawn.width() / (qr.modules() + 2 * QrCode::kQuietZone);
        QVERIFY(module >= 3); // large enough for a camera across a table
        QCOMPARE(drawn.width(), (qr.modules() + 2 * QrCode::kQuietZone) * module);
        QCOMPARE(qGray(drawn.pixel(module * 2, module * 2)), 255); // quiet zone
        const int finder = QrCode::kQuietZone * module + module / 2;
        QCOMPARE(qGray(drawn.pixel(finder, finder)), 0); // the finder pattern's corner

        // The code enrolls Kim's second tablet, once.
        const sync::DeviceId kimB = 0x51ab'2c3d'4e5f'6071ULL;
        auto enrolled = server.transport()->enroll({c.code().toStdString(), kimB, "kimB"});
        QVERIFY2(enrolled, enrolled ? "" : enrolled.error().detail.c_str());
        QCOMPARE(enrolled->staffId, kim);
        QVERIFY(!server.transport()->enroll({c.code().toStdString(), kimB + 1, "again"}));
        c.clearCode();
        QVERIFY(c.code().isEmpty() && c.codePayload().isEmpty());

        // A kiosk code enrolls a kiosk of the unit.
        QVERIFY(c.issueKioskCode());
        QVERIFY2(answered(c), qPrintable(c.errorText()));
        QVERIFY(kCodeFormat.match(c.code()).hasMatch());
        QVERIFY(c.codeFor().isEmpty());
        const sync::DeviceId kiosk = 0x61ab'2c3d'4e5f'6071ULL;
        auto kioskEnrolled = server.transport()->enroll({c.code().toStdString(), kiosk, "Väntrum"});
        QVERIFY2(kioskEnrolled, kioskEnrolled ? "" : kioskEnrolled.error().detail.c_str());
        QCOMPARE(kioskEnrolled->kind, std::string("kiosk"));
        QVERIFY(c.refresh());
        QVERIFY2(answered(c), qPrintable(c.errorText()));
        QCOMPARE(c.devices()->count(), 5);
        QCOMPARE(rowOf(c, kiosk).data(UnitDeviceModel::StaffNameRole).toString(),
                 QStringLiteral("Väntrumskiosk"));
        QCOMPARE(statusOf(c, kimB), QStringLiteral("Aktiv"));

        // Revoked plainly: Kim's first tablet can no longer sync, and says so in the list.
        QVERIFY(c.revoke(QString::number(kimA.store->deviceId()), false));
        QVERIFY2(answered(c), qPrintable(c.errorText()));
        QCOMPARE(statusOf(c, kimA.store->deviceId()), QStringLiteral("Återkallad"));
        QVERIFY(!rowOf(c, kimA.store->deviceId()).data(UnitDeviceModel::RevocableRole).toBool());
        QVERIFY(c.message().contains("kimA"));
        QCOMPARE(test::syncTablet(server, kimA).error->errorClass,
                 sync::client::ErrorClass::Unauthorized);
        QVERIFY(rowOf(c, kimA.store->deviceId()).data(UnitDeviceModel::ErasableRole).toBool());

        // Then it turns out stolen: the revoked tablet may still be ordered to erase itself,
        // which it does on its next contact; once ordered, it is not offered again.
        QVERIFY(c.revoke(QString::number(kimA.store->deviceId()), true));
        QVERIFY2(answered(c), qPrintable(c.errorText()));
        QCOMPARE(statusOf(c, kimA.store->deviceId()),
                 QStringLiteral("Förlorad eller stulen – väntar på radering"));
        QVERIFY(!rowOf(c, kimA.store->deviceId()).data(UnitDeviceModel::ErasableRole).toBool());
        QCOMPARE(
            c.message(),
            QStringLiteral("kimA är återkallad och raderas nästa gång den kontaktar servern."));
        QCOMPARE(test::syncTablet(server, kimA).error->errorClass, sync::client::ErrorClass::Erase);
        QVERIFY(c.revoke(QString::number(kimA.store->deviceId()), true));
        QVERIFY(!answered(c));
        QCOMPARE(c.errorText(), QStringLiteral("kimA ska redan raderas eller finns inte längre på "
                                               "servern. Uppdatera listan."));

        // Lost or stolen: the erase waits for the tablet's next contact, then it is erased.
        QVERIFY(c.revoke(QString::number(kimB), true));
        QVERIFY2(answered(c), qPrintable(c.errorText()));
        QCOMPARE(statusOf(c, kimB), QStringLiteral("Förlorad eller stulen – väntar på radering"));
        auto lost = server.transport(enrolled->token);
        auto pulled = lost->pull(0, 10);
        QVERIFY(!pulled);
        QCOMPARE(pulled.error().errorClass, sync::client::ErrorClass::Erase);
        QVERIFY(lost->confirmErased());
        QVERIFY(c.refresh());
        QVERIFY2(answered(c), qPrintable(c.errorText()));
        QCOMPARE(statusOf(c, kimB), QStringLiteral("Raderad"));

        // Sam leaves: her tablet is revoked, no code for her until she is reactivated.
        QVERIFY(c.setStaffActive(QString::fromStdString(sam), false));
        QVERIFY2(answered(c), qPrintable(c.errorText()));
        QCOMPARE(statusOf(c, samT.store->deviceId()), QStringLiteral("Återkallad"));
        QVERIFY(!staffOf(c, sam).value("active").toBool());
        QCOMPARE(c.message(), QStringLiteral("Sam Samtal är avslutad och hens surfplattor är "
                                             "återkallade."));
        QVERIFY(c.issueStaffCode(QString::fromStdString(sam)));
        QVERIFY(!answered(c));
        QVERIFY2(c.errorText().startsWith("Sam Samtal är avslutad."), qPrintable(c.errorText()));
        QVERIFY(c.code().isEmpty());
        QVERIFY(c.setStaffActive(QString::fromStdString(sam), true));
        QVERIFY2(answered(c), qPrintable(c.errorText()));
        QVERIFY(staffOf(c, sam).value("active").toBool());
        QCOMPARE(statusOf(c, samT.store->deviceId()), QStringLiteral("Återkallad"));
        QVERIFY(c.issueStaffCode(QString::fromStdString(sam)));
        QVERIFY2(answered(c), qPrintable(c.errorText()));
        QVERIFY(kCodeFormat.match(c.code()).hasMatch());

        // A manager is never asked to deactivate herself, and nothing is sent if she tries.
        QVERIFY(!c.setStaffActive(QString::fromStdString(manager), false));
        QVERIFY(!c.busy());
        QVERIFY(c.errorText().startsWith("Du kan inte avsluta dig själv."));
        QVERIFY(c.refresh());
        QVERIFY2(answered(c), qPrintable(c.errorText()));
        QVERIFY(staffOf(c, manager).value("active").toBool());

        // The server no longer counts her as a manager: its refusal, in words.
        server.admin({"set-role", "--staff", QString::fromStdString(manager), "--role", "staff"});
        QVERIFY(c.refresh());
        QVERIFY(!answered(c));
        QVERIFY2(c.errorText().startsWith("Servern svarar att bara enhetens chef"),
                 qPrintable(c.errorText()));
    }

    // A colleague without the manager role: no screen, nothing asked of the server.
    void aColleagueWhoIsNotAManagerGetsNothing()
    {
        test::TestServer server;
        QVERIFY(server.start());
        const std::string unit = server.admin({"create-unit", "--name", "Enhet"}).toStdString();
        const std::string kim = server
                                    .admin({"create-staff", "--name", "Kim Kurator", "--unit",
                                            QString::fromStdString(unit)})
                                    .toStdString();
        test::Tablet k = tablet(server, "k", kim, unit);
        QCOMPARE(test::syncTablet(server, k).activity, sync::client::Activity::Idle);
        Workspace workspace(*k.store, k.actor, false);
        workspace.setStoreOptions(sealedEnrollment(server, k, kim, unit));
        TabletsController c;
        c.setWorkspace(&workspace);
        QVERIFY(!c.isManager());
        QVERIFY(!workspace.isManager()); // Mer does not list the page
        QVERIFY(!c.refresh());
        QVERIFY(!c.busy());
        QCOMPARE(c.errorText(),
                 QStringLiteral("Surfplattor och personal hanteras av enhetens chef."));
        QVERIFY(!c.issueKioskCode());
        QVERIFY(!c.revoke(QString::number(k.store->deviceId()), true));
        QVERIFY(c.code().isEmpty());
        QCOMPARE(c.devices()->count(), 0);
        QVERIFY(c.staff().isEmpty());
    }

private:
    test::Tablet tablet(const test::TestServer &server, const QString &name,
                        const std::string &staff, const std::string &unit)
    {
        const QString path = server.dir() + "/" + name + ".db";
        test::Tablet t = test::newTablet(server, path, staff, unit, name);
        t.path = path;
        return t;
    }

    // The tablet's enrollment file as the app keeps it, token sealed with the store's key.
    store::StoreOptions sealedEnrollment(const test::TestServer &server, const test::Tablet &t,
                                         const std::string &staff, const std::string &unit)
    {
        store::StoreOptions options;
        options.database.path = t.path.toStdString();
        syncctl::Enrollment enrollment{server.baseUrl(), t.token, {}, "staff", staff, unit};
        const auto key = syncctl::enrollmentKey(options);
        if (!key || !enrollment.save(syncctl::Enrollment::pathFor(options.database.path), *key))
            qFatal("the enrollment could not be saved");
        return options;
    }
};

QTEST_MAIN(TestTablets)
#include "tst_tablets.moc"
