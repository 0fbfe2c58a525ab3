// The follow-up report on a real lykta-server: a tablet's real store writes a unit's work
// (families, children, series, conversations, a support group) and syncs it through the
// server; the server's report (`lykta-server report`, and GET /v1/report through libcurl and
// `lykta-sync report`) then shows the numbers worked out by hand below, the same numbers the
// tablet computes from its own store, and nothing that names anyone. Only a manager of the
// unit may fetch it; every report is in the audit log.
//
// The fixture, period 2026-01-01 – 2026-06-30:
// - families F1–F6 (problem type addiction, first contact 2026-01-01), a child in each
//   (girls born 2017), a series each (started 2026-01-05, completed);
// - one first conversation per series, 10, 20, ... 60 days after first contact (kinds
//   child ×3, parent ×3; KVÅ DU055 ×4, untagged ×2), one more in S1 on 2026-04-01 (family,
//   GB004), one in S2 after the period, one in S3 in the period but tombstoned;
// - a seventh child whose series (started in the period) is tombstoned; its conversation
//   (parent, DU055, in the period) stays and counts as a conversation, but reaches no child;
// - an anonymous group: six members aged 9, one session on 2026-03-10, five present, with
//   mood 2 at the start and 4 at the end (the sixth: start 3, no end);
// - SDQ before (20, 2025-12-20) and after (14, 15, 16, 17, 18, taken 2026-05-01) for five
//   of the children.
// So: children reached 6 + 5 anonymous = 11 (all 7–12; girl 6, unknown 5); series 6, all
// completed; conversations 8 (child 3, parent 4, family 1; DU055 5, GB004 1, untagged 2);
// median days to first conversation (10..60) = 35 over 6 families; one group, one session,
// 5 children in groups, attendance 5/6 = 83.3 %; 5 mood checks, mean 2.00 -> 4.00, change
// 2.00, 5 rose; SDQ 5 pairs, mean 20.00 -> 16.00, change -4.00; families reached 6, all
// addiction.
#include "testserver.h"

#include "indicatorcsv.h"
#include "indicatorreader.h"
#include "indicators.h"
#include "storereplica.h"
#include "sync/client/syncsession.h"

#include <QImage>
#include <QProcess>
#include <QtTest>

#include <map>

using namespace lykta;
using namespace lykta::test;

namespace {

const QString kFrom = QStringLiteral("2026-01-01");
const QString kTo = QStringLiteral("2026-06-30");

// (indicator, category) -> (value, suppressed)
using Cells = std::map<std::pair<QString, QString>, std::pair<QString, bool>>;

// RFC 4180, as indicatorCsv writes it: quoted fields may hold commas and doubled quotes.
std::vector<QStringList> parseCsv(const QByteArray &bytes)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << field, field.clear();
        } else if (c == '\n') {
            row << field, field.clear();
            rows.push_back(row), row.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows.push_back(row << field);
    return rows;
}

Cells cellsOf(const QByteArray &csv)
{
    Cells cells;
    const auto rows = parseCsv(csv);
    if (rows.empty() || rows[0].join(',') != "from,to,indicator,category,label,value,suppressed")
        return cells;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows[i];
        if (r.size() != 7 || r[0] != kFrom || r[1] != kTo)
            return {};
        cells[{r[2], r[3]}] = {r[5], r[6] == "1"};
    }
    return cells;
}

} // namespace

class TstReport : public QObject
{
    Q_OBJECT

private:
    struct Written
    {
        std::vector<std::string> ids;
        std::vector<std::string> words; // names, personnummer, free text
    };

    std::string create(const std::string &entity, std::vector<store::FieldValue> fields)
    {
        auto r = m_tablet->write(m_actor, {store::ChangeKind::Create, entity, {}, fields});
        if (!r) {
            qWarning("write %s: %s", entity.c_str(), r.error().detail.c_str());
            return {};
        }
        m_written.ids.push_back(r->ids.at(0));
        return r->ids.at(0);
    }

