#include "auditextract.h"
#include "auditextractpdf.h"
#include "csv.h"
#include "exportscan.h"
#include "familyservice.h"
#include "followupfixture.h"
#include "spotcheck.h"
#include "storeinspector.h"
#include "unitservice.h"

#include <QtTest>

#include <set>

using namespace lykta;
using namespace lykta::followup;

namespace {

std::string childNamed(store::Store &store, const char *firstName)
{
    auto rows = store.list("child", {{"first_name", std::string(firstName)}});
    return rows && rows->size() == 1 ? rows->front().id : std::string();
}

} // namespace

class TestAuditExtract : public QObject
{
    Q_OBJECT

private slots:
    void childExtractShowsWhoDidWhatAndIsLogged()
    {
        test::FollowUpFixture fx;
        const std::string astrid = childNamed(fx.store(), "Astrid");
        QVERIFY(!astrid.empty());
        const std::string reader = fx.addStaff("Rut Läsare");
        domain::FamilyService families(fx.store());
        QVERIFY(families.child({reader, fx.unitId()}, astrid).ok());
        const std::string bertil = childNamed(fx.store(), "Bertil");

        AuditExtract extract(fx.store());
        auto rows = extract.rows("child", astrid);
        QVERIFY(rows.ok());
        // Astrid's own record, her series and its three conversations, her note, her SDQ
        // schedules and scores and her group membership are all in; Bertil's are not.
        std::set<std::string> entities;
        bool readBy = false;
        for (const auto &r : *rows) {
            entities.insert(r.entity);
            QVERIFY(r.recordId != bertil);
            QVERIFY(r.at.isValid());
            QCOMPARE(r.device, fx.store().deviceId());
            if (r.action == QLatin1String("read") && r.staffId == reader) {
                readBy = true;
                QCOMPARE(r.staffName, QStringLiteral("Rut Läsare"));
                QCOMPARE(r.entity, std::string("child"));
            }
        }
        QVERIFY(readBy);
        for (const char *e : {"child", "conversation_series", "conversation", "note",
                              "questionnaire_schedule", "questionnaire_score", "group_member"})
            QVERIFY2(entities.count(e) == 1, e);
        QVERIFY(std::is_sorted(rows->begin(), rows->end(),
                               [](const auto &a, const auto &b) { return a.at < b.at; }));

        auto csv = extract.csv(fx.actor(), "child", astrid);
        QVERIFY(csv.ok());
        const CsvTable t = parseCsv(*csv);
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.rows.size(), rows->size() + 1);
        QCOMPARE(t.rows[0][0], QStringLiteral("time"));
        QVERIFY(csv->contains("Rut Läsare"));
        QCOMPARE(fx.auditCount(astrid, "export"), std::size_t{1});

        auto pdf = AuditExtractPdf::exportPdf(fx.store(), fx.actor(), "child", astrid,
                                              QStringLiteral("Astrid Ankarsvärd"));
        QVERIFY(pdf.ok());
        const QByteArray text = test::pdfText(*pdf);
        QVERIFY2(text.contains("Rut Läsare"), text.constData());
        QVERIFY(text.contains("läste"));
        QVERIFY(test::greyVariance(test::pdfFirstPage(*pdf)) > 100);
        QCOMPARE(fx.auditCount(astrid, "print"), std::size_t{1});
    }

    void deviceIdsInThePdfReadAsTheyAre()
    {
        // A device id with "ff" in it came out of the PDF as the "ﬀ" ligature, so a person
        // searching the PDF for the id (or copying it) did not find it.
        std::vector<AuditExtractRow> rows(2);
        rows[0].at = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
        rows[0].staffName = QStringLiteral("Kollega");
        rows[0].action = QStringLiteral("read");
        rows[0].entity = "note";
        rows[0].device = 0x0e29d07c02caff9eULL;
        rows[0].fromServer = true;
        rows[1] = rows[0];
        rows[1].device = 0xffaffe0000000fffULL;
        rows[1].fromServer = false;
        const QString text =
            QString::fromUtf8(test::pdfText(AuditExtractPdf::render(rows, QStringLiteral("Alva"))))
                .simplified();
        QVERIFY2(text.contains(QStringLiteral("0e29d07c02caff9e (s)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ffaffe0000000fff")), qPrintable(text));
    }

    void familyExtractCoversItsChildren()
    {
        test::FollowUpFixture fx;
        auto castell = fx.store().list("family", {{"name", std::string("Familjen Castell")}});
        QCOMPARE(castell->size(), std::size_t{1});
        auto rows = AuditExtract(fx.store()).rows("family", castell->front().id);
        QVERIFY(rows.ok());
        std::set<std::string> ids;
        for (const auto &r : *rows)
            ids.insert(r.recordId);
        QVERIFY(ids.count(childNamed(fx.store(), "Cecilia")));
        QVERIFY(ids.count(childNamed(fx.store(), "David")));
        QVERIFY(!ids.count(childNamed(fx.store(), "Astrid")));
    }

    void badSubjectsAreRefused()
    {
        test::FollowUpFixture fx;
        AuditExtract extract(fx.store());
        QCOMPARE(extract.rows("note", "x").error().field, std::string("entity"));
        QCOMPARE(extract.rows("child", "").error().code, domain::DomainErrc::Empty);
        QCOMPARE(extract.rows("child", "no-such-id").error().code, domain::DomainErrc::NotFound);
        QCOMPARE(extract.csv(fx.actor(), "child", "no-such-id").error().field,
                 std::string("subject"));
    }

    void onlyManagersRecordSpotChecks()
    {
        test::FollowUpFixture fx;
        const std::string astrid = childNamed(fx.store(), "Astrid");
        SpotCheck checks(fx.store());
        QCOMPARE(checks.recordSubject(fx.actor(), "child", astrid).error().field,
                 std::string("role"));
        QCOMPARE(checks.recordSubject({"nobody", fx.unitId()}, "child", astrid).error().field,
                 std::string("actor"));

        auto manager = domain::UnitService(fx.store())
                           .createStaff(fx.actor(), {{},
                                                     fx.unitId(),
                                                     QStringLiteral("Mona Chef"),
                                                     QStringLiteral("Enhetschef"),
                                                     domain::Staff::Role::Manager});
        const store::Actor boss{*manager, fx.unitId()};
        QVERIFY(checks.recordSubject(boss, "child", astrid).ok());
        QVERIFY(checks.recordPeriod(boss, test::FollowUpFixture::period()).ok());
        QCOMPARE(checks.recordPeriod(boss, {QDate(2026, 2, 1), QDate(2026, 1, 1)}).error().code,
                 domain::DomainErrc::InvalidDate);
        QCOMPARE(checks.recordSubject(boss, "child", "no-such-id").error().field,
                 std::string("subject"));

        auto all = checks.all();
        QCOMPARE(all->size(), std::size_t{2});
        QCOMPARE(all->at(0).actor, *manager);
        QCOMPARE(all->at(0).subject, "child:" + astrid);
        QCOMPARE(all->at(1).subject, std::string("period:2026-01-01/2026-06-30"));
        // Append-only: the log refuses to forget a spot check, even through SQL.
        auto deleted = store::StoreInspector::database(fx.store())
                           .exec("DELETE FROM audit_log WHERE action = 'review'");
        QVERIFY(!deleted.ok());
        QCOMPARE(checks.all()->size(), std::size_t{2});
    }
};

QTEST_MAIN(TestAuditExtract)
#include "tst_auditextract.moc"
