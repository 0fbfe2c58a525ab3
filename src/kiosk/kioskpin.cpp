#include "kioskpin.h"

#include <QFile>
#include <QSaveFile>

#include <sodium.h>

#include <algorithm>

namespace lykta::kiosk {

namespace {

using std::chrono::milliseconds;

// Past this many doublings the wait is kMaxWait anyway; the shift below stays small.
constexpr int kMaxDoublings = 30;

} // namespace

QString KioskPin::pathFor(const QString &database)
{
    return database + QStringLiteral(".pin");
}

QString KioskPin::failuresPathFor(const QString &pinPath)
{
    return pinPath + QStringLiteral(".failures");
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
    if (!file.commit())
        return false;
    const QString failures = failuresPathFor(path);
    return !QFile::exists(failures) || QFile::remove(failures);
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

KioskPin::KioskPin(QString path, Clock clock)
    : m_path(std::move(path)), m_clock(std::move(clock)), m_hash(load(m_path))
{
    loadFailures();
}

milliseconds KioskPin::waitAfter(int failures)
{
    if (failures <= 0)
        return milliseconds(0);
    const auto doubled =
        milliseconds(kFirstWait) * (std::int64_t{1} << std::min(failures - 1, kMaxDoublings));
    return std::min<milliseconds>(doubled, kMaxWait);
}

milliseconds KioskPin::waitRemaining() const
{
    const milliseconds wait = waitAfter(m_failures);
    // A clock set back makes the whole wait start again, never a longer one.
    const auto elapsed = std::max(
        milliseconds(0), std::chrono::duration_cast<milliseconds>(m_clock() - m_lastFailure));
    return std::max(milliseconds(0), wait - elapsed);
}

KioskPin::Check KioskPin::check(const QString &pin)
{
    if (!m_hash)
        return Check::NotSet;
    if (waitRemaining() > milliseconds(0))
        return Check::Waiting;
    ++m_failures;
    m_lastFailure = m_clock();
    saveFailures();
    if (!verify(*m_hash, pin)) {
        // The wait runs from the answer, however long the check took.
        m_lastFailure = m_clock();
        saveFailures();
        return Check::Wrong;
    }
    m_failures = 0;
    QFile::remove(failuresPathFor(m_path));
    return Check::Right;
}

// The file holds "<failures> <last failure, ms since the epoch>".
void KioskPin::loadFailures()
{
    QFile file(failuresPathFor(m_path));
    if (!file.open(QIODevice::ReadOnly))
        return; // none yet
    const QList<QByteArray> parts = file.read(64).simplified().split(' ');
    bool countOk = false;
    bool timeOk = false;
    const int count = parts.value(0).toInt(&countOk);
    const qint64 lastMs = parts.value(1).toLongLong(&timeOk);
    if (countOk && timeOk && count >= 0) {
        m_failures = count;
        m_lastFailure = std::chrono::system_clock::time_point(milliseconds(lastMs));
        return;
    }
    // A damaged count must not be a way round the wait: the longest one, from now.
    m_failures = kMaxDoublings;
    m_lastFailure = m_clock();
}

void KioskPin::saveFailures() const
{
    // Should the file not be writable, the count still holds for as long as the kiosk runs.
    QSaveFile file(failuresPathFor(m_path));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto lastMs =
        std::chrono::duration_cast<milliseconds>(m_lastFailure.time_since_epoch()).count();
    file.write(QByteArray::number(m_failures) + ' ' + QByteArray::number(qint64(lastMs)) + '\n');
    file.commit();
}

} // namespace lykta::kiosk