    bool remove(const std::string &entity, const std::string &id)
    {
        return bool(m_tablet->write(m_actor, {store::ChangeKind::Delete, entity, id, {}}));
    }

    // The fixture described at the top of this file.
    void writeFixture()
    {
        QVERIFY(m_tablet->write(
            m_actor,
            {store::ChangeKind::Create, "unit", m_unit, {{"name", std::string("Enhet Öst")}}}));
        std::vector<std::string> series, children;
        for (int i = 1; i <= 7; ++i) {
            const std::string n = std::to_string(i);
            const std::string surname = "Ekström" + n, first = "Tindra" + n,
                              pnr = "2017030" + n + "2388";
            m_written.words.insert(m_written.words.end(), {surname, first, pnr});
            const std::string family =
                create("family", {{"name", "Familjen " + surname},
                                  {"problem_type", std::string("addiction")},
                                  {"first_contact", std::string("2026-01-01")}});
            const std::string child = create("child", {{"family_id", family},
                                                       {"first_name", first},
                                                       {"last_name", surname},
                                                       {"birth_date", "2017-03-0" + n},
                                                       {"gender", std::string("girl")},
                                                       {"personnummer", pnr}});
            children.push_back(child);
            series.push_back(create("conversation_series",
                                    {{"child_id", child},
                                     {"family_id", family},
                                     {"started", std::string(i == 7 ? "2026-02-01" : "2026-01-05")},
                                     {"status", std::string("completed")},
                                     {"outcome", std::string("none")}}));
            const QDate day = QDate(2026, 1, 1).addDays(10 * i);
            const std::string secret = "Hemligt samtal " + n;
            m_written.words.push_back(secret);
            create("conversation", {{"series_id", series.back()},
                                    {"date", day.toString(Qt::ISODate).toStdString()},
                                    {"kind", std::string(i <= 3 ? "child" : "parent")},
                                    {"kva_code", std::string(i <= 4 || i == 7 ? "DU055" : "")},
                                    {"wants_to_know", secret},
                                    {"status", std::string("draft")}});
        }
        create("conversation", {{"series_id", series[0]},
                                {"date", std::string("2026-04-01")},
                                {"kind", std::string("family")},
                                {"kva_code", std::string("GB004")},
                                {"status", std::string("draft")}});
        create("conversation", {{"series_id", series[1]},
                                {"date", std::string("2026-08-01")},
                                {"kind", std::string("family")},
                                {"status", std::string("draft")}});
        const std::string gone = create("conversation", {{"series_id", series[2]},
                                                         {"date", std::string("2026-03-15")},
                                                         {"kind", std::string("network")},
                                                         {"status", std::string("draft")}});
        QVERIFY(remove("conversation", gone));
        QVERIFY(remove("conversation_series", series[6]));

        const std::string group = create("support_group", {{"name", std::string("Stjärnorna")},
                                                           {"mode", std::string("anonymous")}});
        m_written.words.push_back("Stjärnorna");
        const std::string session = create("group_session", {{"group_id", group},
                                                             {"number", std::int64_t{1}},
                                                             {"date", std::string("2026-03-10")},
                                                             {"theme", std::string("Känslor")}});
        for (int i = 1; i <= 6; ++i) {
            const std::string alias = "Kod" + std::to_string(i) + "x";
            m_written.words.push_back(alias);
            const std::string member = create(
                "group_member", {{"group_id", group}, {"alias", alias}, {"age", std::int64_t{9}}});
            create("attendance", {{"session_id", session},
                                  {"member_id", member},
                                  {"present", std::int64_t{i <= 5 ? 1 : 0}}});
            if (i <= 5)
                create("mood_check", {{"session_id", session},
                                      {"member_id", member},
                                      {"start_mood", std::int64_t{2}},
                                      {"end_mood", std::int64_t{4}}});
            else
                create("mood_check", {{"session_id", session},
                                      {"member_id", member},
                                      {"start_mood", std::int64_t{3}}});
        }
        for (int i = 0; i < 5; ++i) {
            const auto schedule = [&](const char *timepoint) {
                return create("questionnaire_schedule", {{"subject_entity", std::string("child")},
                                                         {"subject_id", children[i]},
                                                         {"instrument", std::string("SDQ")},
                                                         {"timepoint", std::string(timepoint)}});
            };
            create("questionnaire_score", {{"schedule_id", schedule("before")},
                                           {"score", 20.0},
                                           {"taken_date", std::string("2025-12-20")}});
            create("questionnaire_score", {{"schedule_id", schedule("after")},
                                           {"score", 14.0 + i},
                                           {"taken_date", std::string("2026-05-01")}});
        }
    }

