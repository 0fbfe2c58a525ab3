#include "testserver.h"

#include "rawhttp.h"

#include "sync/core/hlc.h"
#include "sync/core/uuid.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <csignal>

namespace lykta::test {

std::string serverBinary()
{
    return LYKTA_SERVER_BIN;
}

CommandRun runServerCommand(const QStringList &args)
{
    return runCommand(QString::fromStdString(serverBinary()), args);
}

CommandRun runCommand(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError())};
}

CommandRun runScript(const QString &name, const QStringList &args)
{
    return runCommand(QStringLiteral(LYKTA_SCRIPTS "/") + name, args);
}

TestServer::TestServer()
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("LYKTA_KEEP_TEST_DIRS"));
    m_db = std::make_shared<TestDatabase>(m_dir.path());
}

TestServer::TestServer(const TestServer &other) : m_db(other.m_db)
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("LYKTA_KEEP_TEST_DIRS"));
}

TestServer::TestServer(std::shared_ptr<TestDatabase> database) : m_db(std::move(database))
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("LYKTA_KEEP_TEST_DIRS"));
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(const QString &certFile, const QString &keyFile)
{
    stop();
    const QString portFile = m_dir.filePath("port");
    QFile::remove(portFile);
    m_tls = !certFile.isEmpty();
    QStringList args{"serve",  "--db", m_db->spec(),  "--listen", "127.0.0.1",
                     "--port", "0",    "--port-file", portFile};
    if (!m_dbKeyFile.isEmpty())
        args << "--db-key-file" << m_dbKeyFile;
    if (m_tls)
        args << "--tls-cert" << certFile << "--tls-key" << keyFile;
    else
        args << "--insecure-http";
    args << m_serveArgs;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QString::fromStdString(serverBinary()), args);
    if (!m_process->waitForStarted(5000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            m_port = f.readAll().trimmed().toInt();
            if (m_port > 0)
                return true;
        }
        // Also notices (and reads the output of) a server that exited, e.g. refusing its options.
        if (m_process->state() == QProcess::NotRunning || m_process->waitForFinished(20))
            break;
    }
    m_log += m_process->readAll();
    qWarning("lykta-server did not start: %s", m_log.constData());
    return false;
}

void TestServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_log += m_process->readAll();
    m_process.reset();
}

void TestServer::kill()
{
    if (!m_process)
        return;
    m_process->kill(); // SIGKILL
    m_process->waitForFinished(5000);
    m_log += m_process->readAll();
    m_process.reset();
}

