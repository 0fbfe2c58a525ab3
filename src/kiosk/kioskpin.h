#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace lykta::kiosk {

// The staff PIN that lets someone leave kiosk mode, and how many wrong PINs in a row it has
// had. Only an Argon2id hash is kept (libsodium crypto_pwhash_str, interactive limits), in a
// file of its own beside the kiosk's database (`<db>.pin`, mode 0600): the kiosk store holds
// content only, and a PIN must not travel with synced data. Set it with
// `lykta --kiosk --database PATH --set-pin`, which reads the PIN from standard input (never
// from the command line, which others can see).
//
// Each wrong PIN makes the kiosk wait before it checks the next one, twice as long as after the
// one before. The count and the time of the last wrong PIN are kept in `<db>.pin.failures`
// (written atomically, mode 0600, before the PIN is checked), so switching the kiosk off and
// on again neither resets the count nor ends a wait. The right PIN clears them.
class KioskPin
{
public:
    using Clock = std::function<std::chrono::system_clock::time_point()>;

    static constexpr int kMinDigits = 6;
    static constexpr int kMaxDigits = 12;
    // The wait after the first wrong PIN in a row; each further one doubles it, up to kMaxWait
    // (1 s, 2 s, 4 s ... 15 min: about a hundred tries a day at a six-digit PIN).
    static constexpr std::chrono::seconds kFirstWait{1};
    static constexpr std::chrono::seconds kMaxWait{15 * 60};

    enum class Check
    {
        Right,
        Wrong,
        Waiting, // not checked: the wait after the last wrong PIN is not over
        NotSet,  // no PIN has been set: there is no way out
    };

    static QString pathFor(const QString &database);
    static QString failuresPathFor(const QString &pinPath);
    // Six to twelve digits: a PIN typed on the kiosk's own number pad.
    static bool isAcceptable(const QString &pin);

    // Hashes and writes the PIN (replacing any earlier one, and clearing the wrong PINs
    // counted against it). False when the PIN is not acceptable or the file cannot be written.
    static bool set(const QString &path, const QString &pin);
    // The stored hash, or nullopt when no PIN has been set.
    static std::optional<QByteArray> load(const QString &path);
    static bool verify(const QByteArray &hash, const QString &pin);

    // The PIN at `path` (pathFor) with the wrong PINs counted so far; `clock` is the wall clock
    // (a wait must outlast a restart, so not a monotonic one).
    explicit KioskPin(QString path, Clock clock = &std::chrono::system_clock::now);

    bool isSet() const { return m_hash.has_value(); }
    // Wrong PINs in a row so far.
    int failures() const { return m_failures; }
    // How long until the next PIN is checked; zero when it would be now.
    std::chrono::milliseconds waitRemaining() const;
    // Checks `pin` unless a wait is in force. A wrong PIN is counted (on disk first, so that
    // stopping the kiosk while the slow check runs does not win a free try).
    Check check(const QString &pin);

    // The wait after `failures` wrong PINs in a row.
    static std::chrono::milliseconds waitAfter(int failures);

private:
    void loadFailures();
    void saveFailures() const;

    QString m_path;
    Clock m_clock;
    std::optional<QByteArray> m_hash;
    int m_failures = 0;
    std::chrono::system_clock::time_point m_lastFailure;
};

} // namespace lykta::kiosk
