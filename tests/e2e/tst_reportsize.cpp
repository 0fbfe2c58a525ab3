// The follow-up report's size cap (limits::kMaxReportBytes) for GET /v1/report: a file past the
// cap is refused with 413 `report` and, since nothing left the server, no export entry; one at
// the cap is made and logged. makeReport in this process on a real database, both backends (a
// report that really passes 8 MiB needs a unit of ~170,000 KVÅ-coded conversations).
#include "serverreport.h"
#include "storagefactory.h"
#include "testdatabase.h"

#include "sync/core/hlc.h"
#include "sync/core/limits.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace lykta;
using namespace lykta::server;
using namespace lykta::test;

class TstReportSize : public QObject
{
    Q_OBJECT

private slots:
    void aReportPastTheCapIsRefusedAndNotLogged()
    {
        QTemporaryDir dir;
        TestDatabase db(dir.path());
        auto opened = openStorage(db.spec().toStdString());
        QVERIFY2(opened, opened ? "" : opened.error().detail.c_str());
        ServerStorage &storage = **opened;
        QVERIFY(storage.createUnit({"unit-1", "Enhet Ett"}));
        const ReportRequest request{"unit-1", "2026-01-01", "2026-06-30", "csv"};
        const std::string subject = "unit-1/2026-01-01/2026-06-30";
        const std::int64_t now = sync::HlcClock::systemMilliseconds();
        const auto exports = [&] {
            auto entries = storage.auditFor({subject});
            int n = 0;
            for (const auto &e : entries ? *entries : std::vector<AuditEntry>{})
                n += e.action == "export";
            return n;
        };

        auto made = makeReport(storage, request, {"first", 7, "s"}, now);
        QVERIFY(made);
        const std::uint64_t size = made->bytes.size();
        QVERIFY(size > 0 && size < sync::limits::kMaxReportBytes);
        const int logged = exports();
        QVERIFY(logged >= 1);

        auto refused = makeReport(storage, request, {"second", 7, "s"}, now, size - 1);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ReportError::Code::TooLarge);
        const ApiFailure answer = toApiFailure(refused.error());
        QCOMPARE(answer.status, 413);
        QCOMPARE(answer.error, sync::protocol::ApiError::TooLarge);
        QCOMPARE(answer.detail, std::string("report"));
        QCOMPARE(exports(), logged); // nothing left, nothing logged

        auto atCap = makeReport(storage, request, {"third", 7, "s"}, now, size);
        QVERIFY(atCap);
        QCOMPARE(exports(), logged + 1);
    }
};

QTEST_GUILESS_MAIN(TstReportSize)
#include "tst_reportsize.moc"
