// A manager handles the unit's tablets and staff over HTTP against a real lykta-server (SQLite
// or PostgreSQL): the list of devices and staff, enrollment codes, a plain revoke, "lost or
// stolen — erase" and deactivating a leaver; the operator does the same with `admin`. Every
// operation is tried from a staff member's device, a kiosk and another unit's manager, and
// refused and audited.
#include "testserver.h"

#include "sync/core/version.h"

#include <QtTest>

#include <algorithm>

using namespace lykta;
using namespace lykta::test;
using sync::client::ErrorClass;
using sync::protocol::ApiError;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

const sync::UnitDevice *findDevice(const sync::UnitDevices &list, sync::DeviceId id)
{
    const auto it = std::find_if(list.devices.begin(), list.devices.end(),
                                 [&](const sync::UnitDevice &d) { return d.id == id; });
    return it == list.devices.end() ? nullptr : &*it;
}

const sync::UnitStaffMember *findStaff(const sync::UnitDevices &list, const std::string &id)
{
    const auto it = std::find_if(list.staff.begin(), list.staff.end(),
                                 [&](const sync::UnitStaffMember &s) { return s.id == id; });
    return it == list.staff.end() ? nullptr : &*it;
}

} // namespace

class TstManage : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::string m_unit;
    std::string m_manager, m_managerToken;     // device 801
    std::string m_colleague, m_colleagueToken; // device 802
    std::string m_kioskToken;                  // device 803
    std::string m_otherManagerToken;           // device 804, another unit's manager

    std::string staffIn(const std::string &unit, const QString &name, const char *role = "staff")
    {
        return m_server.admin({"create-staff", "--name", name, "--unit", qs(unit), "--role", role})
            .toStdString();
    }

    // Enrolls `device` for `staff` with an operator's code; its token.
    std::string enroll(const std::string &staff, sync::DeviceId device, const char *name)
    {
        const QString code = m_server.admin({"enroll-code", "--staff", qs(staff)});
        auto enrolled = m_server.transport()->enroll({code.toStdString(), device, name});
        return enrolled ? enrolled->token : std::string();
    }

    sync::UnitDevices list()
    {
        auto answer = m_server.transport(m_managerToken)->unitDevices(m_unit);
        if (!answer)
            qWarning("unitDevices: %s", answer.error().detail.c_str());
        return answer ? *answer : sync::UnitDevices{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_unit = m_server.admin({"create-unit", "--name", "Barnteamet"}).toStdString();
        m_manager = staffIn(m_unit, "Maja Chef", "manager");
        m_colleague = staffIn(m_unit, "Per Kollega");
        m_managerToken = enroll(m_manager, 801, "Majas platta");
        m_colleagueToken = enroll(m_colleague, 802, "Pers platta");
        m_kioskToken = m_server.enrollKiosk(m_unit, 803);
        const std::string otherUnit =
            m_server.admin({"create-unit", "--name", "Andra enheten"}).toStdString();
        m_otherManagerToken = enroll(staffIn(otherUnit, "Olle Chef", "manager"), 804, "Olles");
        QVERIFY(!m_managerToken.empty() && !m_colleagueToken.empty() && !m_kioskToken.empty() &&
                !m_otherManagerToken.empty());
    }

    void theManagerSeesTheUnitsTabletsAndStaff()
    {
        // A pull is a contact: the list says when, and which release of the app made it.
        QVERIFY(m_server.transport(m_colleagueToken)->pull(0, 100));
        const sync::UnitDevices seen = list();
        QCOMPARE(seen.unit, m_unit);
        const auto *per = findDevice(seen, 802);
        QVERIFY(per);
        QCOMPARE(per->name, std::string("Pers platta"));
        QCOMPARE(per->kind, std::string("staff"));
        QCOMPARE(per->staffName, std::string("Per Kollega"));
        QVERIFY(per->enrolledMs > 0 && per->lastSeenMs >= per->enrolledMs);
        QCOMPARE(per->appVersion, std::string(kVersion));
        QCOMPARE(per->revokedMs, 0);
        QVERIFY(findDevice(seen, 803)); // the waiting room's kiosk
        QCOMPARE(findDevice(seen, 803)->kind, std::string("kiosk"));
        QVERIFY(!findDevice(seen, 804)); // another unit's tablet is not listed
        QVERIFY(findStaff(seen, m_colleague));
        QCOMPARE(findStaff(seen, m_colleague)->role, std::string("staff"));
        QCOMPARE(findStaff(seen, m_manager)->role, std::string("manager"));
        QCOMPARE(seen.staff.size(), std::size_t{2});
    }

    void aCodeForAColleagueAndForTheKioskEnrolls()
    {
        auto manager = m_server.transport(m_managerToken);
        auto code = manager->issueCode({m_unit, false, m_colleague});
        QVERIFY2(code, code ? "" : code.error().detail.c_str());
        QCOMPARE(code->code.size(), std::size_t{17}); // XXXXXXXX-XXXXXXXX
        QVERIFY(code->expiresMs > QDateTime::currentMSecsSinceEpoch());
        auto enrolled = m_server.transport()->enroll({code->code, 805, "Pers nya platta"});
        QVERIFY2(enrolled, enrolled ? "" : enrolled.error().detail.c_str());
        QCOMPARE(enrolled->staffId, m_colleague);

        auto kiosk = manager->issueCode({m_unit, true, {}});
        QVERIFY(kiosk);
        auto kioskEnrolled = m_server.transport()->enroll({kiosk->code, 806, "Väntrummet"});
        QVERIFY(kioskEnrolled);
        QCOMPARE(kioskEnrolled->kind, std::string("kiosk"));
        // Who issued which code is in the audit log, with the manager's device.
        const QString audit = m_server.admin({"audit", qs(code->code.substr(0, 8))});
        QVERIFY2(audit.contains("\tenroll_code\t801\t" + qs(m_manager)), qPrintable(audit));
    }

    void nobodyButTheUnitsManagerMayDoAnyOfIt_data()
    {
        QTest::addColumn<int>("who");
        QTest::newRow("a staff member's tablet") << 0;
        QTest::newRow("the kiosk") << 1;
        QTest::newRow("another unit's manager") << 2;
    }

    void nobodyButTheUnitsManagerMayDoAnyOfIt()
    {
        QFETCH(int, who);
        const std::string token = who == 0   ? m_colleagueToken
                                  : who == 1 ? m_kioskToken
                                             : m_otherManagerToken;
        auto t = m_server.transport(token);
        const auto refused = [](const auto &answer) {
            return !answer && answer.error().httpStatus == 403 &&
                   answer.error().apiError == ApiError::Forbidden &&
                   answer.error().errorClass == ErrorClass::Fatal;
        };
        QVERIFY(refused(t->unitDevices(m_unit)));
        QVERIFY(refused(t->issueCode({m_unit, false, m_colleague})));
        QVERIFY(refused(t->issueCode({m_unit, true, {}})));
        QVERIFY(refused(t->revokeDevice(801, false)));
        QVERIFY(refused(t->revokeDevice(801, true)));
        QVERIFY(refused(t->setStaffActive(m_manager, false)));
        // Nothing changed: the manager's tablet still syncs, the manager is active.
        QVERIFY(m_server.transport(m_managerToken)->pull(0, 10));
        QCOMPARE(findStaff(list(), m_manager)->deactivatedMs, 0);
        const QString denied = m_server.admin({"audit", "801"});
        QVERIFY2(denied.count("\tmanage_denied\t") >= 2, qPrintable(denied));
    }

    void aManagerDoesNotDeactivateThemself()
    {
        auto self = m_server.transport(m_managerToken)->setStaffActive(m_manager, false);
        QVERIFY(!self);
        QCOMPARE(self.error().httpStatus, 403);
        QVERIFY(m_server.transport(m_managerToken)->pull(0, 10));
    }

    void aPlainRevokeStopsTheTablet()
    {
        auto manager = m_server.transport(m_managerToken);
        QVERIFY(manager->revokeDevice(805, false));
        auto pulled = m_server.transport()->pull(0, 10); // no token at all: 401
        QVERIFY(!pulled);
        const QString audit = m_server.admin({"audit", "805"});
        QVERIFY2(audit.contains("\trevoke\t801\t" + qs(m_manager) + "\t\tdevice\t805"),
                 qPrintable(audit));
        QVERIFY(findDevice(list(), 805)->revokedMs > 0);
        QCOMPARE(findDevice(list(), 805)->eraseOrderedMs, 0);
        // Revoked already: nothing more to do.
        auto again = manager->revokeDevice(805, false);
        QVERIFY(!again);
        QCOMPARE(again.error().httpStatus, 404);
    }

    void aLostTabletIsToldToEraseItselfAndSaysWhenItHas()
    {
        const std::string lost = enroll(m_colleague, 807, "Pers borttappade platta");
        QVERIFY(!lost.empty());
        QVERIFY(m_server.transport(m_managerToken)->revokeDevice(807, true));
        auto device = m_server.transport(lost);
        for (int i = 0; i < 2; ++i) { // until it says it has erased, every contact says so
            auto pulled = device->pull(0, 10);
            QVERIFY(!pulled);
            QCOMPARE(pulled.error().httpStatus, 410);
            QCOMPARE(pulled.error().apiError, ApiError::Erase);
            QCOMPARE(pulled.error().errorClass, ErrorClass::Erase);
        }
        QVERIFY(findDevice(list(), 807)->eraseOrderedMs > 0);
        QCOMPARE(findDevice(list(), 807)->erasedMs, 0);

        QVERIFY(device->confirmErased());
        QVERIFY(device->confirmErased()); // an answer lost on the way: said again, kept once
        QVERIFY(findDevice(list(), 807)->erasedMs > 0);
        const QString audit = m_server.admin({"audit", "807"});
        QVERIFY2(audit.contains("\trevoke_erase\t801\t"), qPrintable(audit));
        QCOMPARE(audit.count("\terased\t807\t"), 1);
        // Erased: the token is an unknown one now, and the device id is never enrolled again.
        QCOMPARE(device->pull(0, 10).error().errorClass, ErrorClass::Unauthorized);
        const QString code = m_server.admin({"enroll-code", "--staff", qs(m_colleague)});
        auto again = m_server.transport()->enroll({code.toStdString(), 807, "igen"});
        QVERIFY(!again);
        QCOMPARE(again.error().apiError, ApiError::DeviceExists);
        // Any other token is refused on the erased path.
        QCOMPARE(m_server.transport(m_colleagueToken)->confirmErased().error().httpStatus, 401);
    }

    void aLeaverIsDeactivatedAndKeepsTheirAuthorship()
    {
        // Per writes a note, and has an unused code lying around.
        DeltaWriter writer(802, m_colleague);
        TestServer::Enrolled per{m_unit, m_colleague, 802, m_colleagueToken};
        const auto notes = pushNotes(m_server, per, writer, 1);
        QCOMPARE(notes.size(), std::size_t{1});
        const QString unused = m_server.admin({"enroll-code", "--staff", qs(m_colleague)});

        auto manager = m_server.transport(m_managerToken);
        auto done = manager->setStaffActive(m_colleague, false);
        QVERIFY2(done, done ? "" : done.error().detail.c_str());
        QCOMPARE(done->devicesRevoked, std::uint64_t{1}); // 802; 805 and 807 were already
        // The code just made, and the one the erased tablet's id could not use.
        QCOMPARE(done->codesExpired, std::uint64_t{2});
        QVERIFY(findStaff(list(), m_colleague)->deactivatedMs > 0);
        QVERIFY(findDevice(list(), 802)->revokedMs > 0);
        QCOMPARE(m_server.transport(m_colleagueToken)->pull(0, 10).error().errorClass,
                 ErrorClass::Unauthorized);

        // No way back in: the old code has expired, and no new one is issued.
        auto old = m_server.transport()->enroll({unused.toStdString(), 808, "ny"});
        QCOMPARE(old.error().apiError, ApiError::CodeExpired);
        auto refused = manager->issueCode({m_unit, false, m_colleague});
        QCOMPARE(refused.error().httpStatus, 409);
        QCOMPARE(refused.error().apiError, ApiError::StaffInactive);
        int exit = 0;
        m_server.admin({"enroll-code", "--staff", qs(m_colleague)}, &exit);
        QCOMPARE(exit, 1);

        // What Per wrote still names Per.
        auto pulled = manager->pull(0, 1000);
        QVERIFY(pulled);
        const auto note =
            std::find_if(pulled->deltas.begin(), pulled->deltas.end(),
                         [&](const sync::Delta &d) { return d.entityId == notes[0]; });
        QVERIFY(note != pulled->deltas.end());
        QCOMPARE(note->author, m_colleague);
        const QString audit = m_server.admin({"audit", qs(m_colleague)});
        QVERIFY2(audit.contains("\tdeactivate_staff\t801\t" + qs(m_manager)), qPrintable(audit));

        // Reactivated, Per can be enrolled again with a new code.
        QVERIFY(manager->setStaffActive(m_colleague, true));
        QCOMPARE(findStaff(list(), m_colleague)->deactivatedMs, 0);
        auto code = manager->issueCode({m_unit, false, m_colleague});
        QVERIFY(code);
        QVERIFY(m_server.transport()->enroll({code->code, 809, "Pers platta igen"}));
    }

    void theOperatorDoesTheSameFromTheCommandLine()
    {
        const std::string leaver = staffIn(m_unit, "Lisa Slutar");
        QVERIFY(!enroll(leaver, 810, "Lisas").empty());
        const QString out = m_server.admin({"deactivate-staff", "--staff", qs(leaver)});
        QVERIFY2(out.contains("1 devices revoked"), qPrintable(out));
        QVERIFY(m_server.admin({"list-staff"})
                    .contains(qs(leaver) + "\tLisa Slutar\tstaff\t" + qs(m_unit) + "\t2"));
        int exit = 0;
        m_server.admin({"enroll-code", "--staff", qs(leaver)}, &exit);
        QCOMPARE(exit, 1);
        QVERIFY(
            m_server.admin({"reactivate-staff", "--staff", qs(leaver)}).contains("reactivated"));
        QVERIFY(!enroll(leaver, 811, "Lisas nya").empty());
        QVERIFY(m_server.admin({"revoke-device", "811", "--erase"}).contains("to be erased"));
        QCOMPARE(m_server.transport()->pull(0, 1).error().httpStatus, 401);
        const QString audit = m_server.admin({"audit", qs(leaver)});
        QVERIFY2(audit.contains("\tdeactivate_staff\t0\t") &&
                     audit.contains("\treactivate_staff\t0\t"),
                 qPrintable(audit));
        QVERIFY(m_server.admin({"audit", "811"}).contains("\trevoke_erase\t0\t"));
    }
};

QTEST_GUILESS_MAIN(TstManage)
#include "tst_manage.moc"
