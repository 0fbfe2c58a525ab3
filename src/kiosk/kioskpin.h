#pragma once

#include <QString>

#include <optional>

namespace lykta::kiosk {

// The staff PIN that lets someone leave kiosk mode. Only an Argon2id hash is kept
// (libsodium crypto_pwhash_str, interactive limits), in a file of its own beside the kiosk's
// database (`<db>.pin`, mode 0600): the kiosk store holds content only, and a PIN must not
// travel with synced data. Set it with `lykta --kiosk --database PATH --set-pin`, which reads
// the PIN from standard input (never from the command line, which others can see).
class KioskPin
{
public:
    static constexpr int kMinDigits = 6;
    static constexpr int kMaxDigits = 12;

    static QString pathFor(const QString &database);
    // Six to twelve digits: a PIN typed on the kiosk's own number pad.
    static bool isAcceptable(const QString &pin);

    // Hashes and writes the PIN (replacing any earlier one). False when the PIN is not
    // acceptable or the file cannot be written.
    static bool set(const QString &path, const QString &pin);
    // The stored hash, or nullopt when no PIN has been set.
    static std::optional<QByteArray> load(const QString &path);
    static bool verify(const QByteArray &hash, const QString &pin);
};

} // namespace lykta::kiosk
