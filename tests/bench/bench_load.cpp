// 500 simulated tablets (lykta-loadgen) against one lykta-server process for a fixed period,
// first on SQLite, then on PostgreSQL, in one run: deltas per second, p50/p99 latency of push
// and pull, errors and the server's memory. LYKTA_LOAD_DEVICES and LYKTA_LOAD_SECONDS change
// the defaults (500, 20 s per backend). PostgreSQL is the cluster in LYKTA_TEST_POSTGRES
// (scripts/bench starts one). Run through scripts/bench (a release build).
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <libpq-fe.h>

#include <cstdio>

namespace {

QString setting(const char *name, const char *fallback)
{
    return qEnvironmentVariableIsEmpty(name) ? QString(fallback) : qEnvironmentVariable(name);
}

// A fresh database in the cluster; its URL, or empty.
QString freshPostgres(const QString &adminUrl)
{
    PGconn *conn = PQconnectdb(adminUrl.toUtf8().constData());
    const QString name = QString("lykta_bench_%1").arg(QCoreApplication::applicationPid());
    bool ok = PQstatus(conn) == CONNECTION_OK;
    if (ok) {
        PQclear(PQexec(conn, ("DROP DATABASE IF EXISTS " + name).toUtf8().constData()));
        PGresult *r = PQexec(conn, ("CREATE DATABASE " + name).toUtf8().constData());
        ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
    }
    if (!ok)
        std::fprintf(stderr, "PostgreSQL: %s\n", PQerrorMessage(conn));
    PQfinish(conn);
    return ok ? adminUrl.left(adminUrl.lastIndexOf('/') + 1) + name : QString();
}

bool run(const char *label, const QString &db, const QString &dir)
{
    std::printf("== %s (%s)\n", label, qPrintable(db));
    std::fflush(stdout);
    const QString portFile = dir + "/port-" + label;
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(LYKTA_SERVER_BIN, {"serve", "--db", db, "--port", "0", "--port-file", portFile,
                                    "--insecure-http", "--quiet",
                                    // Every simulated tablet comes from 127.0.0.1; real ones
                                    // each have their own address.
                                    "--max-connections-per-address", "0"});
    int port = 0;
    for (int i = 0; i < 500 && port == 0; ++i) {
        QThread::msleep(20);
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly))
            port = f.readAll().trimmed().toInt();
    }
    if (port == 0) {
        std::fprintf(stderr, "lykta-server did not start\n");
        return false;
    }
    QProcess loadgen;
    loadgen.setProcessChannelMode(QProcess::ForwardedChannels);
    loadgen.start(LYKTA_LOADGEN_BIN, {"--server", QString("http://127.0.0.1:%1").arg(port), "--db",
                                      db, "--devices", setting("LYKTA_LOAD_DEVICES", "500"),
                                      "--seconds", setting("LYKTA_LOAD_SECONDS", "20"),
                                      "--server-pid", QString::number(server.processId())});
    loadgen.waitForFinished(-1);
    server.terminate();
    server.waitForFinished(30000);
    return loadgen.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    bool ok = run("sqlite", "sqlite:" + dir.filePath("load.db"), dir.path());
    const QString cluster = qEnvironmentVariable("LYKTA_TEST_POSTGRES");
    if (cluster.isEmpty()) {
        std::printf("== postgresql: no cluster (LYKTA_TEST_POSTGRES); scripts/bench starts one\n");
        return ok ? 0 : 1;
    }
    const QString db = freshPostgres(cluster);
    ok = !db.isEmpty() && run("postgresql", db, dir.path()) && ok;
    return ok ? 0 : 1;
}
