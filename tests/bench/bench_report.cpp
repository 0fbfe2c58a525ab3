// The server's follow-up report for a large unit: N children (each with a family, a series and
// five conversations) and a support group per ten children (eight sessions with attendance)
// pushed through SyncService into a server SQLite file, then the report timed as the server
// makes it: reading the unit's rows from its records, computing the indicators, and the CSV
// and the PDF (drawn in lykta-report-pdf, a process of its own started ahead of the job, as the
// server draws it) with their audit entries. Prints figures; run through scripts/bench.
// LYKTA_BENCH_CHILDREN (default 2000) sets N.
#include "pdfhelper.h"
#include "serverindicators.h"
#include "serverreport.h"
#include "sqlitestorage.h"
#include "sync/core/hlc.h"
#include "sync/core/uuid.h"
#include "syncservice.h"

#include "indicators.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace lykta;
using namespace lykta::server;

namespace {

constexpr sync::DeviceId kDevice = 4242;

class Writer
{
public:
    Writer(std::string unit, std::string author)
        : m_unit(std::move(unit)), m_author(std::move(author))
    {}

    std::string create(const std::string &entity,
                       std::vector<std::pair<std::string, sync::Value>> fields)
    {
        const std::string id = sync::newUuidV7();
        const sync::Hlc hlc{++m_ms, 0, kDevice};
        fields.emplace_back("unit_id", m_unit);
        for (auto &[field, value] : fields)
            m_pending.push_back(
                {{kDevice, ++m_counter}, entity, id, field, std::move(value), hlc, m_author, {}});
        return id;
    }

