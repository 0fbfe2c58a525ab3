// The manager's part of the Follow-up screen on a real store: only a manager gets it; the
// log extract of one person is saved with its audit entry; a spot check lands in the log.

#include "auditreviewcontroller.h"
#include "csv.h"
#include "familyservice.h"
#include "followupfixture.h"
#include "noteservice.h"
#include "spotcheck.h"
#include "storereplica.h"
#include "tablet.h"
#include "testserver.h"
#include "unitservice.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::app;

namespace {

// The first subject of a kind ("child:" or "family:") in the picker.
QString firstSubject(const AuditReviewController &c, const QString &prefix)
{
    for (const auto &s : c.subjects()) {
        const QString key = s.toMap().value("key").toString();
        if (key.startsWith(prefix))
            return key;
    }
    return {};
}

} // namespace

class TestAuditReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void staffWhoAreNotManagersGetNothing()
    {
        followup::test::FollowUpFixture fx; // acts as a staff member, not a manager
        Workspace workspace(fx.store(), fx.actor(), false);
        AuditReviewController c;
        QTemporaryDir folder;
        c.setExportFolder(folder.path());
        c.setWorkspace(&workspace);
        QVERIFY(!c.isManager());
        QVERIFY(c.subjects().isEmpty()); // no names read for someone who cannot use them
        QVERIFY(!c.exportCsv());
        QVERIFY(!c.errorText().isEmpty());
        QVERIFY(!c.recordSpotCheck());
        QCOMPARE(followup::SpotCheck(fx.store()).all()->size(), std::size_t{0});
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 0);
    }

    void aManagerTakesAnExtractAndRecordsASpotCheck()
    {
        followup::test::FollowUpFixture fx;
        const auto manager = domain::UnitService(fx.store())
                                 .createStaff(fx.actor(), {{},
                                                           fx.unitId(),
                                                           QStringLiteral("Chefen Exempel"),
                                                           QStringLiteral("Enhetschef"),
                                                           domain::Staff::Role::Manager});
        QVERIFY(manager);
        Workspace workspace(fx.store(), {*manager, fx.unitId()}, false);
        AuditReviewController c;
        QTemporaryDir folder;
        c.setExportFolder(folder.path());
        c.setWorkspace(&workspace);
        QVERIFY(c.isManager());
        QVERIFY(c.spotCheckText().contains("Inga stickprov"));
        // Seven families (F1-F6, F8), each followed by its children (eight in all).
        QCOMPARE(c.subjects().size(), 15);
        QVERIFY(c.subjects().front().toMap().value("label").toString().startsWith("Familj: "));

        const QString child = firstSubject(c, "child:");
        QVERIFY(!child.isEmpty());
        c.setSubjectKey(child);
        const std::string childId = child.mid(6).toStdString();
        QCOMPARE(fx.auditCount(childId, "export"), std::size_t{0});

        QVERIFY2(c.exportCsv(), qPrintable(c.errorText()));
        QCOMPARE(fx.auditCount(childId, "export"), std::size_t{1});
        QVERIFY(c.lastPath().startsWith(folder.path()));
        QVERIFY(QFileInfo(c.lastPath()).fileName().startsWith("loggutdrag_barn_"));
        QFile file(c.lastPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto table = followup::parseCsv(file.readAll());
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QCOMPARE(table.rows.front().front(), QStringLiteral("time"));
        QVERIFY(table.rows.size() > 1); // the child's own creation at least

        QVERIFY2(c.exportPdf(), qPrintable(c.errorText()));
        QVERIFY(c.lastPath().endsWith(".pdf"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 2);

        QVERIFY2(c.recordSpotCheck(), qPrintable(c.errorText()));
        const auto checks = followup::SpotCheck(fx.store()).all();
        QCOMPARE(checks->size(), std::size_t{1});
        QCOMPARE(checks->front().subject, "child:" + childId);
        QCOMPARE(checks->front().actor, *manager);
        QVERIFY(c.spotCheckText().contains("Stickprov i loggen: 1."));

        // A family works the same way.
        c.setSubjectKey(firstSubject(c, "family:"));
        QVERIFY(c.recordSpotCheck());
        QCOMPARE(followup::SpotCheck(fx.store()).all()->size(), std::size_t{2});

        // An unknown subject is refused in words and recorded nowhere.
        c.setSubjectKey(QStringLiteral("child:no-such-child"));
        QVERIFY(!c.recordSpotCheck());
        QVERIFY(!c.errorText().isEmpty());
        QCOMPARE(followup::SpotCheck(fx.store()).all()->size(), std::size_t{2});
    }

    // Against a real lykta-server: a colleague reads a child on her tablet and syncs; the
    // manager's extract for the child, on the manager's own enrolled tablet, shows that read
    // as the server's (her device, her name), and the manager's own read once, as this
    // tablet's. When the server refuses, the extract is the tablet's own and says why.
    void colleaguesReadsComeFromTheServer()
    {
        test::TestServer server;
        QVERIFY(server.start());
        const QString unit = server.admin({"create-unit", "--name", "Enhet A"});
        const std::string colleague =
            server.admin({"create-staff", "--name", "Kollega", "--unit", unit}).toStdString();
        const std::string manager =
            server.admin({"create-staff", "--name", "Chefen", "--unit", unit, "--role", "manager"})
                .toStdString();
        test::Tablet b = tablet(server, "b", colleague, unit.toStdString());
        store::StoreOptions managerOptions;
        managerOptions.database.path = (server.dir() + "/m.db").toStdString();
        test::Tablet m = tablet(server, "m", manager, unit.toStdString());
        QVERIFY(!b.token.empty() && !m.token.empty());
        syncctl::Enrollment enrollment{server.baseUrl(), m.token, {},
                                       "staff",          manager, unit.toStdString()};
        const auto key = syncctl::enrollmentKey(managerOptions); // the token is sealed
        QVERIFY(key);
        QVERIFY(enrollment.save(syncctl::Enrollment::pathFor(managerOptions.database.path), *key));

        QVERIFY(b.store->write(b.actor, store::Change{store::ChangeKind::Create,
                                                      "unit",
                                                      b.actor.unitId,
                                                      {{"name", std::string("Enhet A")}}}));
        auto family = b.store->write(
            b.actor,
            store::Change{
                store::ChangeKind::Create, "family", {}, {{"name", std::string("Familjen Ek")}}});
        QVERIFY(family);
        auto child = b.store->write(b.actor, store::Change{store::ChangeKind::Create,
                                                           "child",
                                                           {},
                                                           {{"family_id", family->ids[0]},
                                                            {"first_name", std::string("Alva")}}});
        QVERIFY(child);
        const std::string childId = child->ids[0];
        QVERIFY(domain::FamilyService(*b.store).child(b.actor, childId)); // her read
        auto note = b.store->write(b.actor, store::Change{store::ChangeKind::Create,
                                                          "note",
                                                          {},
                                                          {{"subject_entity", std::string("child")},
                                                           {"subject_id", childId},
                                                           {"body", std::string("Om skolan")}}});
        QVERIFY(note);
        const std::string noteId = note->ids[0];
        QVERIFY(domain::NoteService(*b.store).note(b.actor, noteId)); // and of the child's note
        QCOMPARE(test::syncTablet(server, b).activity, sync::client::Activity::Idle);
        QCOMPARE(test::syncTablet(server, m).activity, sync::client::Activity::Idle);
        QVERIFY(domain::FamilyService(*m.store).child(m.actor, childId)); // the manager's own
        QCOMPARE(test::syncTablet(server, m).activity, sync::client::Activity::Idle);

        Workspace workspace(*m.store, m.actor, false);
        workspace.setStoreOptions(managerOptions);
        AuditReviewController c;
        QTemporaryDir folder;
        c.setExportFolder(folder.path());
        c.setWorkspace(&workspace);
        QVERIFY(c.isManager());
        c.setSubjectKey(QStringLiteral("child:") + QString::fromStdString(childId));
        QVERIFY2(c.fetchServerExtract(), qPrintable(c.errorText() + c.serverText()));
        QTRY_VERIFY_WITH_TIMEOUT(!c.fetching(), 60000);
        QVERIFY2(c.serverText().startsWith("Med serverns logg"), qPrintable(c.serverText()));

        const QString colleagueDevice = followup::AuditExtract::deviceText(b.store->deviceId());
        const QString ownDevice = followup::AuditExtract::deviceText(m.store->deviceId());
        int colleagueReads = 0;
        int ownReads = 0;
        for (const auto &r : c.rows()) {
            const auto row = r.toMap();
            if (row.value("action") != "read" || row.value("recordId") != childId.c_str())
                continue;
            if (row.value("device") == colleagueDevice) {
                ++colleagueReads;
                QVERIFY(row.value("fromServer").toBool());
                QCOMPARE(row.value("staffName").toString(), QStringLiteral("Kollega"));
                QCOMPARE(row.value("staffId").toString(), QString::fromStdString(colleague));
            } else if (row.value("device") == ownDevice) {
                ++ownReads;
                QVERIFY(!row.value("fromServer").toBool());
            }
        }
        QCOMPARE(colleagueReads, 1);
        QCOMPARE(ownReads, 1); // sent up and back, shown once
        // Her read of a record about the child, not the child's own, is the server's too.
        const QVariantList rows = c.rows();
        QVERIFY(std::any_of(rows.begin(), rows.end(), [&](const QVariant &r) {
            const auto row = r.toMap();
            return row.value("action") == "read" && row.value("recordId") == noteId.c_str() &&
                   row.value("recordType") == "note" && row.value("device") == colleagueDevice &&
                   row.value("fromServer").toBool();
        }));

        // The saved extract holds the colleague's read, marked as the server's.
        QVERIFY2(c.exportCsv(), qPrintable(c.errorText()));
        QFile file(c.lastPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto table = followup::parseCsv(file.readAll());
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QCOMPARE(table.rows.front().at(9), QStringLiteral("source"));
        QCOMPARE(std::count_if(table.rows.begin(), table.rows.end(),
                               [&](const auto &row) {
                                   return row.at(4) == "read" && row.at(6) == childId.c_str() &&
                                          row.at(7) == colleagueDevice && row.at(9) == "server";
                               }),
                 1);
        QCOMPARE(std::count_if(table.rows.begin(), table.rows.end(),
                               [&](const auto &row) {
                                   return row.at(4) == "read" && row.at(6) == noteId.c_str() &&
                                          row.at(7) == colleagueDevice && row.at(9) == "server";
                               }),
                 1);

        // So does the PDF: her name, and her device marked as the server's entry.
        QVERIFY2(c.exportPdf(), qPrintable(c.errorText()));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {c.lastPath(), QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString pdf = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(pdf.contains(QStringLiteral("Kollega")), qPrintable(pdf));
        QVERIFY2(pdf.simplified().contains(colleagueDevice + QStringLiteral(" (s)")),
                 qPrintable(pdf));
        QVERIFY2(pdf.contains(QStringLiteral("kommer från serverns logg")), qPrintable(pdf));

        // The server stops counting her as a manager: the tablet's own extract, and why.
        server.admin({"set-role", "--staff", QString::fromStdString(manager), "--role", "staff"});
        QVERIFY(c.fetchServerExtract());
        QTRY_VERIFY_WITH_TIMEOUT(!c.fetching(), 60000);
        QVERIFY2(c.serverText().contains("kunde inte hämtas") && c.serverText().contains("chefen"),
                 qPrintable(c.serverText()));
        const QVariantList own = c.rows();
        QVERIFY(std::none_of(own.begin(), own.end(), [](const QVariant &r) {
            return r.toMap().value("fromServer").toBool();
        }));
        QVERIFY(!own.isEmpty());

        // Offline: the tablet's own extract, and that the server could not be reached.
        server.stop();
        QVERIFY(c.fetchServerExtract());
        QTRY_VERIFY_WITH_TIMEOUT(!c.fetching(), 120000);
        QVERIFY2(c.serverText().contains("gick inte att nå"), qPrintable(c.serverText()));
        QCOMPARE(c.rows().size(), own.size());
    }

private:
    test::Tablet tablet(const test::TestServer &server, const QString &name,
                        const std::string &staff, const std::string &unit)
    {
        test::Tablet t;
        store::StoreOptions options;
        options.database.path = (server.dir() + "/" + name + ".db").toStdString();
        auto s = store::Store::open(std::move(options));
        if (s)
            t.store = std::move(*s);
        if (t.store)
            test::enroll(server, t, staff, unit, name);
        return t;
    }
};

QTEST_MAIN(TestAuditReview)
#include "tst_auditreview.moc"
