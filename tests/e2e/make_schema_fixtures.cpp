// Writes the fixtures of the server schema upgrade test (tests/data/server-schema): a real
// lykta-server on 127.0.0.1 takes a unit's work (two staff tablets pushing notes, one pulling
// them, a kiosk, an enrollment code not yet used), and its database is written out once per
// earlier schema N as the INSERTs of the rows that schema's tables and columns hold. Run it on
// each backend when a new schema version ships, and commit what it wrote (the fixtures already
// there are left as they are):
//
//   build/dev/tests/e2e/make_schema_fixtures
//   export LYKTA_TEST_POSTGRES=$(scripts/pg-cluster start /tmp/pg)
//   LYKTA_TEST_DB=postgresql build/dev/tests/e2e/make_schema_fixtures
//
// A fixture's rows are this server's, narrowed to schema N: a row whose meaning changed between
// versions (a pull's audit row named one record before schema 5) keeps today's meaning.
#include "schemafixtures.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace lykta;
using namespace lykta::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Backend backend = testBackend();
    TestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "the server did not start\n");
        return 1;
    }
    const auto first = server.enrollStaff("Enhet Fixtur", 701);
    TestServer::Enrolled second = first;
    second.device = 702;
    second.token = server.enrollAnother(first, second.device);
    const std::string kiosk = server.enrollKiosk(first.unit, 703);
    DeltaWriter firstWriter(first.device, first.staff);
    DeltaWriter secondWriter(second.device, second.staff);
    if (second.token.empty() || kiosk.empty() ||
        pushNotes(server, first, firstWriter, 12).size() != 12 ||
        pushNotes(server, second, secondWriter, 3).size() != 3 ||
        pulledIds(server, second.token, "note").size() != 12) {
        std::fprintf(stderr, "the unit's work was not taken\n");
        return 1;
    }
    server.admin({"enroll-code", "--staff", QString::fromStdString(first.staff)});
    server.stop();

    const auto header = [&](int version) {
        QString text = QStringLiteral("-- lykta-server %1 schema %2: the rows of a unit's database "
                                      "as a schema-%2 server held them,\n")
                           .arg(toString(backend))
                           .arg(version);
        text += QStringLiteral("-- written by tests/e2e/make_schema_fixtures.cpp; loaded into the "
                               "schema that the shipped\n-- migrations v1..v%1 make. The "
                               "tablets' tokens, for the upgrade test (tst_schemaupgrade):\n")
                    .arg(version);
        for (const auto &[device, token] : {std::pair{first.device, first.token},
                                            {second.device, second.token},
                                            {sync::DeviceId{703}, kiosk}})
            text +=
                QStringLiteral("-- token %1 %2\n").arg(device).arg(QString::fromStdString(token));
        return text.toUtf8();
    };
    for (int version = 1; version < kCurrentServerSchema; ++version) {
        // A released schema's fixture stays as committed: only a new one is written.
        if (QFile::exists(fixturePath(backend, version)))
            continue;
        QTemporaryDir dir;
        const TestDatabase scratch(dir.path(), backend);
        if (!createSchema(scratch, version))
            return 1;
        const std::string rows = dumpRows(server.database(), schemaTables(scratch));
        QFile out(fixturePath(backend, version));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(out.fileName()),
                         qPrintable(out.errorString()));
            return 1;
        }
        out.write(header(version) + QByteArray::fromStdString(rows));
        std::printf("%s\n", qPrintable(out.fileName()));
    }
    return 0;
}
