// The Follow-up screen's controller on a real store: the period presets, the figures and
// charts it shows for the follow-up fixture (every number worked out by hand below), a wrong
// period refused in place, and exports that write their audit entry and hold no identifier.

#include "csv.h"
#include "exportscan.h"
#include "followupcontroller.h"
#include "followupexport.h"
#include "followupfixture.h"
#include "followupperiod.h"

#include <QSignalSpy>
#include <QtTest>

using namespace lykta;
using namespace lykta::app;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A second connection for the controller's background reads, as main.cpp gives the app's.
void giveOptions(Workspace &workspace, const followup::test::FollowUpFixture &fx)
{
    store::StoreOptions options;
    options.database.path = fx.path();
    workspace.setStoreOptions(options);
}

// Sets the fixture's half year and waits until the figures are computed.
bool computeFixturePeriod(FollowupController &c)
{
    QSignalSpy computed(&c, &FollowupController::computed);
    c.setFromText(QStringLiteral("2026-01-01"));
    c.setToText(QStringLiteral("2026-06-30"));
    while (c.busy() || computed.isEmpty()) {
        if (!computed.wait(10000))
            return false;
    }
    return c.hasResult() && !c.busy();
}

QString figure(const FollowupController &c, const char *key)
{
    const auto *f = const_cast<FollowupController &>(c).keyFigures()->find(QLatin1String(key));
    return f ? f->text : QStringLiteral("missing");
}

// The chart's bars as "label=text" in the order shown.
QStringList bars(FollowupController &c, const char *key)
{
    QStringList out;
    if (const auto *chart = c.charts()->find(QLatin1String(key))) {
        for (const auto &bar : chart->bars)
            out << bar.label + '=' + bar.text;
    }
    return out;
}

double fraction(FollowupController &c, const char *key, const QString &label)
{
    if (const auto *chart = c.charts()->find(QLatin1String(key))) {
        for (const auto &bar : chart->bars) {
            if (bar.label == label)
                return bar.fraction;
        }
    }
    return -1;
}

} // namespace

