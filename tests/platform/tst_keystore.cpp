// The key store says what protects the data key on this device; on Linux that is the
// passphrase alone, so only a strong passphrase is accepted.

#include "platform/keystore.h"

#include <QTest>

using namespace lykta;
using namespace lykta::platform;

class TestKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void linuxHasNoHardwareKeyAndSaysSo()
    {
        auto store = KeyStore::create();
        QVERIFY(store);
        QVERIFY(!store->isAvailable());
        QCOMPARE(store->protection(), crypto::KeyProtection::PassphraseOnly);
        const crypto::SecureKey key = crypto::SecureKey::random();
        auto wrapped = store->wrap("lykta-store", key);
        QVERIFY(!wrapped);
        QCOMPARE(wrapped.error(), KeyStore::Error::Unavailable);
        const std::vector<unsigned char> blob(48, 0);
        QCOMPARE(store->unwrap("lykta-store", blob).error(), KeyStore::Error::Unavailable);
        // A PIN is not enough where no hardware limits guesses.
        QCOMPARE(crypto::checkPassphrase("482913", store->protection()),
                 crypto::PassphraseCheck::TooShort);
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
