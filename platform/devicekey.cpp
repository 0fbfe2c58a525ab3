#include "devicekey.h"

#include "keystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace lykta::platform {

namespace {

constexpr std::string_view kAlias = "lykta-device-key";

QString systemError(const char *what)
{
    return QString::fromLatin1(what) + QStringLiteral(": ") +
           QString::fromLocal8Bit(std::strerror(errno));
}

// Writes `bytes` as a new file, failing when one is there: the first writer wins.
bool createExclusive(const QString &path, const std::vector<unsigned char> &bytes)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool written =
        ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()) &&
        ::fsync(fd) == 0;
    ::close(fd);
    if (!written)
        ::unlink(name.constData());
    return written;
}

} // namespace

QString DeviceKey::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/lykta/device.key");
}

Result<crypto::SecureKey, QString> DeviceKey::loadOrCreate(const QString &path)
{
    if (!crypto::ensureSodium())
        return QStringLiteral("libsodium failed to start");
    const auto keyStore = KeyStore::create();
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!QFile::exists(path)) {
        crypto::SecureKey fresh = crypto::SecureKey::random();
        std::vector<unsigned char> bytes;
        if (keyStore->isAvailable()) {
            auto wrapped = keyStore->wrap(kAlias, fresh);
            if (!wrapped)
                return QStringLiteral("the platform key store refused to wrap the device key");
            bytes = std::move(*wrapped);
        } else {
            bytes.assign(fresh.data(), fresh.data() + crypto::SecureKey::kSize);
        }
        const bool made = createExclusive(path, bytes);
        std::fill(bytes.begin(), bytes.end(), 0);
        if (!made && errno != EEXIST)
            return systemError("cannot write the device key");
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the device key ") + path;
    QByteArray bytes = file.read(4096);
    const std::span<const unsigned char> span(reinterpret_cast<const unsigned char *>(bytes.data()),
                                              static_cast<std::size_t>(bytes.size()));
    Result<crypto::SecureKey, QString> key = QStringLiteral("the device key file is damaged");
    if (keyStore->isAvailable()) {
        if (auto unwrapped = keyStore->unwrap(kAlias, span))
            key = std::move(*unwrapped);
        else
            key = QStringLiteral("the platform key store does not open the device key");
    } else if (span.size() == crypto::SecureKey::kSize) {
        key = crypto::SecureKey::fromBytes(span);
    }
    bytes.fill('\0');
    return key;
}

} // namespace lykta::platform