class TestFollowupController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    }

    void presetsFollowTertialsAndTheCalendar()
    {
        using P = FollowupPeriod::Preset;
        const QDate june = d("2026-06-10");
        // Tertials: January–April, May–August, September–December.
        QCOMPARE(FollowupPeriod::of(P::ThisTertial, june)->from, d("2026-05-01"));
        QCOMPARE(FollowupPeriod::of(P::ThisTertial, june)->to, june);
        QCOMPARE(FollowupPeriod::of(P::PreviousTertial, june)->from, d("2026-01-01"));
        QCOMPARE(FollowupPeriod::of(P::PreviousTertial, june)->to, d("2026-04-30"));
        // In the first tertial the previous one is last autumn's.
        QCOMPARE(FollowupPeriod::of(P::PreviousTertial, d("2026-02-15"))->from, d("2025-09-01"));
        QCOMPARE(FollowupPeriod::of(P::PreviousTertial, d("2026-02-15"))->to, d("2025-12-31"));
        QCOMPARE(FollowupPeriod::of(P::ThisTertial, d("2026-12-31"))->from, d("2026-09-01"));
        QCOMPARE(FollowupPeriod::of(P::LastThreeMonths, june)->from, d("2026-03-11"));
        QCOMPARE(FollowupPeriod::of(P::ThisYear, june)->from, d("2026-01-01"));
        QCOMPARE(FollowupPeriod::of(P::PreviousYear, june)->from, d("2025-01-01"));
        QCOMPARE(FollowupPeriod::of(P::PreviousYear, june)->to, d("2025-12-31"));
        QVERIFY(!FollowupPeriod::of(P::Custom, june));
        QCOMPARE(FollowupPeriod::fromKey(QStringLiteral("previous_tertial")), P::PreviousTertial);
        QVERIFY(!FollowupPeriod::fromKey(QStringLiteral("last_week")));

        // Choosing a preset fills the dates the person sees.
        FollowupController c;
        c.setToday(june);
        c.setPreset(QStringLiteral("previous_tertial"));
        QCOMPARE(c.fromText(), QStringLiteral("2026-01-01"));
        QCOMPARE(c.toText(), QStringLiteral("2026-04-30"));
        // Typing a date makes the period one's own.
        c.setFromText(QStringLiteral("2026-02-01"));
        QCOMPARE(c.preset(), QStringLiteral("custom"));
    }

    void figuresAndChartsMatchTheHandComputation()
    {
        followup::test::FollowUpFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        giveOptions(workspace, fx);
        FollowupController c;
        c.setWorkspace(&workspace);
        QCOMPARE(c.unitId(), QString::fromStdString(fx.unitId()));
        QCOMPARE(c.units().size(), 1);
        QCOMPARE(c.units().front().toMap().value("label").toString(), QString("Testenheten"));
        QVERIFY(computeFixturePeriod(c));
        QVERIFY2(c.errorText().isEmpty(), qPrintable(c.errorText()));
        QCOMPARE(c.periodText(), QStringLiteral("1 jan. 2026 – 30 juni 2026"));

        // The unsuppressed numbers behind the screen, worked out from followupfixture.cpp for
        // 2026-01-01..2026-06-30 (tst_indicators.cpp shows the working):
        const auto &i = *c.indicators();
        // C1-C6 and C8 by conversations, Mira and Leo present in the anonymous group.
        QCOMPARE(i.childrenReached, 9);
        // s1, s2, s3, s4, s6, s7, s8 started in the period; s5 started in 2025.
        QCOMPARE(i.seriesStarted, 7);
        // s1 3 + s2 2 + s3, s4, s5, s6, s8 1 each.
        QCOMPARE(i.conversations, 10);
        // Days to first conversation 4, 7, 9, 12, 15.
        QCOMPARE(i.medianDaysToFirstConversation, std::optional<double>(9.0));

        // Key figures as shown. Persons from 1 to 4 and statistics on fewer than 5 persons
        // are hidden; events (conversations, sessions, groups) are always shown.
        QCOMPARE(figure(c, "children_reached"), QStringLiteral("9"));
        QCOMPARE(figure(c, "families_reached"), QStringLiteral("6")); // F1, F2, F3, F4, F5, F8
        QCOMPARE(figure(c, "series_started"), QStringLiteral("7"));
        QCOMPARE(figure(c, "conversations"), QStringLiteral("10"));
        QCOMPARE(figure(c, "days_to_first_conversation"), QStringLiteral("9,0 dagar")); // 5 fam.
        QCOMPARE(figure(c, "groups_run"), QStringLiteral("2"));                         // G1, G2
        QCOMPARE(figure(c, "sessions_held"), QStringLiteral("4")); // 2 + 2 with attendance
        // Astrid, David, Mira, Leo: 4 children, fewer than 5.
        QCOMPARE(figure(c, "children_in_groups"), QStringLiteral("färre än 5"));
        // Present 6 of 10 marks, 5 members marked.
        QCOMPARE(figure(c, "attendance_rate"), QStringLiteral("60,0 %"));
        // Mood pairs of 4 members: the mean change (1.0) rests on fewer than 5.
        QCOMPARE(figure(c, "mood"), QStringLiteral("bygger på färre än 5"));

        // Ages: 7–12 C1, C4, C6, Mira, Leo = 5; 13–18 C2, C3, C5, C8 = 4, hidden; with the
        // total 9 shown, 7–12 is hidden too, or 9 − 5 would give the 4 away.
        QCOMPARE(bars(c, "children_by_age_band"),
                 (QStringList{"0–6 år=0", "7–12 år=dolt", "13–18 år=färre än 5", "okänt=0"}));
        // Girls 4, boys 3, unknown (anonymous) 2: all hidden.
        QCOMPARE(
            bars(c, "children_by_gender"),
            (QStringList{"flicka=färre än 5", "pojke=färre än 5", "annat=0", "okänt=färre än 5"}));
        // Conversations are events: parent 3, parent and child 2, child 3, network 1, family 1.
        QCOMPARE(bars(c, "conversations_by_kind"),
                 (QStringList{"med förälder=3", "med förälder och barn=2", "med barnet=3",
                              "nätverksmöte=1", "med hela familjen=1", "annat=0", "ej angivet=0"}));
        QCOMPARE(fraction(c, "conversations_by_kind", "med förälder"), 1.0);
        QCOMPARE(fraction(c, "conversations_by_kind", "nätverksmöte"), 1.0 / 3);
        // DU055 2, DU056 2, untagged 6: the longest bar is the untagged one.
        QCOMPARE(bars(c, "conversations_by_kva_code"),
                 (QStringList{"DU055=2", "DU056=2", "utan kod=6"}));
        QCOMPARE(fraction(c, "conversations_by_kva_code", "utan kod"), 1.0);
        QCOMPARE(fraction(c, "conversations_by_kva_code", "DU055"), 1.0 / 3);
        // Completed 2, declined 1, ended (moved) 1, active 3 of the 7 started: each under 5.
        QCOMPARE(bars(c, "series_status"),
                 (QStringList{"avslutade=färre än 5", "avböjda=färre än 5", "avbrutna=färre än 5",
                              "pågående=färre än 5"}));
        // Mood rose 3, same 1, fell 1 among 4 members.
        QCOMPARE(bars(c, "mood"),
                 (QStringList{"steg=bygger på färre än 5", "oförändrat=bygger på färre än 5",
                              "sjönk=bygger på färre än 5"}));
        // SDQ 2 pairs, Livsstegen 1 pair.
        QCOMPARE(bars(c, "score_change"),
                 (QStringList{"Livsstegen=bygger på färre än 5", "SDQ=bygger på färre än 5"}));
        // A hidden number has no bar.
        QCOMPARE(fraction(c, "children_by_gender", "flicka"), 0.0);

        // Every chart carries a sentence saying what it counts.
        for (const auto &chart : c.charts()->charts())
            QVERIFY2(!chart.note.isEmpty(), qPrintable(chart.key));
        for (const auto &f : c.keyFigures()->figures())
            QVERIFY2(!f.note.isEmpty(), qPrintable(f.key));

        // Another period gives other numbers: July has s7's conversation and one session.
        QSignalSpy computed(&c, &FollowupController::computed);
        c.setFromText(QStringLiteral("2026-07-01"));
        c.setToText(QStringLiteral("2026-07-31"));
        while (c.busy() || computed.isEmpty())
            QVERIFY(computed.wait(10000));
        QCOMPARE(figure(c, "conversations"), QStringLiteral("1"));
        QCOMPARE(figure(c, "sessions_held"), QStringLiteral("1"));
        QCOMPARE(figure(c, "days_to_first_conversation"),
                 QStringLiteral("bygger på färre än 5")); // F6 alone: 75 days
    }

    void aWrongPeriodIsRefusedInPlace()
    {
        followup::test::FollowUpFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        giveOptions(workspace, fx);
        FollowupController c;
        c.setWorkspace(&workspace);
        QVERIFY(computeFixturePeriod(c));
        QVERIFY(c.keyFigures()->count() > 0);

        c.setFromText(QStringLiteral("2026-13-01"));
        QVERIFY(c.fieldErrors().value("from").toString().contains("ÅÅÅÅ-MM-DD"));
        QVERIFY(!c.fieldErrors().contains("to"));
        // The numbers of the earlier period do not stay on screen.
        QVERIFY(!c.hasResult());
        QCOMPARE(c.keyFigures()->count(), 0);
        QCOMPARE(c.charts()->count(), 0);
        QVERIFY(!c.exportCsv());
        QVERIFY(!c.exportError().isEmpty());

        c.setFromText(QString());
        QCOMPARE(c.fieldErrors().value("from").toString(), QStringLiteral("Skriv ett datum."));

        c.setFromText(QStringLiteral("2026-06-30"));
        c.setToText(QStringLiteral("2026-01-01"));
        QVERIFY(!c.fieldErrors().contains("from"));
        QVERIFY(c.fieldErrors().value("to").toString().contains("före startdatumet"));
        QVERIFY(!c.hasResult());

        // Putting it right clears the message and brings the numbers back.
        QVERIFY(computeFixturePeriod(c));
        QVERIFY(c.fieldErrors().isEmpty());
        QCOMPARE(figure(c, "children_reached"), QStringLiteral("9"));
    }

    void exportsAreAuditedAndHoldNoIdentifier()
    {
        followup::test::FollowUpFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        giveOptions(workspace, fx);
        FollowupController c;
        QTemporaryDir folder;
        c.setExportFolder(folder.filePath(QStringLiteral("rapporter")));
        c.setWorkspace(&workspace);
        QVERIFY(computeFixturePeriod(c));
        const std::string subject = followup::FollowUpExport::auditSubject(*c.indicators());
        QCOMPARE(fx.auditCount(subject, "export"), std::size_t{0});

        QVERIFY2(c.exportCsv(), qPrintable(c.exportError()));
        QCOMPARE(fx.auditCount(subject, "export"), std::size_t{1});
        QVERIFY(c.exportMessage().contains(c.lastExportPath()));
        QCOMPARE(QFileInfo(c.lastExportPath()).fileName(),
                 QStringLiteral("uppfoljning_2026-01-01_2026-06-30.csv"));
        QFile csvFile(c.lastExportPath());
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csv = csvFile.readAll();
        QCOMPARE(followup::test::identifiersIn(csv, fx.identifiers()), QStringList());
        const followup::CsvTable table = followup::parseCsv(csv);
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QCOMPARE(table.rows.front().front(), QStringLiteral("from"));
        bool found = false;
        for (const auto &row : table.rows) {
            if (row[2] == "conversations" && row[3] == "total") {
                QCOMPARE(row[5], QStringLiteral("10"));
                found = true;
            }
            if (row[2] == "children_in_groups")
                QCOMPARE(row[6], QStringLiteral("1")); // 4 children: suppressed in the file too
        }
        QVERIFY(found);

        // A second export never overwrites the first.
        QVERIFY(c.exportCsv());
        QCOMPARE(QFileInfo(c.lastExportPath()).fileName(),
                 QStringLiteral("uppfoljning_2026-01-01_2026-06-30_2.csv"));
        QCOMPARE(fx.auditCount(subject, "export"), std::size_t{2});
        QVERIFY(
            QFileInfo::exists(folder.filePath("rapporter/uppfoljning_2026-01-01_2026-06-30.csv")));

        QVERIFY2(c.exportPdf(), qPrintable(c.exportError()));
        QCOMPARE(fx.auditCount(subject, "export"), std::size_t{3});
        QFile pdfFile(c.lastExportPath());
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdf = pdfFile.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        const QByteArray text = followup::test::pdfText(pdf);
        QVERIFY(text.contains("Testenheten"));
        QCOMPARE(followup::test::identifiersIn(text, fx.identifiers()), QStringList());
    }

    void anExportThatCannotBeSavedSaysSo()
    {
        followup::test::FollowUpFixture fx;
        Workspace workspace(fx.store(), fx.actor(), false);
        giveOptions(workspace, fx);
        FollowupController c;
        QTemporaryDir folder;
        QFile blocker(folder.filePath(QStringLiteral("fil")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        c.setExportFolder(folder.filePath(QStringLiteral("fil/under")));
        c.setWorkspace(&workspace);
        QVERIFY(computeFixturePeriod(c));
        QVERIFY(!c.exportCsv());
        QVERIFY(c.exportError().contains(QStringLiteral("kunde inte skapas")));
        QVERIFY(c.exportMessage().isEmpty());
    }
};

QTEST_MAIN(TestFollowupController)
#include "tst_followupcontroller.moc"
