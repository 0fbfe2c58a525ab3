// The server's SQLite file at rest: with `serve --db-key-file` a real lykta-server keeps a note
// pushed by a real tablet only encrypted (the database, its WAL and -shm, every file in its
// folder), every file it makes is 0600, the note comes back intact with the key, and a missing,
// wrong or exposed key is refused clearly without touching the file. `admin encrypt` turns a
// plaintext database into an encrypted one and rotates the key. SQLite only (registered once):
// PostgreSQL's encryption at rest is its deployment's.
#include "testserver.h"

#include "tablet.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtTest>

#include <sys/stat.h>

using namespace lykta;
using namespace lykta::test;

namespace {

constexpr char kCanary[] = "Kanariefågeln sjunger i Ödeshög";

unsigned modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0xffff;
}

// Every file in `dir`, by name.
QMap<QString, QByteArray> filesIn(const QString &dir)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        QFile f(dir + "/" + name);
        if (f.open(QIODevice::ReadOnly))
            files.insert(name, f.readAll());
    }
    return files;
}

QByteArray digest(const QMap<QString, QByteArray> &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = files.begin(); it != files.end(); ++it)
        if (it.key().startsWith("server.db"))
            hash.addData(it.key().toUtf8() + '\0' + it.value());
    return hash.result();
}

} // namespace

class TstAtRest : public QObject
{
    Q_OBJECT

private:
    Tablet tablet(TestServer &server, const QString &name)
    {
        Tablet t;
        t.path = m_tablets.filePath(name + ".db");
        store::StoreOptions options;
        options.database.path = t.path.toStdString();
        auto s = store::Store::open(std::move(options));
        if (s)
            t.store = std::move(*s);
        enroll(server, t, m_staff, m_unit, name);
        return t;
    }

    // A unit, a staff member, a writer and a reader tablet; the writer pushes a note holding
    // the canary. Returns the note's id.
    std::string writeCanary(TestServer &server, Tablet &writer, Tablet &reader)
    {
        m_unit = server.admin({"create-unit", "--name", "Enhet Väst"}).toStdString();
        m_staff =
            server
                .admin({"create-staff", "--name", "Vera", "--unit", QString::fromStdString(m_unit)})
                .toStdString();
        writer = tablet(server, "writer-" + server.dir().section('/', -1));
        reader = tablet(server, "reader-" + server.dir().section('/', -1));
        if (!writer.store || !reader.store || writer.token.empty() || reader.token.empty())
            return {};
        if (!writer.store->write(
                writer.actor,
                {store::ChangeKind::Create, "unit", m_unit, {{"name", std::string("Enhet Väst")}}}))
            return {};
        auto family = writer.store->write(
            writer.actor,
            {store::ChangeKind::Create, "family", {}, {{"name", std::string("Familjen Al")}}});
        if (!family)
            return {};
        auto note = writer.store->write(writer.actor, {store::ChangeKind::Create,
                                                       "note",
                                                       {},
                                                       {{"subject_entity", std::string("family")},
                                                        {"subject_id", family->ids.at(0)},
                                                        {"body", std::string(kCanary)},
                                                        {"status", std::string("draft")}}});
        if (!note || syncTablet(server, writer).activity != sync::client::Activity::Idle)
            return {};
        return note->ids.at(0);
    }

    // The reader pulls and holds the note with the canary intact.
    void readerHasTheNote(TestServer &server, Tablet &reader, const std::string &note)
    {
        QCOMPARE(syncTablet(server, reader).activity, sync::client::Activity::Idle);
        auto got = reader.store->get("note", note);
        QVERIFY(got && *got);
        QCOMPARE(QString::fromStdString((**got).text("body")), QString::fromUtf8(kCanary));
    }

    // Every file lykta-server made in `dir` is 0600 and none holds the canary.
    void sealed(const QString &dir)
    {
        const auto files = filesIn(dir);
        QVERIFY(files.contains("server.db"));
        for (auto it = files.begin(); it != files.end(); ++it) {
            QVERIFY2(!it.value().contains(kCanary), qPrintable(it.key()));
            QVERIFY2(!it.value().contains("SQLite format 3"), qPrintable(it.key()));
            QVERIFY2(modeOf(dir + "/" + it.key()) == 0600, qPrintable(it.key()));
        }
    }