    std::string enroll(const QString &staff, sync::DeviceId device)
    {
        const QString code = m_server.admin({"enroll-code", "--staff", staff});
        auto enrolled = m_server.transport()->enroll({code.toStdString(), device, "tablet"});
        return enrolled ? enrolled->token : std::string();
    }

    // `lykta-server report --db ... <args>`: exit code, stderr in `err`.
    int serverReport(const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(QString::fromStdString(serverBinary()),
                QStringList{"report", "--db", m_server.database().spec()} + args);
        if (!p.waitForFinished(60000))
            return -1;
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

    QStringList period(const QString &format, const QString &out)
    {
        return {"--unit",   QString::fromStdString(m_unit),
                "--from",   kFrom,
                "--to",     kTo,
                "--format", format,
                "--out",    out};
    }

    void verifyHandComputed(const QByteArray &csv)
    {
        const Cells cells = cellsOf(csv);
        QVERIFY2(!cells.empty(), csv.constData());
        const std::vector<std::tuple<QString, QString, QString>> expected = {
            {"children_reached", "total", "11"},
            {"children_by_age_band", "7-12", "11"},
            {"children_by_age_band", "0-6", "0"},
            {"children_by_age_band", "13-18", "0"},
            {"children_by_gender", "girl", "6"},
            {"children_by_gender", "unknown", "5"},
            {"children_by_gender", "boy", "0"},
            {"series_started", "total", "6"},
            {"series_status", "completed", "6"},
            {"series_status", "active", "0"},
            {"series_status", "declined", "0"},
            {"conversations", "total", "8"},
            {"conversations_by_kind", "child", "3"},
            {"conversations_by_kind", "parent", "4"},
            {"conversations_by_kind", "family", "1"},
            {"conversations_by_kind", "network", "0"},
            {"conversations_by_kva_code", "DU055", "5"},
            {"conversations_by_kva_code", "GB004", "1"},
            {"conversations_by_kva_code", "untagged", "2"},
            {"days_to_first_conversation", "families", "6"},
            {"days_to_first_conversation", "median", "35.0"},
            {"groups_run", "total", "1"},
            {"sessions_held", "total", "1"},
            {"children_in_groups", "total", "5"},
            {"attendance_rate", "percent", "83.3"},
            {"mood", "checks", "5"},
            {"mood", "mean_start", "2.00"},
            {"mood", "mean_end", "4.00"},
            {"mood", "mean_change", "2.00"},
            {"mood", "rose", "5"},
            {"mood", "same", "0"},
            {"mood", "fell", "0"},
            {"score_pairs", "SDQ", "5"},
            {"score_before", "SDQ", "20.00"},
            {"score_after", "SDQ", "16.00"},
            {"score_change", "SDQ", "-4.00"},
            {"families_reached", "total", "6"},
            {"families_by_problem_type", "addiction", "6"},
        };
        for (const auto &[indicator, category, value] : expected) {
            const auto cell = cells.find({indicator, category});
            QVERIFY2(cell != cells.end(), qPrintable(indicator + "/" + category));
            QVERIFY2(!cell->second.second, qPrintable(indicator + "/" + category + " suppressed"));
            QCOMPARE(cell->second.first.toDouble(), value.toDouble());
        }
    }

    void verifyNamesNoOne(const QByteArray &text)
    {
        QVERIFY(!text.isEmpty());
        for (const auto &word : m_written.words)
            QVERIFY2(!text.contains(QByteArray::fromStdString(word)), word.c_str());
        for (const auto &id : m_written.ids)
            QVERIFY2(!text.contains(QByteArray::fromStdString(id)), id.c_str());
        QVERIFY(!text.contains(QByteArray::fromStdString(m_actor.staffId)));
    }

    // A PDF that pdftoppm can draw, whose first page is not blank, and whose text names no one.
    void verifyPdf(const QString &path)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString prefix = path + "-page";
        QCOMPARE(
            QProcess::execute("pdftoppm", {"-png", "-r", "40", "-f", "1", "-l", "1", path, prefix}),
            0);
        QImage page(prefix + "-1.png");
        QVERIFY2(!page.isNull(), qPrintable(prefix));
        qint64 ink = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                ink += qGray(page.pixel(x, y)) < 200;
        QVERIFY2(ink > page.width() * page.height() / 200, qPrintable(QString::number(ink)));

        QProcess text;
        text.start("pdftotext", {path, "-"});
        QVERIFY(text.waitForFinished(30000));
        const QByteArray words = text.readAllStandardOutput();
        QVERIFY2(words.contains("Enhet Öst"), words.constData());
        verifyNamesNoOne(words);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_unit = m_server.admin({"create-unit", "--name", "Enhet Öst"}).toStdString();
        const QString unit = QString::fromStdString(m_unit);
        m_staff = m_server.admin({"create-staff", "--name", "Sara", "--unit", unit});
        m_manager =
            m_server.admin({"create-staff", "--name", "Maja", "--unit", unit, "--role", "manager"});
        QVERIFY(!m_staff.isEmpty() && !m_manager.isEmpty());

        store::StoreOptions options;
        options.database.path = (m_server.dir() + "/tablet.db").toStdString();
        auto opened = store::Store::open(std::move(options));
        QVERIFY(opened);
        m_tablet = std::move(*opened);
        m_actor = {m_staff.toStdString(), m_unit};
        m_staffToken = enroll(m_staff, m_tablet->deviceId());
        QVERIFY(!m_staffToken.empty());

        writeFixture();
        auto transport = m_server.transport(m_staffToken);
        syncctl::StoreReplica replica(*m_tablet);
        const auto status = sync::client::SyncSession(*transport, replica).run();
        QCOMPARE(status.activity, sync::client::Activity::Idle);
        QCOMPARE(status.rejected, 0u);
        QVERIFY(m_tablet->outbox()->empty());
    }

