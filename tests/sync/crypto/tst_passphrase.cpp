// What a passphrase must be where only it protects the data key, and where hardware helps.

#include "sync/crypto/passphrase.h"

#include <QTest>

using namespace lykta::crypto;

class TestPassphrase : public QObject
{
    Q_OBJECT

private slots:
    void passphraseOnly()
    {
        const auto check = [](const char *p) {
            return checkPassphrase(p, KeyProtection::PassphraseOnly);
        };
        QCOMPARE(check("gröna äpplen under bron"), PassphraseCheck::Ok);
        QCOMPARE(check("Kort-ord1"), PassphraseCheck::TooShort);
        // Eleven characters in 14 bytes: counted as characters, not bytes.
        QCOMPARE(check("åäöåäöåäöab"), PassphraseCheck::TooShort);
        QCOMPARE(check("123456789012"), PassphraseCheck::OnlyDigits);
        QCOMPARE(check("abcabcabcabcabc"), PassphraseCheck::TooRepetitive);
        QCOMPARE(check("abcdefabcdef"), PassphraseCheck::Ok);
    }

    void hardwareBackedAcceptsAPin()
    {
        QCOMPARE(checkPassphrase("483920", KeyProtection::HardwareBacked), PassphraseCheck::Ok);
        QCOMPARE(checkPassphrase("4839", KeyProtection::HardwareBacked), PassphraseCheck::TooShort);
        QCOMPARE(checkPassphrase("483920", KeyProtection::PassphraseOnly),
                 PassphraseCheck::TooShort);
    }
};

QTEST_GUILESS_MAIN(TestPassphrase)
#include "tst_passphrase.moc"
