#include "csv.h"
#include "exportscan.h"
#include "followupexport.h"
#include "followupfixture.h"
#include "indicatorcsv.h"
#include "indicatorpdf.h"
#include "indicatorreader.h"
#include "indicatortext.h"
#include "pdfpages.h"

#include <QtTest>

using namespace lykta;
using namespace lykta::followup;

namespace {

Indicators fixtureIndicators(test::FollowUpFixture &fx)
{
    auto input = IndicatorReader(fx.store()).read(fx.unitId());
    return *computeIndicators(*input, fx.unitId(), test::FollowUpFixture::period());
}

// The CSV's value and suppressed columns for one cell.
std::pair<QString, QString> csvCell(const CsvTable &t, const char *indicator, const char *category)
{
    for (const auto &row : t.rows) {
        if (row[2] == QLatin1String(indicator) && row[3] == QLatin1String(category))
            return {row[5], row[6]};
    }
    return {QStringLiteral("missing"), {}};
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void csvHoldsNoIdentifierAndParses()
    {
        test::FollowUpFixture fx;
        QVERIFY(fx.identifiers().size() > 100);
        const Indicators ind = fixtureIndicators(fx);
        auto csv = FollowUpExport(fx.store()).csv(fx.actor(), ind);
        QVERIFY(csv.ok());

        QCOMPARE(test::identifiersIn(*csv, fx.identifiers()), QStringList());

        const CsvTable t = parseCsv(*csv);
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.rows.front(), (QStringList{"from", "to", "indicator", "category", "label",
                                              "value", "suppressed"}));
        QVERIFY(t.rows.size() > 50);
        for (std::size_t i = 1; i < t.rows.size(); ++i) {
            const auto &row = t.rows[i];
            QCOMPARE(row[0], QStringLiteral("2026-01-01"));
            bool number = row[5].isEmpty();
            if (!number)
                row[5].toDouble(&number);
            QVERIFY2(number, qPrintable(row.join(',')));
        }
        // Shown: event counts and values resting on five or more persons.
        QCOMPARE(csvCell(t, "conversations", "total"), std::pair(QString("10"), QString("0")));
        QCOMPARE(csvCell(t, "children_reached", "total"), std::pair(QString("9"), QString("0")));
        QCOMPARE(csvCell(t, "attendance_rate", "percent"),
                 std::pair(QString("60.0"), QString("0")));
        QCOMPARE(csvCell(t, "days_to_first_conversation", "median"),
                 std::pair(QString("9.0"), QString("0")));
        QCOMPARE(csvCell(t, "children_by_age_band", "0-6"), std::pair(QString("0"), QString("0")));
        // 13-18 is 4: suppressed; 7-12 (5) then too, or it would be 9 - 5 = 4 again.
        QCOMPARE(csvCell(t, "children_by_age_band", "13-18"), std::pair(QString(), QString("1")));
        QCOMPARE(csvCell(t, "children_by_age_band", "7-12"), std::pair(QString(), QString("1")));
        // Mood rests on 4 members, SDQ on 2 pairs: suppressed.
        QCOMPARE(csvCell(t, "mood", "mean_change"), std::pair(QString(), QString("1")));
        QCOMPARE(csvCell(t, "score_change", "SDQ"), std::pair(QString(), QString("1")));

        const auto log = fx.store().auditLog(FollowUpExport::auditSubject(ind));
        QCOMPARE(log->size(), std::size_t{1});
        QCOMPARE(log->front().action, std::string("export"));
        QCOMPARE(log->front().entity, std::string("followup_report_csv"));
        QCOMPARE(log->front().actor, fx.staffId());
    }

    void pdfHoldsNoIdentifierAndRenders()
    {
        test::FollowUpFixture fx;
        const Indicators ind = fixtureIndicators(fx);
        auto pdf = IndicatorPdf::exportPdf(fx.store(), fx.actor(), ind,
                                           {QStringLiteral("Testenheten"), {}});
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF-"));
        if (const QString keep = qEnvironmentVariable("LYKTA_FOLLOWUP_PDF"); !keep.isEmpty()) {
            QFile out(keep); // to look at the report by eye
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(*pdf) == pdf->size());
        }

        const QByteArray text = test::pdfText(*pdf);
        // The text layer is readable (so the scan below means something) and Swedish.
        QVERIFY2(text.contains("Barn som nåtts"), text.constData());
        QVERIFY(text.contains("Samtal efter KVÅ-kod"));
        QVERIFY(text.contains("DU055"));
        QCOMPARE(test::identifiersIn(text, fx.identifiers()), QStringList());
        QCOMPARE(test::identifiersIn(*pdf, fx.identifiers()), QStringList());

        const QImage page = test::pdfFirstPage(*pdf);
        QVERIFY(!page.isNull());
        QVERIFY2(test::greyVariance(page) > 100,
                 qPrintable(QString::number(test::greyVariance(page))));

