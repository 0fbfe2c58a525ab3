#include "kioskpin.h"

#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace lykta::kiosk {

QString KioskPin::pathFor(const QString &database)
{
    return database + QStringLiteral(".pin");
}

bool KioskPin::isAcceptable(const QString &pin)
{
    if (pin.size() < kMinDigits || pin.size() > kMaxDigits)
        return false;
    return std::all_of(pin.begin(), pin.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool KioskPin::set(const QString &path, const QString &pin)
{
    if (!isAcceptable(pin) || sodium_init() < 0)
        return false;
    const QByteArray utf8 = pin.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(hash);
    file.write("\n");
    return file.commit();
}

std::optional<QByteArray> KioskPin::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray hash = file.read(crypto_pwhash_STRBYTES).trimmed();
    if (!hash.startsWith("$argon2id$"))
        return std::nullopt;
    return hash;
}

bool KioskPin::verify(const QByteArray &hash, const QString &pin)
{
    if (!isAcceptable(pin) || sodium_init() < 0)
        return false;
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace lykta::kiosk