    std::vector<sync::Delta> take() { return std::exchange(m_pending, {}); }
    std::size_t pending() const { return m_pending.size(); }
    std::uint64_t total() const { return m_counter; }

private:
    std::string m_unit, m_author;
    std::vector<sync::Delta> m_pending;
    std::uint64_t m_counter = 0;
    std::int64_t m_ms = sync::HlcClock::systemMilliseconds() - 86'400'000;
};

std::string day(int offset)
{
    return QDate(2026, 1, 1).addDays(offset).toString(Qt::ISODate).toStdString();
}

double since(QElapsedTimer &t)
{
    const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
    t.restart();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int children = qEnvironmentVariableIntValue("LYKTA_BENCH_CHILDREN") > 0
                             ? qEnvironmentVariableIntValue("LYKTA_BENCH_CHILDREN")
                             : 2000;
    QTemporaryDir dir;
    auto opened = SqliteStorage::open((dir.path() + "/server.db").toStdString());
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", opened.error().detail.c_str());
        return 1;
    }
    ServerStorage &storage = **opened;
    const std::string unit = sync::newUuidV7(), staff = sync::newUuidV7();
    const std::int64_t now = sync::HlcClock::systemMilliseconds();
    EnrollmentCodeRecord code{"BENCH", "-", DeviceKind::Staff, staff, {}, now, now + 60'000, {}, 0};
    Device device{kDevice, DeviceKind::Staff, staff, {}, "bench", now, {}, 0};
    if (!storage.createUnit({unit, "Enhet"}) ||
        !storage.createStaff({staff, "Bänk", {unit}, StaffRole::Manager}) ||
        !storage.createCode(code) || !storage.redeemCode("BENCH", device, "token-hash", now)) {
        std::fputs("cannot provision the unit\n", stderr);
        return 1;
    }
    auto who = storage.principal("token-hash");
    const SchemaCatalog catalog = SchemaCatalog::fromClientSchema();
    SyncService service(storage, catalog, &sync::HlcClock::systemMilliseconds);

    Writer w(unit, staff);
    QElapsedTimer timer;
    timer.start();
    double pushMs = 0;
    const auto flush = [&](bool force) {
        if (w.pending() < 20'000 && !(force && w.pending()))
            return true;
        sync::Batch batch;
        batch.device = kDevice;
        batch.deltas = w.take();
        QElapsedTimer t;
        t.start();
        auto r = service.push(**who, batch, "bench");
        pushMs += static_cast<double>(t.nsecsElapsed()) / 1e6;
        return r && r->rejected.empty();
    };
    std::vector<std::string> groupMembers;
    std::string group;
    for (int i = 0; i < children; ++i) {
        const std::string family =
            w.create("family", {{"name", std::string("Familj")},
                                {"problem_type", std::string(i % 3 ? "addiction" : "violence")},
                                {"first_contact", day(i % 90)}});
        const std::string child =
            w.create("child", {{"family_id", family},
                               {"birth_date", std::string("2015-05-05")},
                               {"gender", std::string(i % 2 ? "girl" : "boy")}});
        const std::string series =
            w.create("conversation_series", {{"child_id", child},
                                             {"family_id", family},
                                             {"started", day(i % 90 + 3)},
                                             {"status", std::string("active")},
                                             {"outcome", std::string("none")}});
        for (int c = 0; c < 5; ++c)
            w.create("conversation", {{"series_id", series},
                                      {"date", day(i % 90 + 10 + 14 * c)},
                                      {"kind", std::string(c % 2 ? "child" : "parent")},
                                      {"kva_code", std::string("DU055")},
                                      {"status", std::string("signed")}});
        if (i % 10 == 0) {
            group = w.create("support_group", {{"name", std::string("Grupp")}});
            groupMembers.clear();
        }
        groupMembers.push_back(w.create(
            "group_member", {{"group_id", group}, {"child_id", child}, {"age", std::int64_t{10}}}));
        if (i % 10 == 9) {
            for (int s = 0; s < 8; ++s) {
                const std::string session =
                    w.create("group_session", {{"group_id", group}, {"date", day(30 + 7 * s)}});
                for (std::size_t m = 0; m < groupMembers.size(); ++m)
                    w.create("attendance", {{"session_id", session},
                                            {"member_id", groupMembers[m]},
                                            {"present", std::int64_t{(m + s) % 4 ? 1 : 0}}});
            }
        }
        if (!flush(false)) {
            std::fputs("push refused\n", stderr);
            return 1;
        }
    }
    if (!flush(true)) {
        std::fputs("push refused\n", stderr);
        return 1;
    }
    std::printf("unit: %d children, %llu deltas pushed through SyncService in %.0f ms\n", children,
                static_cast<unsigned long long>(w.total()), pushMs);

    // Made when the server starts, as serve's report maker makes it: its helper is started
    // ahead of the first report.
    const PdfRenderer renderPdf = pdfHelper(LYKTA_REPORT_PDF_BIN, 120'000, HelperStart::Ahead);
    timer.restart();
    auto input = readIndicatorInput(storage, unit);
    const double readMs = since(timer);
    if (!input)
        return 1;
    const followup::Period period{QDate(2026, 1, 1), QDate(2026, 6, 30)};
    auto indicators = followup::computeIndicators(*input, unit, period);
    const double computeMs = since(timer);
    auto csv =
        makeReport(storage, {unit, "2026-01-01", "2026-06-30", "csv"}, {"bench", 0, {}}, now);
    const double csvMs = since(timer);
    auto pdf = makeReport(storage, {unit, "2026-01-01", "2026-06-30", "pdf"}, {"bench", 0, {}}, now,
                          std::nullopt, renderPdf);
    const double pdfMs = since(timer);
    if (!indicators || !csv || !pdf)
        return 1;
    std::printf("read the unit's rows from the record table: %.0f ms (%zu conversations, %zu "
                "attendance marks)\n",
                readMs, input->conversations.size(), input->attendance.size());
    std::printf("computeIndicators: %.0f ms (children reached %d)\n", computeMs,
                indicators->childrenReached);
    std::printf("report CSV (read + compute + CSV + audit): %.0f ms, %zu bytes\n", csvMs,
                csv->bytes.size());
    std::printf("report PDF (read + compute + PDF + audit): %.0f ms, %zu bytes\n", pdfMs,
                pdf->bytes.size());
    return 0;
}