    void theOperatorsCsvHasTheHandComputedNumbers()
    {
        const QString out = m_server.dir() + "/report.csv";
        QByteArray err;
        QCOMPARE(serverReport(period("csv", out), &err), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        verifyHandComputed(csv);
        verifyNamesNoOne(csv);

        // The server's numbers are the tablet's: the same rows give the same report.
        auto input = followup::IndicatorReader(*m_tablet).read(m_unit);
        QVERIFY(input);
        auto indicators = followup::computeIndicators(
            *input, m_unit,
            {QDate::fromString(kFrom, Qt::ISODate), QDate::fromString(kTo, Qt::ISODate)});
        QVERIFY(indicators);
        QCOMPARE(csv, followup::indicatorCsv(followup::tabulate(*indicators), indicators->period));
    }

    void theOperatorsPdfRenders()
    {
        const QString out = m_server.dir() + "/report.pdf";
        QCOMPARE(serverReport(period("pdf", out)), 0);
        verifyPdf(out);
    }

    void theOperatorsMistakesAreExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        const QString unit = QString::fromStdString(m_unit);
        const QString out = m_server.dir() + "/wrong.csv";
        QTest::newRow("unknown unit")
            << QStringList{"--unit", "no-such-unit", "--from", kFrom,   "--to",
                           kTo,      "--format",     "csv",    "--out", out}
            << 1 << "no unit no-such-unit";
        QTest::newRow("bad from") << QStringList{"--unit", unit, "--from",   "2026-02-30",
                                                 "--to",   kTo,  "--format", "csv",
                                                 "--out",  out}
                                  << 2 << "--from takes a date as YYYY-MM-DD";
        QTest::newRow("bad to") << QStringList{"--unit", unit,       "--from", kFrom,   "--to",
                                               "30/6",   "--format", "csv",    "--out", out}
                                << 2 << "--to takes a date as YYYY-MM-DD";
        QTest::newRow("from after to")
            << QStringList{"--unit", unit,       "--from", kTo,     "--to",
                           kFrom,    "--format", "csv",    "--out", out}
            << 2 << "the period ends before it starts";
        QTest::newRow("unknown format")
            << QStringList{"--unit", unit,       "--from", kFrom,   "--to",
                           kTo,      "--format", "xlsx",   "--out", out}
            << 2 << "unknown format \"xlsx\"";
        QTest::newRow("unwritable output")
            << QStringList{"--unit",   unit,
                           "--from",   kFrom,
                           "--to",     kTo,
                           "--format", "csv",
                           "--out",    m_server.dir() + "/no/such/dir/r.csv"}
            << 1 << "cannot write";
        QTest::newRow("missing period")
            << QStringList{"--unit", unit, "--format", "csv", "--out", out} << 2
            << "--from is missing";
    }