qint64 TestServer::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool TestServer::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString TestServer::admin(const QStringList &args, int *exitCode) const
{
    QProcess p;
    QStringList db{"admin", "--db", m_db->spec()};
    if (!m_dbKeyFile.isEmpty())
        db << "--db-key-file" << m_dbKeyFile;
    p.start(QString::fromStdString(serverBinary()), db + args);
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitCode();
    else if (p.exitCode() != 0)
        qWarning("admin %s failed: %s", qPrintable(args.join(' ')),
                 p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

std::string TestServer::baseUrl() const
{
    return std::string(m_tls ? "https" : "http") + "://127.0.0.1:" + std::to_string(m_port);
}

std::unique_ptr<sync::client::Transport> TestServer::transport(const std::string &token,
                                                               const std::string &caFile) const
{
    sync::client::TransportOptions options;
    options.baseUrl = baseUrl();
    options.token = token;
    options.caFile = caFile;
    options.requestTimeout = std::chrono::seconds(60);
    return sync::client::makeCurlTransport(std::move(options));
}

TestServer::Enrolled TestServer::enrollStaff(const QString &unitName, sync::DeviceId device)
{
    Enrolled e;
    e.unit = admin({"create-unit", "--name", unitName}).toStdString();
    e.staff = admin({"create-staff", "--name", "Staff of " + unitName, "--unit",
                     QString::fromStdString(e.unit)})
                  .toStdString();
    const QString code = admin({"enroll-code", "--staff", QString::fromStdString(e.staff)});
    auto client = transport();
    auto enrolled = client->enroll({code.toStdString(), device, "test tablet"});
    if (!enrolled) {
        qWarning("enroll failed: %s", enrolled.error().detail.c_str());
        return e;
    }
    e.device = device;
    e.token = enrolled->token;
    return e;
}

std::string TestServer::enrollAnother(const Enrolled &who, sync::DeviceId device) const
{
    const QString code = admin({"enroll-code", "--staff", QString::fromStdString(who.staff)});
    auto enrolled = transport()->enroll({code.toStdString(), device, "another tablet"});
    if (!enrolled) {
        qWarning("enroll failed: %s", enrolled.error().detail.c_str());
        return {};
    }
    return enrolled->token;
}

std::string TestServer::enrollKiosk(const std::string &unit, sync::DeviceId device)
{
    const QString code = admin({"enroll-code", "--kiosk", "--unit", QString::fromStdString(unit)});
    auto enrolled = transport()->enroll({code.toStdString(), device, "waiting room"});
    return enrolled ? enrolled->token : std::string();
}

DeltaWriter::DeltaWriter(sync::DeviceId device, std::string author)
    : m_device(device), m_author(std::move(author))
{}

std::vector<sync::Delta>
DeltaWriter::write(const std::string &entity, const std::string &id,
                   const std::vector<std::pair<std::string, sync::Value>> &fields,
                   const sync::Hlc &base)
{
    const std::int64_t now = std::max(sync::HlcClock::systemMilliseconds(), m_lastMs + 1);
    m_lastMs = now;
    const sync::Hlc hlc{now, 0, m_device};
    std::vector<sync::Delta> out;
    for (const auto &[field, value] : fields)
        out.push_back({{m_device, ++m_counter}, entity, id, field, value, hlc, m_author, base});
    return out;
}

sync::Batch DeltaWriter::batch(std::vector<sync::Delta> deltas) const
{
    sync::Batch b;
    b.device = m_device;
    b.sentAtMs = sync::HlcClock::systemMilliseconds();
    b.deltas = std::move(deltas);
    return b;
}

std::vector<std::string> pushNotes(const TestServer &server, const TestServer::Enrolled &who,
                                   DeltaWriter &writer, int count)
{
    std::vector<std::string> ids;
    std::vector<sync::Delta> deltas;
    for (int i = 0; i < count; ++i) {
        ids.push_back(sync::newUuidV7());
        auto d = writer.write("note", ids.back(),
                              {{"unit_id", who.unit}, {"body", "Anteckning " + ids.back()}});
        deltas.insert(deltas.end(), d.begin(), d.end());
    }
    auto answer = server.transport(who.token)->push(writer.batch(deltas));
    if (!answer || answer->accepted.size() != deltas.size())
        return {};
    return ids;
}

std::set<std::string> pulledIds(const TestServer &server, const std::string &token,
                                const std::string &entity)
{
    std::set<std::string> ids;
    auto client = server.transport(token);
    std::uint64_t cursor = 0;
    for (int page = 0; page < 1000; ++page) {
        auto batch = client->pull(cursor, 500);
        if (!batch)
            return {};
        for (const auto &d : batch->deltas)
            if (d.entity == entity)
                ids.insert(d.entityId);
        cursor = batch->cursor;
        if (!batch->hasMore)
            break;
    }
    return ids;
}

std::string answeredEpoch(const TestServer &server, const std::string &token)
{
    const RawAnswer answer = rawRequest(
        server.port(), "GET /v1/pull?since=0&limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Authorization: Bearer " +
                           QByteArray::fromStdString(token) + "\r\nConnection: close\r\n\r\n");
    if (answer.status != 200)
        return {};
    const QByteArray name = QByteArray(sync::protocol::kEpochHeader.data(),
                                       qsizetype(sync::protocol::kEpochHeader.size()))
                                .toLower() +
                            ": ";
    for (const QByteArray &line : answer.all.split('\n')) {
        if (line.toLower().startsWith(name))
            return line.mid(name.size()).trimmed().toStdString();
    }
    return {};
}

} // namespace lykta::test