    QString newKey(const QString &name)
    {
        const QString path = m_keys.filePath(name);
        const CommandRun made = runServerCommand({"admin", "new-key", "--out", path});
        if (made.exitCode != 0)
            qWarning("new-key: %s", qPrintable(made.err));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_keys.isValid() && m_tablets.isValid());
        m_key = newKey("server.key");
    }

    void newKeyIsPrivateAndNeverReplaced()
    {
        QCOMPARE(modeOf(m_key), 0600u);
        QFile f(m_key);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray key = f.readAll();
        QCOMPARE(key.size(), 65); // 64 hexadecimal characters and a newline
        const CommandRun again = runServerCommand({"admin", "new-key", "--out", m_key});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("never overwritten"), qPrintable(again.err));
        f.seek(0);
        QCOMPARE(f.readAll(), key);
        QVERIFY(newKey("other.key") != m_key);
        QVERIFY(QFile(m_keys.filePath("other.key")).size() == 65);
        QFile other(m_keys.filePath("other.key"));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QVERIFY(other.readAll() != key);
    }

    void encryptedServerKeepsNoPlaintext()
    {
        TestServer server;
        server.setDbKeyFile(m_key);
        QVERIFY(server.start());
        Tablet writer, reader;
        const std::string note = writeCanary(server, writer, reader);
        QVERIFY(!note.empty());

        // A crash leaves the note in the WAL: it too is sealed.
        server.kill();
        QVERIFY(QFile::exists(server.dir() + "/server.db-wal"));
        sealed(server.dir());
        const QByteArray before = digest(filesIn(server.dir()));

        // Without the key, with another key, with a key others may read: refused clearly, and
        // the file and its WAL stay exactly as they were.
        server.setDbKeyFile({});
        QVERIFY(!server.start());
        QVERIFY2(server.log().contains("opens only with its --db-key-file"), server.log());
        QCOMPARE(digest(filesIn(server.dir())), before);

        server.setDbKeyFile(m_keys.filePath("other.key"));
        QVERIFY(!server.start());
        QVERIFY2(server.log().contains("cannot be decrypted with this key"), server.log());
        QCOMPARE(digest(filesIn(server.dir())), before);

        const QString exposed = m_keys.filePath("exposed.key");
        QVERIFY(QFile::copy(m_key, exposed));
        QVERIFY(QFile::setPermissions(exposed, QFile::ReadOwner | QFile::WriteOwner |
                                                   QFile::ReadGroup | QFile::ReadOther));
        server.setDbKeyFile(exposed);
        QVERIFY(!server.start());
        QVERIFY2(server.log().contains("may be read by others (mode 0644)"), server.log());
        QCOMPARE(digest(filesIn(server.dir())), before);

        const QString shortKey = m_keys.filePath("short.key");
        {
            QFile f(shortKey);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("0123456789abcdef\n");
        }
        QVERIFY(QFile::setPermissions(shortKey, QFile::ReadOwner | QFile::WriteOwner));
        server.setDbKeyFile(shortKey);
        QVERIFY(!server.start());
        QVERIFY2(server.log().contains("64 hexadecimal characters"), server.log());
        QCOMPARE(digest(filesIn(server.dir())), before);

        // With the key: a second tablet pulls the note intact, the crash's WAL included.
        server.setDbKeyFile(m_key);
        QVERIFY(server.start());
        readerHasTheNote(server, reader, note);
        server.stop();
        sealed(server.dir());
    }

    void plaintextDatabaseIsEncryptedByCopy()
    {
        TestServer server;
        QVERIFY(server.start());
        Tablet writer, reader;
        const std::string note = writeCanary(server, writer, reader);
        QVERIFY(!note.empty());
        server.stop();
        // The plaintext file shows the canary (so the scans above would find it) and is 0600.
        const QString dir = server.dir();
        QVERIFY(filesIn(dir).value("server.db").contains(kCanary));
        for (const QString &name : filesIn(dir).keys())
            QVERIFY2(modeOf(dir + "/" + name) == 0600, qPrintable(name));

        // A plaintext file does not open with a key, and is left as it was.
        const QByteArray plain = digest(filesIn(dir));
        const CommandRun withKey = runServerCommand(
            {"admin", "--db", server.database().spec(), "--db-key-file", m_key, "list-units"});
        QCOMPARE(withKey.exitCode, 1);
        QVERIFY2(withKey.err.contains("a plaintext database"), qPrintable(withKey.err));
        QCOMPARE(digest(filesIn(dir)), plain);

        // admin encrypt: an encrypted copy, which then replaces the plaintext file.
        const QString copy = m_keys.filePath("copy.db");
        const CommandRun encrypted =
            runServerCommand({"admin", "--db", server.database().spec(), "encrypt", "--out", copy,
                              "--key-file", m_key});
        QCOMPARE(encrypted.exitCode, 0);
        const CommandRun twice = runServerCommand({"admin", "--db", server.database().spec(),
                                                   "encrypt", "--out", copy, "--key-file", m_key});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains("already exists"), qPrintable(twice.err));
        for (const QString &name : filesIn(dir).keys())
            QVERIFY(QFile::remove(dir + "/" + name));
        QVERIFY(QFile::rename(copy, dir + "/server.db"));
        sealed(dir);

        server.setDbKeyFile(m_key);
        QVERIFY(server.start());
        readerHasTheNote(server, reader, note);
        server.stop();
        sealed(dir);

        // Key rotation: a copy under the new key opens with it and not with the old one.
        const QString rotated = m_keys.filePath("rotated.db");
        const QString next = m_keys.filePath("other.key");
        const CommandRun rotate =
            runServerCommand({"admin", "--db", server.database().spec(), "--db-key-file", m_key,
                              "encrypt", "--out", rotated, "--key-file", next});
        QCOMPARE(rotate.exitCode, 0);
        QVERIFY(!filesIn(m_keys.path()).value("rotated.db").contains(kCanary));
        const CommandRun old = runServerCommand(
            {"admin", "--db", "sqlite:" + rotated, "--db-key-file", m_key, "list-units"});
        QCOMPARE(old.exitCode, 1);
        QVERIFY2(old.err.contains("cannot be decrypted"), qPrintable(old.err));
        const CommandRun fresh = runServerCommand(
            {"admin", "--db", "sqlite:" + rotated, "--db-key-file", next, "list-units"});
        QCOMPARE(fresh.exitCode, 0);
        QVERIFY2(fresh.out.contains("Enhet Väst"), qPrintable(fresh.out));
    }

private:
    QTemporaryDir m_keys;    // outside every server's folder, as a deployment keeps it
    QTemporaryDir m_tablets; // the tablets' stores, so a server's folder holds only its files
    QString m_key;
    std::string m_unit;
    std::string m_staff;
};

QTEST_GUILESS_MAIN(TstAtRest)
#include "tst_atrest.moc"