    void theOperatorsMistakesAreExplained()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        const QString subject = QString::fromStdString(m_unit) + "/" + kFrom + "/" + kTo;
        const auto exports = m_server.admin({"audit", subject}).count("\texport\t");
        QByteArray err;
        QCOMPARE(serverReport(args, &err), exitCode);
        QVERIFY2(err.contains(reason.toUtf8()), err.constData());
        QVERIFY(!QFile::exists(m_server.dir() + "/wrong.csv"));
        QCOMPARE(m_server.admin({"audit", subject}).count("\texport\t"), exports); // no report
    }

    void aManagersDeviceFetchesTheReport()
    {
        const std::string token = enroll(m_manager, 7001);
        QVERIFY(!token.empty());
        auto transport = m_server.transport(token);
        auto csv = transport->report({m_unit, kFrom.toStdString(), kTo.toStdString(), "csv"});
        QVERIFY2(csv, csv ? "" : csv.error().detail.c_str());
        QVERIFY(csv->contentType.starts_with("text/csv"));
        const QByteArray bytes = QByteArray::fromStdString(csv->bytes);
        verifyHandComputed(bytes);
        verifyNamesNoOne(bytes);

        // A bad period is refused as the operator's is.
        auto bad = transport->report({m_unit, "2026-06-31", kTo.toStdString(), "csv"});
        QVERIFY(!bad);
        QCOMPARE(bad.error().httpStatus, 400);
        QCOMPARE(bad.error().apiError, sync::protocol::ApiError::BadRequest);
        auto format = transport->report({m_unit, kFrom.toStdString(), kTo.toStdString(), "doc"});
        QVERIFY(!format);
        QCOMPARE(format.error().httpStatus, 400);

        // lykta-sync report: the manager's command line, PDF this time.
        const QString db = m_server.dir() + "/manager.db";
        const QString code = m_server.admin({"enroll-code", "--staff", m_manager});
        QProcess sync;
        sync.setProcessChannelMode(QProcess::MergedChannels);
        sync.start(LYKTA_SYNC_BIN, {"enroll", "--database", db, "--server",
                                    QString::fromStdString(m_server.baseUrl()), "--code", code});
        QVERIFY(sync.waitForFinished(60000));
        QCOMPARE(sync.exitCode(), 0);
        const QString pdf = m_server.dir() + "/manager.pdf";
        sync.start(LYKTA_SYNC_BIN, {"report", "--database", db, "--from", kFrom, "--to", kTo,
                                    "--format", "pdf", "--out", pdf});
        QVERIFY(sync.waitForFinished(60000));
        QVERIFY2(sync.exitCode() == 0, sync.readAll().constData());
        verifyPdf(pdf);
    }

    void othersAreRefused()
    {
        const QString unit = QString::fromStdString(m_unit);
        const auto ask = [&](const std::string &token) {
            return m_server.transport(token)->report(
                {m_unit, kFrom.toStdString(), kTo.toStdString(), "csv"});
        };
        // Plain staff of the unit.
        auto staff = ask(m_staffToken);
        QVERIFY(!staff);
        QCOMPARE(staff.error().httpStatus, 403);
        QCOMPARE(staff.error().apiError, sync::protocol::ApiError::Forbidden);
        // The content editor of the unit.
        const QString editor =
            m_server.admin({"create-staff", "--name", "Eva", "--unit", unit, "--role", "content"});
        auto content = ask(enroll(editor, 7002));
        QVERIFY(!content);
        QCOMPARE(content.error().httpStatus, 403);
        // A manager of another unit.
        const QString other = m_server.admin({"create-unit", "--name", "Enhet Väst"});
        const QString stranger = m_server.admin(
            {"create-staff", "--name", "Mats", "--unit", other, "--role", "manager"});
        const std::string strangerToken = enroll(stranger, 7003);
        auto elsewhere = ask(strangerToken);
        QVERIFY(!elsewhere);
        QCOMPARE(elsewhere.error().httpStatus, 403);
        QCOMPARE(elsewhere.error().apiError, sync::protocol::ApiError::Forbidden);
        // ... though it may fetch its own unit's.
        QVERIFY(m_server.transport(strangerToken)
                    ->report({other.toStdString(), kFrom.toStdString(), kTo.toStdString(), "csv"}));
        // A kiosk of the unit.
        auto kiosk = ask(m_server.enrollKiosk(m_unit, 7004));
        QVERIFY(!kiosk);
        QCOMPARE(kiosk.error().httpStatus, 403);
        // No token.
        auto anonymous = ask("not-a-token");
        QVERIFY(!anonymous);
        QCOMPARE(anonymous.error().httpStatus, 401);
        // A refused answer holds no report, only the error code.
        QVERIFY(staff.error().detail.find("children") == std::string::npos);

        // The manager lost the role: refused from now on.
        QCOMPARE(m_server.admin({"set-role", "--staff", stranger, "--role", "staff"}),
                 stranger + "\tstaff");
        auto demoted =
            m_server.transport(strangerToken)
                ->report({other.toStdString(), kFrom.toStdString(), kTo.toStdString(), "csv"});
        QVERIFY(!demoted);
        QCOMPARE(demoted.error().httpStatus, 403);
    }

    void everyReportIsAudited()
    {
        const QString subject = QString::fromStdString(m_unit) + "/" + kFrom + "/" + kTo;
        const QString audit = m_server.admin({"audit", subject});
        const QStringList lines = audit.split('\n');
        // operator: csv, pdf; the manager's device 7001: csv; lykta-sync: pdf.
        QCOMPARE(lines.filter("\texport\t0\t\t").filter("followup_report_csv").size(), 1);
        QCOMPARE(lines.filter("\texport\t0\t\t").filter("followup_report_pdf").size(), 1);
        QCOMPARE(lines.filter("\toperator").size(), 2);
        QCOMPARE(lines.filter("\texport\t7001\t" + m_manager).size(), 1);
        QCOMPARE(lines.filter("\texport\t").filter(m_manager).filter("followup_report_pdf").size(),
                 1);
        QCOMPARE(lines.filter("\texport\t").size(), 4);
        // The refusals, by the unit.
        const QString denied = m_server.admin({"audit", QString::fromStdString(m_unit)});
        QVERIFY2(denied.count("\treport_denied\t") >= 3, qPrintable(denied));
        QVERIFY(denied.contains("\treport_denied\t" + QString::number(m_tablet->deviceId()) + "\t" +
                                m_staff));
    }

private:
    TestServer m_server;
    std::string m_unit;
    QString m_staff, m_manager;
    std::unique_ptr<store::Store> m_tablet;
    store::Actor m_actor;
    std::string m_staffToken;
    Written m_written;
};

QTEST_GUILESS_MAIN(TstReport)
#include "tst_report.moc"
