// GET /metrics as a Prometheus server scrapes it: only with the token of --metrics-token-file,
// in the text exposition format (read here by the Python prometheus_client parser, which is
// Debian's python3-prometheus-client), counting what really happened on a real lykta-server on
// 127.0.0.1: an enrollment, a push with an accepted and a refused delta, a pull; and the
// database's size and audit rows as the database holds them.
#include "rawhttp.h"
#include "sync/core/protocol.h"
#include "sync/core/uuid.h"
#include "sync/core/version.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace lykta;
using namespace lykta::test;

namespace {

constexpr const char *kToken = "skrapa-0123456789abcdef";

RawAnswer scrape(int port, const QByteArray &authorization = {})
{
    QByteArray request = "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!authorization.isEmpty())
        request += "Authorization: " + authorization + "\r\n";
    return rawRequest(port, request + "\r\n");
}

// Every sample of the exposition as prometheus_client parses it: "name{k=v,…}" → value, the
// labels sorted. Empty when the parser refuses the text.
QMap<QString, double> parse(const QByteArray &exposition)
{
    static constexpr const char *kParser = R"py(
import json, sys
from prometheus_client.parser import text_string_to_metric_families
out = []
for family in text_string_to_metric_families(sys.stdin.read()):
    for s in family.samples:
        out.append([s.name, s.labels, s.value])
print(json.dumps(out))
)py";
    QProcess python;
    // Debian's interpreter, where python3-prometheus-client installs the parser.
    python.start("/usr/bin/python3", {"-c", kParser});
    python.write(exposition);
    python.closeWriteChannel();
    if (!python.waitForFinished(20000) || python.exitCode() != 0) {
        qWarning("prometheus_client refused the exposition: %s",
                 python.readAllStandardError().constData());
        return {};
    }
    QMap<QString, double> samples;
    for (const auto &entry : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
        const QJsonArray s = entry.toArray();
        const QJsonObject labels = s.at(1).toObject();
        QStringList parts;
        for (const QString &key : labels.keys()) // sorted
            parts << key + "=" + labels.value(key).toString();
        const QString name = s.at(0).toString();
        samples.insert(parts.isEmpty() ? name : name + "{" + parts.join(',') + "}",
                       s.at(2).toDouble());
    }
    return samples;
}

} // namespace

class TstMetrics : public QObject
{
    Q_OBJECT

private slots:
    void withoutATokenFileThereAreNoMetrics()
    {
        TestServer server;
        QVERIFY(server.start());
        QCOMPARE(scrape(server.port(), "Bearer anything-at-all-here").status, 404);
    }

    void aWorldReadableTokenFileIsRefused()
    {
        TestServer server;
        const QString file = server.dir() + "/metrics-token";
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kToken);
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        server.setServeArgs({"--metrics-token-file", file});
        QVERIFY(!server.start());
        QVERIFY2(server.log().contains("every user may read it"), server.log().constData());
    }

    void countsWhatHappened()
    {
        TestServer server;
        const QString file = server.dir() + "/metrics-token";
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(kToken) + "\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        server.setServeArgs({"--metrics-token-file", file});
        QVERIFY(server.start());

        QCOMPARE(scrape(server.port()).status, 401);
        QCOMPARE(scrape(server.port(), "Bearer skrapa-0123456789abcdeX").status, 401);

        const auto staff = server.enrollStaff("Enhet M", 401);
        DeltaWriter w(401, staff.staff);
        std::vector<sync::Delta> deltas =
            w.write("note", sync::newUuidV7(),
                    {{"unit_id", staff.unit}, {"body", std::string("Anteckning")}});
        const auto unknown =
            w.write("note", sync::newUuidV7(), {{"no_such_field", std::string("x")}});
        deltas.insert(deltas.end(), unknown.begin(), unknown.end());
        auto client = server.transport(staff.token);
        const auto pushed = client->push(w.batch(deltas));
        QVERIFY(pushed);
        QCOMPARE(pushed->accepted.size(), std::size_t{2});
        QCOMPARE(pushed->rejected.size(), std::size_t{1});
        const auto page = client->pull(0, 1000);
        QVERIFY(page);

        const RawAnswer answer = scrape(server.port(), QByteArray("Bearer ") + kToken);
        QCOMPARE(answer.status, 200);
        QVERIFY2(answer.all.contains("text/plain; version=0.0.4"), answer.all.left(400));
        const auto m = parse(answer.body);
        QVERIFY2(!m.isEmpty(), answer.body.constData());

        QCOMPARE(m.value("lykta_build_info{version=" + QString::fromLatin1(kVersion) + "}"), 1.0);
        QCOMPARE(m.value("lykta_enrollments_total"), 1.0);
        QCOMPARE(m.value("lykta_pushes_total"), 1.0);
        QCOMPARE(m.value("lykta_deltas_accepted_total"), 2.0);
        QCOMPARE(m.value("lykta_deltas_refused_total{reason=invalid}"), 1.0);
        QCOMPARE(m.value("lykta_deltas_refused_total{reason=signed_immutable}", -1), 0.0);
        QCOMPARE(m.value("lykta_pulls_total"), 1.0);
        QCOMPARE(m.value("lykta_pulled_deltas_total"), double(page->deltas.size()));
        QCOMPARE(m.value("lykta_http_requests_total{code=2xx,endpoint=push}"), 1.0);
        QCOMPARE(m.value("lykta_http_requests_total{code=2xx,endpoint=enroll}"), 1.0);
        QCOMPARE(m.value("lykta_http_requests_total{code=4xx,endpoint=metrics}"), 2.0);
        QCOMPARE(m.value("lykta_http_request_duration_seconds_count{endpoint=push}"), 1.0);
        QCOMPARE(m.value("lykta_http_request_duration_seconds_bucket{endpoint=push,le=+Inf}"), 1.0);
        QVERIFY(m.value("lykta_http_request_duration_seconds_sum{endpoint=push}") > 0);
        QCOMPARE(m.value("lykta_database_up"), 1.0);
        QCOMPARE(m.value("lykta_audit_rows"),
                 double(server.database().scalar("SELECT count(*) FROM audit")));
        QVERIFY(m.value("lykta_audit_rows") > 0);
        QVERIFY(m.value("lykta_database_size_bytes") > 0);
        QVERIFY(m.value("lykta_open_connections") >= 1); // this scrape's own

        // The database gone: the scrape still answers, and says so.
        QVERIFY(server.database().remove());
        const auto after = parse(scrape(server.port(), QByteArray("Bearer ") + kToken).body);
        QCOMPARE(after.value("lykta_database_up", -1), 0.0);
        QVERIFY(!after.contains("lykta_audit_rows"));
        QCOMPARE(after.value("lykta_pushes_total"), 1.0);
    }
};

QTEST_GUILESS_MAIN(TstMetrics)
#include "tst_metrics.moc"
