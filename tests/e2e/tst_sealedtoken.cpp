// The device token beside an encrypted store (`<db>.sync`) is sealed with the store's key: a
// copy of the file set (store, key file, .sync) holds nothing the server takes as a token,
// and without the passphrase the copy cannot sync. A file an earlier version wrote with the
// token in clear is sealed by the next sync after an unlock, the device stays enrolled, and
// the clear token is gone from the file. lykta-sync runs as a process against a real server.

#include "storereplica.h"
#include "sync/crypto/vault.h"
#include "testserver.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace lykta;

namespace {

const QString kPassphrase = QStringLiteral("lång lösenfras för testet 7");

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run lyktaSync(const QStringList &args, const QString &passphrase = kPassphrase)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("LYKTA_PASSPHRASE", passphrase);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LYKTA_SYNC_BIN), args);
    if (!p.waitForFinished(120'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

// A store encrypted the way the app makes one; its device id.
sync::DeviceId createEncryptedStore(const QString &path)
{
    auto vault = crypto::Vault::create(path.toStdString() + ".key", kPassphrase.toStdString(),
                                       crypto::KdfParams::minimal());
    if (!vault)
        return 0;
    store::StoreOptions options;
    options.database.path = path.toStdString();
    options.vault = std::move(*vault);
    auto store = store::Store::open(options);
    return store ? (*store)->deviceId() : 0;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TstSealedToken : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QString m_staff;

    QString code() { return m_server.admin({"enroll-code", "--staff", m_staff}); }

    // Whatever the file holds, tried as a bearer token by someone who copied it: refused.
    void noValueInTheFileIsAToken(const QByteArray &file)
    {
        const auto form = sync::protocol::decodeForm(file.trimmed().toStdString());
        QVERIFY(form);
        for (const auto &[field, value] : *form) {
            if (value.empty())
                continue;
            auto pulled = m_server.transport(value)->pull(0, 10);
            QVERIFY2(!pulled, qPrintable(QString::fromStdString(field) +
                                         " of the .sync file pulls as the device"));
            QCOMPARE(pulled.error().httpStatus, 401);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        const QString unit = m_server.admin({"create-unit", "--name", "Enheten"});
        m_staff = m_server.admin({"create-staff", "--name", "Maja", "--unit", unit});
    }

    void copiedFileSetCannotSync()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("tablet.db");
        QVERIFY(createEncryptedStore(db) != 0);
        const QString url = QString::fromStdString(m_server.baseUrl());
        Run run = lyktaSync({"enroll", "--database", db, "--server", url, "--code", code()});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        run = lyktaSync({"sync", "--database", db, "--quiet"});
        QVERIFY2(run.exitCode == 0, run.output.constData());

        // The file set as someone copies it.
        QTemporaryDir elsewhere;
        const QString copy = elsewhere.filePath("tablet.db");
        for (const QString suffix : {"", ".key", ".sync", "-wal"}) {
            if (QFile::exists(db + suffix))
                QVERIFY(QFile::copy(db + suffix, copy + suffix));
        }
        const QByteArray sealed = readAll(copy + ".sync");
        QVERIFY(!sealed.isEmpty());
        noValueInTheFileIsAToken(sealed);

        // The token is in there only sealed: with the passphrase it opens, and it is not in
        // the file's bytes.
        auto vault = crypto::Vault::open(copy.toStdString() + ".key");
        QVERIFY(vault);
        QVERIFY((*vault)->unlock(kPassphrase.toStdString()));
        store::StoreOptions options;
        options.database.path = copy.toStdString();
        options.vault = std::move(*vault);
        auto opened = syncctl::loadEnrollment(options);
        QVERIFY(opened);
        QVERIFY(opened->token.size() >= 16);
        QVERIFY(!sealed.contains(QByteArray::fromStdString(opened->token)));
        QVERIFY(m_server.transport(opened->token)->pull(0, 10)); // it is the device's token

        // Without the passphrase the copy does not sync (and with a wrong one neither).
        run = lyktaSync({"sync", "--database", copy, "--quiet"}, "fel lösenfras, helt fel");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.contains("the passphrase does not open this store"),
                 run.output.constData());

        // The server named in the file cannot be changed to send the token elsewhere.
        QByteArray edited = sealed;
        edited.replace("127.0.0.1", "127.0.0.2");
        QFile out(copy + ".sync");
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(edited);
        out.close();
        const auto refused = syncctl::loadEnrollment(options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, syncctl::EnrollmentErrc::Damaged);
    }

    void clearFileFromEarlierVersionIsSealed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("old.db");
        const sync::DeviceId device = createEncryptedStore(db);
        QVERIFY(device != 0);
        auto enrolled = m_server.transport()->enroll({code().toStdString(), device, "old"});
        QVERIFY(enrolled);
        const std::string token = enrolled->token;
        // What an earlier lykta-sync wrote: the token in clear.
        {
            QFile file(db + ".sync");
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            file.write(QByteArray::fromStdString(
                sync::protocol::encodeForm({{"server", m_server.baseUrl()},
                                            {"token", token},
                                            {"ca_file", ""},
                                            {"kind", enrolled->kind},
                                            {"staff", enrolled->staffId},
                                            {"units", enrolled->units.at(0)}}) +
                "\n"));
        }
        QVERIFY(readAll(db + ".sync").contains(QByteArray::fromStdString(token)));

        // The next sync (after the passphrase) works, and leaves the file sealed.
        Run run = lyktaSync({"sync", "--database", db, "--quiet"});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        const QByteArray after = readAll(db + ".sync");
        QVERIFY(!after.isEmpty());
        QVERIFY(!after.contains(QByteArray::fromStdString(token)));
        QVERIFY(!after.contains("token="));
        QVERIFY(!QFile::exists(db + ".sync.tmp"));
        noValueInTheFileIsAToken(after);

        // Still enrolled: the sealed file syncs again.
        run = lyktaSync({"sync", "--database", db, "--quiet"});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        run = lyktaSync({"status", "--database", db});
        QVERIFY2(run.output.contains("enrolled: " + QByteArray::fromStdString(m_server.baseUrl())),
                 run.output.constData());
    }
};

QTEST_GUILESS_MAIN(TstSealedToken)
#include "tst_sealedtoken.moc"
