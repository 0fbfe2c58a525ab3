// The server's raw key: 64 hex characters from a file or the environment, nothing else.

#include "sync/crypto/rawkey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace lykta::crypto;

namespace {
constexpr const char *kHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
}

class TestRawKey : public QObject
{
    Q_OBJECT

private slots:
    void parsesExactly64HexCharacters()
    {
        auto key = parseRawKey(kHex);
        QVERIFY(key);
        QCOMPARE(key->data()[0], static_cast<unsigned char>(0x00));
        QCOMPARE(key->data()[31], static_cast<unsigned char>(0x1f));
        QVERIFY(parseRawKey(std::string(kHex) + "\n"));
        QCOMPARE(parseRawKey(std::string(kHex).substr(2)).error().code, CryptoErrc::KeyFileDamaged);
        QCOMPARE(parseRawKey(std::string(kHex) + "00").error().code, CryptoErrc::KeyFileDamaged);
        std::string bad = kHex;
        bad[10] = 'g';
        QCOMPARE(parseRawKey(bad).error().code, CryptoErrc::KeyFileDamaged);
    }

    void readsAFileAndTheEnvironment()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("server.key");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(kHex) + "\n");
        file.close();
        auto fromFile = readRawKeyFile(path.toStdString());
        QVERIFY(fromFile);
        QCOMPARE(fromFile->data()[5], static_cast<unsigned char>(0x05));
        QCOMPARE(readRawKeyFile(dir.filePath("missing").toStdString()).error().code,
                 CryptoErrc::KeyFileMissing);

        ::setenv("LYKTA_TEST_RAW_KEY", kHex, 1);
        QVERIFY(rawKeyFromEnvironment("LYKTA_TEST_RAW_KEY"));
        ::unsetenv("LYKTA_TEST_RAW_KEY");
        QCOMPARE(rawKeyFromEnvironment("LYKTA_TEST_RAW_KEY").error().code,
                 CryptoErrc::KeyFileMissing);
    }
};

QTEST_GUILESS_MAIN(TestRawKey)
#include "tst_rawkey.moc"
