#include "pgdump.h"

#include "pg.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <libpq-fe.h>

namespace lykta::server::pg {

namespace {

[[noreturn]] void fail(const std::string &why)
{
    throw Error(kBackupFailedState, "the backup before migrating failed: " + why);
}

// libpq's own reading of the URL, handed to pg_dump as the environment variables libpq reads.
QProcessEnvironment connectionEnvironment(const std::string &url)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.c_str(), &message);
    if (!options) {
        const std::string why = message ? message : "out of memory";
        PQfreemem(message);
        fail("the database URL: " + why);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && o->envvar)
            environment.insert(QString::fromUtf8(o->envvar), QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    return environment;
}

// Runs a PostgreSQL client program to its end; its standard output, or fail() with its words.
QByteArray run(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        fail(program.toStdString() + " could not be started (" +
             process.errorString().toStdString() + "; Debian: apt install postgresql-client)");
    process.closeWriteChannel();
    process.waitForFinished(-1); // a large database takes as long as it takes
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(program.toStdString() + ": " + process.readAllStandardError().trimmed().toStdString());
    return process.readAllStandardOutput();
}

} // namespace

std::string dumpBeforeMigration(const std::string &url, int version, const std::string &dir)
{
    const QProcessEnvironment environment = connectionEnvironment(url);
    const QDir target(QString::fromStdString(dir));
    if (!target.exists())
        fail("the backup directory " + target.absolutePath().toStdString() + " does not exist");
    const QString name = QStringLiteral("lykta-pg-schema-v%1-%2.dump")
                             .arg(version)
                             .arg(QDateTime::currentDateTimeUtc().toString(
                                 QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")));
    const QString path = target.absoluteFilePath(name);
    const QString partial = path + QStringLiteral(".partial");

    // Made first, only the owner's, so pg_dump writes into a file no one else may read.
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        fail(partial.toStdString() + ": " + file.errorString().toStdString());
    file.close();
    try {
        run(QStringLiteral("pg_dump"),
            {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
             QStringLiteral("--no-privileges"), QStringLiteral("--file"), partial},
            environment);
        const QByteArray contents =
            run(QStringLiteral("pg_restore"), {QStringLiteral("--list"), partial}, environment);
        if (!contents.contains("TABLE DATA public lykta_schema"))
            fail(partial.toStdString() + " holds no lykta-server schema");
        if (!QFile::rename(partial, path))
            fail("cannot name the backup " + path.toStdString());
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    return path.toStdString();
}

} // namespace lykta::server::pg