        const auto log = fx.store().auditLog(FollowUpExport::auditSubject(ind));
        QCOMPARE(log->size(), std::size_t{1});
        QCOMPARE(log->front().entity, std::string("followup_report_pdf"));
    }

    // The checks above can fail: the scan finds identifiers where they are, and a blank
    // page has no variance.
    void theChecksCanFail()
    {
        test::FollowUpFixture fx;
        QCOMPARE(test::identifiersIn("x Astrid y", fx.identifiers()), QStringList{"Astrid"});
        PdfPages blank(QStringLiteral("tom"));
        const QImage page = test::pdfFirstPage(blank.finish());
        QVERIFY(!page.isNull());
        QCOMPARE(test::greyVariance(page), 0.0);
        QVERIFY(!parseCsv("a,b\r\n1\r\n").error.isEmpty());
        QVERIFY(!parseCsv("a,b\r\n\"1,2\r\n").error.isEmpty());
        QVERIFY(!parseCsv("a,b\n1,2\n").error.isEmpty());
        QCOMPARE(parseCsv("a,b\r\n\"x,\"\"y\"\"\r\nz\",2\r\n").rows[1],
                 (QStringList{"x,\"y\"\r\nz", "2"}));
    }

    // Every cell's indicator has a name a spreadsheet can read back to the same indicator, and
    // the CSV carries exactly those names.
    void indicatorNamesAreStableKeys()
    {
        Indicators in;
        for (const auto &k : conversationKinds())
            in.conversationsByKind[k] = 0;
        in.scoreChanges[QStringLiteral("instrument")] = {};
        const auto cells = tabulate(in);
        QSet<QString> names;
        for (const auto &c : cells) {
            const QString name = keyName(c.indicator);
            QVERIFY2(!name.isEmpty(), qPrintable(name));
            QCOMPARE(indicatorKeyNamed(name), std::optional<IndicatorKey>(c.indicator));
            QVERIFY2(IndicatorText::indicator(c.indicator) != name, qPrintable(name)); // labelled
            names.insert(name);
        }
        QCOMPARE(names.size(), 21); // every indicator appears in the table
        QCOMPARE(indicatorKeyNamed(u"children_reachd"), std::nullopt);
        const QByteArray csv = indicatorCsv(cells, Period{QDate(2026, 1, 1), QDate(2026, 4, 30)});
        for (const QString &name : names)
            QVERIFY2(csv.contains(',' + name.toUtf8() + ','), qPrintable(name));
    }

    void suppressionRules()
    {
        Indicators in;
        in.childrenReached = 12;
        in.childrenByAgeBand = {{"0-6", 0}, {"7-12", 9}, {"13-18", 3}, {"unknown", 0}};
        in.childrenByGender = {{"girl", 6}, {"boy", 6}, {"other", 0}, {"unknown", 0}};
        for (const auto &k : conversationKinds())
            in.conversationsByKind[k] = k == QLatin1String("parent") ? 2 : 0;
        in.conversations = 2;
        in.familiesWithFirstConversation = 4;
        in.medianDaysToFirstConversation = 11;
        const auto cells = tabulate(in);
        const auto cell = [&](const char *i, const char *c) {
            for (const auto &x : cells) {
                if (keyName(x.indicator) == QLatin1String(i) && x.category == QLatin1String(c))
                    return x;
            }
            return IndicatorCell{};
        };
        QVERIFY(cell("children_by_age_band", "13-18").suppressed);
        QVERIFY(cell("children_by_age_band", "7-12").suppressed); // secondary
        QVERIFY(!cell("children_by_age_band", "0-6").suppressed);
        QVERIFY(!cell("children_by_gender", "girl").suppressed);
        QVERIFY(!cell("conversations_by_kind", "parent").suppressed); // events: never
        QVERIFY(cell("days_to_first_conversation", "median").suppressed);
        QVERIFY(cell("days_to_first_conversation", "families").suppressed);
        QCOMPARE(formatValue(cell("children_by_age_band", "13-18")), QString());

        // On paper the hidden 9 reads "dolt", never "<5" (it is not fewer than 5): the word
        // appears in the explanation at the top and once for that cell.
        in.unitId = "unit";
        in.period = test::FollowUpFixture::period();
        const QByteArray paper = test::pdfText(
            IndicatorPdf::render(cells, in.period, {QStringLiteral("Testenheten"), {}}, 5));
        QVERIFY2(paper.contains("visas som \"dolt\""), paper.constData());
        QCOMPARE(paper.count("dolt"), qsizetype{2});

        const auto open = tabulate(in, {0});
        for (const auto &c : open)
            QVERIFY(!c.suppressed);

        test::FollowUpFixture fx;
        in.unitId = fx.unitId();
        QCOMPARE(FollowUpExport(fx.store()).csv(fx.actor(), in, {0}).error().field,
                 std::string("threshold"));
        QCOMPARE(fx.store().auditLog(FollowUpExport::auditSubject(in))->size(), std::size_t{0});
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
