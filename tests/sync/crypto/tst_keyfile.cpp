// The wrapped data key: the right passphrase opens it, a wrong one changes nothing, a damaged
// or hostile file is refused before any expensive work, and calibration reaches its target.

#include "sync/crypto/keyfile.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace lykta::crypto;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_path = m_dir.filePath(QString("k%1.key").arg(m_n++)); }

    void rightPassphraseUnwrapsTheSameKey()
    {
        const SecureKey key = SecureKey::random();
        QVERIFY(KeyFile::write(m_path.toStdString(), key, "ett två tre fyra", KdfParams::minimal(),
                               false));
        QCOMPARE(bytesOf(m_path).size(), qsizetype(KeyFile::kFileSize));
        QVERIFY(
            !bytesOf(m_path).contains(QByteArray(reinterpret_cast<const char *>(key.data()), 32)));
        auto back = KeyFile::unwrap(m_path.toStdString(), "ett två tre fyra");
        QVERIFY(back);
        QCOMPARE(std::memcmp(back->data(), key.data(), SecureKey::kSize), 0);
        QCOMPARE(KeyFile::params(m_path.toStdString())->opsLimit, KdfParams::minimal().opsLimit);
    }

    void wrongPassphraseIsRefusedAndNothingWritten()
    {
        QVERIFY(KeyFile::write(m_path.toStdString(), SecureKey::random(), "ett två tre fyra",
                               KdfParams::minimal(), false));
        const QByteArray before = bytesOf(m_path);
        auto wrong = KeyFile::unwrap(m_path.toStdString(), "ett två tre fem");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, CryptoErrc::WrongPassphrase);
        QCOMPARE(bytesOf(m_path), before);
        QVERIFY(KeyFile::unwrap(m_path.toStdString(), "ett två tre fyra"));
    }

    void neverReplacesAKeyFileUnlessAsked()
    {
        QVERIFY(KeyFile::write(m_path.toStdString(), SecureKey::random(), "ett två tre fyra",
                               KdfParams::minimal(), false));
        const QByteArray before = bytesOf(m_path);
        auto again = KeyFile::write(m_path.toStdString(), SecureKey::random(), "ett två tre fyra",
                                    KdfParams::minimal(), false);
        QCOMPARE(again.error().code, CryptoErrc::AlreadyExists);
        QCOMPARE(bytesOf(m_path), before);
    }

    void damagedOrHostileFilesAreRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("expected");
        const int damaged = static_cast<int>(CryptoErrc::KeyFileDamaged);
        const int wrong = static_cast<int>(CryptoErrc::WrongPassphrase);
        QTest::newRow("magic") << 0 << QByteArray("X") << damaged;
        QTest::newRow("version") << 8 << QByteArray("\x02", 1) << damaged;
        // A huge memory limit must not be tried (it is bounded before Argon2id runs).
        QTest::newRow("memlimit 1 TiB") << 16 << QByteArray("\0\0\0\0\0\x01\0\0", 8) << damaged;
        QTest::newRow("opslimit 0") << 12 << QByteArray("\0\0\0\0", 4) << damaged;
        // Parameters within range but altered: the wrap's additional data catches it.
        QTest::newRow("opslimit 2") << 12 << QByteArray("\x02\0\0\0", 4) << wrong;
        QTest::newRow("salt") << 30 << QByteArray("\xff", 1) << wrong;
        QTest::newRow("wrapped key") << 80 << QByteArray("\xff", 1) << wrong;
        QTest::newRow("truncated") << -1 << QByteArray() << damaged;
        QTest::newRow("appended") << -2 << QByteArray("x") << damaged;
    }

    void damagedOrHostileFilesAreRefused()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, bytes);
        QFETCH(int, expected);
        QVERIFY(KeyFile::write(m_path.toStdString(), SecureKey::random(), "ett två tre fyra",
                               KdfParams::minimal(), false));
        QByteArray file = bytesOf(m_path);
        if (offset == -1)
            file.chop(1);
        else if (offset == -2)
            file += bytes;
        else
            file.replace(offset, bytes.size(), bytes);
        overwrite(m_path, file);
        auto key = KeyFile::unwrap(m_path.toStdString(), "ett två tre fyra");
        QVERIFY(!key);
        QCOMPARE(static_cast<int>(key.error().code), expected);
    }

    void missingFileIsNamedSo()
    {
        QCOMPARE(KeyFile::unwrap(m_path.toStdString(), "x").error().code,
                 CryptoErrc::KeyFileMissing);
    }

    void calibrationReachesItsTarget()
    {
        // Loose bounds: the machine is shared, but a tenth or ten times the target is a bug.
        const KdfParams params = KdfParams::calibrated(std::chrono::milliseconds(200), 32ull << 20);
        QVERIFY(params.opsLimit >= 2);
        QVERIFY(KeyFile::write(m_path.toStdString(), SecureKey::random(), "ett två tre fyra",
                               params, false));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(KeyFile::unwrap(m_path.toStdString(), "ett två tre fyra"));
        const qint64 ms = timer.elapsed();
        qInfo("opslimit %llu, memlimit 32 MiB: unwrap took %lld ms (target 200)",
              static_cast<unsigned long long>(params.opsLimit), ms);
        QVERIFY(ms >= 20 && ms <= 2000);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
