// The report's PDF is drawn by lykta-report-pdf, a process of its own, so lykta-server never
// starts Qt Gui: a PDF through the real helper is made and logged, and every way the helper
// can fail (it is missing, it fails, it writes no PDF, it hangs, it is given no job) is a
// clear error with nothing logged as exported. A helper started ahead (as the server keeps one)
// is ready for the next job, replaced when it dies while waiting, and ended with its renderer.
// makeReport in this process on a real database.
#include "pdfhelper.h"
#include "pdfjob.h"
#include "serverreport.h"
#include "storagefactory.h"
#include "testdatabase.h"

#include "sync/core/hlc.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

using namespace lykta;
using namespace lykta::server;
using namespace lykta::test;

class TstReportPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerStorage> m_storage;
    const ReportRequest m_request{"unit-1", "2026-01-01", "2026-06-30", "pdf"};

    int exports()
    {
        auto entries = m_storage->auditFor({"unit-1/2026-01-01/2026-06-30"});
        int n = 0;
        for (const auto &e : entries ? *entries : std::vector<AuditEntry>{})
            n += e.action == "export" && e.entity == "followup_report_pdf";
        return n;
    }

    // A helper that never reads its job and never answers.
    QString hangingHelper()
    {
        const QString path = m_dir.filePath("hangs.sh");
        QFile script(path);
        if (!script.exists() && script.open(QIODevice::WriteOnly)) {
            script.write("#!/bin/sh\nexec sleep 30\n");
            script.close();
            script.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
        }
        return path;
    }

    // A job for Enhet Ett's first half of 2026, with no cells yet.
    static PdfJob emptyJob()
    {
        PdfJob job;
        job.period = {QDate(2026, 1, 1), QDate(2026, 6, 30)};
        job.unitName = QStringLiteral("Enhet Ett");
        job.generated = QDateTime::currentDateTime();
        job.threshold = 5;
        return job;
    }

    // This process's children that run lykta-report-pdf and have not ended.
    static QList<qint64> waitingHelpers()
    {
        QList<qint64> pids;
        const QDir proc(QStringLiteral("/proc"));
        for (const QString &entry : proc.entryList(QDir::Dirs)) {
            bool number = false;
            const qint64 pid = entry.toLongLong(&number);
            QFile stat(proc.filePath(entry + "/stat"));
            if (!number || !stat.open(QIODevice::ReadOnly))
                continue;
            // pid (comm) state ppid ...; comm is cut to 15 characters.
            const QByteArray line = stat.readAll();
            const qsizetype close = line.lastIndexOf(')');
            const QList<QByteArray> rest = line.mid(close + 2).split(' ');
            if (line.contains("(lykta-report-pd)") && rest.size() > 1 && rest[0] != "Z" &&
                rest[1].toLongLong() == QCoreApplication::applicationPid())
                pids << pid;
        }
        return pids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<TestDatabase>(m_dir.path());
        auto opened = openStorage(m_db->spec().toStdString());
        QVERIFY2(opened, opened ? "" : opened.error().detail.c_str());
        m_storage = std::move(*opened);
        QVERIFY(m_storage->createUnit({"unit-1", "Enhet Ett"}));
    }

    void thePdfIsDrawnByTheHelperAndLogged()
    {
        const int before = exports();
        auto made = makeReport(*m_storage, m_request, {"staff", 7, "s"},
                               sync::HlcClock::systemMilliseconds(), std::nullopt,
                               pdfHelper(LYKTA_REPORT_PDF_BIN));
        QVERIFY2(made, made ? "" : made.error().message().c_str());
        QVERIFY(made->bytes.rfind("%PDF-", 0) == 0);
        QVERIFY(made->bytes.size() > 1000);
        QCOMPARE(made->contentType, std::string("application/pdf"));
        QCOMPARE(exports(), before + 1);
    }

    void aHelperThatFailsIsAClearErrorAndNothingIsLogged_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("said");
        QTest::newRow("missing") << "/nonexistent/lykta-report-pdf"
                                 << "cannot start /nonexistent/lykta-report-pdf: No such file";
        QTest::newRow("fails") << "/bin/false"
                               << "/bin/false ended with code 1";
        // cat hands the job back: bytes, but not a PDF.
        QTest::newRow("no PDF") << "/bin/cat"
                                << "/bin/cat wrote no PDF";
        QTest::newRow("hangs") << "hangs"
                               << "took longer than 300 ms";
    }

    void aHelperThatFailsIsAClearErrorAndNothingIsLogged()
    {
        QFETCH(QString, program);
        QFETCH(QString, said);
        if (program == "hangs")
            program = hangingHelper();
        const int before = exports();
        auto made = makeReport(*m_storage, m_request, {"staff", 7, "s"},
                               sync::HlcClock::systemMilliseconds(), std::nullopt,
                               pdfHelper(program.toStdString(), 300));
        QVERIFY(!made);
        QCOMPARE(made.error().code, ReportError::Code::Render);
        const QString message = QString::fromStdString(made.error().message());
        QVERIFY2(message.startsWith("the PDF could not be drawn: ") && message.contains(said),
                 qPrintable(message));
        const ApiFailure answer = toApiFailure(made.error());
        QCOMPARE(answer.status, 500);
        QCOMPARE(answer.error, sync::protocol::ApiError::Internal);
        QCOMPARE(answer.detail, std::string("report"));
        QCOMPARE(exports(), before); // nothing left the server, nothing is logged
    }

    // A unit with very many KVÅ codes: a job far larger than a pipe holds goes in while the
    // PDF comes out, whole; a helper that never reads it still meets the deadline.
    void aLargeJobNeitherBlocksNorIsCut()
    {
        PdfJob job = emptyJob();
        for (int i = 0; i < 1500; ++i) {
            followup::IndicatorCell cell;
            cell.indicator = followup::IndicatorKey::ConversationsByKvaCode;
            cell.category = QStringLiteral("KVÅ-kod %1, en åtgärd med ett långt namn som tar plats "
                                           "i tabellen och i diagrammet")
                                .arg(i);
            cell.kind = followup::IndicatorCell::Kind::Events;
            cell.value = i % 7;
            job.cells.push_back(cell);
        }
        const QByteArray bytes = job.encode();
        QVERIFY(bytes.size() > 256 * 1024);
        const auto back = PdfJob::decode(bytes);
        QVERIFY(back);
        QCOMPARE(back->cells.size(), job.cells.size());
        QCOMPARE(back->cells.back().category, job.cells.back().category);
        QCOMPARE(back->cells.back().value, job.cells.back().value);
        QVERIFY(!PdfJob::decode(bytes.left(bytes.size() - 1)));

        auto hung = pdfHelper(hangingHelper().toStdString(), 300)(job);
        QVERIFY(!hung);
        QVERIFY2(hung.error().detail.find("took longer than 300 ms") != std::string::npos,
                 hung.error().detail.c_str());

        auto drawn = pdfHelper(LYKTA_REPORT_PDF_BIN)(job);
        QVERIFY2(drawn, drawn ? "" : drawn.error().detail.c_str());
        QVERIFY(drawn->rfind("%PDF-", 0) == 0);
    }

    void aHelperStartedAheadIsReadyReplacedAndEnded()
    {
        const PdfJob job = emptyJob();
        {
            const PdfRenderer render = pdfHelper(LYKTA_REPORT_PDF_BIN, 120'000, HelperStart::Ahead);
            const QList<qint64> first = waitingHelpers();
            QCOMPARE(first.size(), 1); // started before any job came

            auto drawn = render(job);
            QVERIFY2(drawn, drawn ? "" : drawn.error().detail.c_str());
            QVERIFY(drawn->rfind("%PDF-", 0) == 0);
            const QList<qint64> second = waitingHelpers();
            QCOMPARE(second.size(), 1); // the job took it and started its successor
            QVERIFY(second.first() != first.first());

            // The waiting helper dies (the OOM killer, an operator): the next job still gets
            // its PDF.
            QCOMPARE(::kill(static_cast<pid_t>(second.first()), SIGKILL), 0);
            QTRY_VERIFY(!waitingHelpers().contains(second.first()));
            drawn = render(job);
            QVERIFY2(drawn, drawn ? "" : drawn.error().detail.c_str());
            QVERIFY(drawn->rfind("%PDF-", 0) == 0);
            QCOMPARE(waitingHelpers().size(), 1);
        }
        QVERIFY(waitingHelpers().isEmpty()); // the renderer's end ended the one left waiting

        // Started ahead or not, a helper that cannot start is the same clear error.
        auto missing = pdfHelper("/nonexistent/lykta-report-pdf", 300, HelperStart::Ahead)(job);
        QVERIFY(!missing);
        QVERIFY2(missing.error().detail.find("cannot start /nonexistent/lykta-report-pdf") !=
                     std::string::npos,
                 missing.error().detail.c_str());
    }

    // Started ahead, a helper whose server is gone gets no job: it ends at once, silently.
    void aHelperGivenNoJobEndsQuietly()
    {
        QProcess helper;
        helper.start(LYKTA_REPORT_PDF_BIN, QStringList{});
        QVERIFY(helper.waitForStarted());
        helper.closeWriteChannel();
        QVERIFY(helper.waitForFinished(60'000));
        QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
        QCOMPARE(helper.exitCode(), 0);
        QVERIFY(helper.readAllStandardOutput().isEmpty());
        QVERIFY(helper.readAllStandardError().isEmpty());
    }

    void theHelperRefusesWhatIsNotAJob()
    {
        QProcess helper;
        helper.start(LYKTA_REPORT_PDF_BIN, QStringList{});
        QVERIFY(helper.waitForStarted());
        helper.write("%PDF- this is no job");
        helper.closeWriteChannel();
        QVERIFY(helper.waitForFinished(60'000));
        QCOMPARE(helper.exitCode(), 2);
        QVERIFY(helper.readAllStandardOutput().isEmpty());
        QVERIFY(helper.readAllStandardError().contains("not a report job"));
    }
};

QTEST_GUILESS_MAIN(TstReportPdf)
#include "tst_reportpdf.moc"
