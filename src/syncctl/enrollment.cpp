#include "enrollment.h"

#include "platform/devicekey.h"
#include "sync/core/protocol.h"
#include "sync/crypto/secretseal.h"

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lykta::syncctl {

namespace {

constexpr std::string_view kPurpose = "lyktasyn"; // the KDF context of the sealing key
constexpr std::string_view kFormat = "2";         // 1 (no field): the token in clear

EnrollmentError error(EnrollmentErrc code, std::string detail)
{
    return EnrollmentError{code, std::move(detail)};
}

// Everything but the token, in a fixed order: authenticated with it, so the server it goes
// to (or whom it belongs to) cannot be changed in the file unnoticed.
std::string bound(const Enrollment &e)
{
    return sync::protocol::encodeForm({{"server", e.server},
                                       {"ca_file", e.caFile},
                                       {"kind", e.kind},
                                       {"staff", e.staffId},
                                       {"units", e.units}});
}

std::string toBase64(const std::string &bytes)
{
    std::string out(
        sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char *>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::strlen(out.c_str()));
    return out;
}

std::optional<std::string> fromBase64(const std::string &text)
{
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char *>(out.data()), out.size(), text.data(),
                          text.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
        return std::nullopt;
    out.resize(length);
    return out;
}

std::optional<sync::protocol::Form> readForm(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    std::string line = text.str();
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    return sync::protocol::decodeForm(line);
}

bool writeAll(int fd, const std::string &bytes)
{
    return ::write(fd, bytes.data(), bytes.size()) == ssize_t(bytes.size()) && ::fsync(fd) == 0;
}

// The clear file's bytes are overwritten where they lie before the sealed file replaces it,
// so the token does not stay in the old blocks (on a copy-on-write or flash file system the
// device may still keep an old block; docs/encryption.md).
void overwriteInPlace(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat info
    {
    };
    if (::fstat(fd, &info) == 0 && info.st_size > 0)
        writeAll(fd, std::string(static_cast<std::size_t>(info.st_size), '\0'));
    ::close(fd);
}

} // namespace

const char *toString(EnrollmentErrc code)
{
    switch (code) {
    case EnrollmentErrc::Missing:
        return "not-enrolled";
    case EnrollmentErrc::Locked:
        return "locked";
    case EnrollmentErrc::Damaged:
        return "enrollment-damaged";
    case EnrollmentErrc::Io:
        return "io";
    }
    return "io";
}

std::string Enrollment::pathFor(const std::string &database)
{
    return database + ".sync";
}

bool Enrollment::exists(const std::string &path)
{
    std::error_code ec;
    return std::filesystem::exists(path, ec) || std::filesystem::exists(path + ".tmp", ec);
}

Result<Enrollment, EnrollmentError> Enrollment::load(const std::string &path,
                                                     const crypto::SecureKey &key)
{
    auto form = readForm(path);
    // A sealed file written but not yet renamed over a clear one that was already wiped.
    if ((!form || !form->contains("server")) && std::filesystem::exists(path + ".tmp")) {
        form = readForm(path + ".tmp");
        if (form && form->contains("sealed") &&
            std::rename((path + ".tmp").c_str(), path.c_str()) != 0)
            return error(EnrollmentErrc::Io, std::strerror(errno));
    }
    if (!form) {
        if (!std::filesystem::exists(path))
            return error(EnrollmentErrc::Missing, "not enrolled");
        return error(EnrollmentErrc::Damaged, "the enrollment file cannot be read");
    }
    const auto get = [&](std::string_view field) {
        auto it = form->find(field);
        return it == form->end() ? std::string() : it->second;
    };
    Enrollment e{get("server"), {}, get("ca_file"), get("kind"), get("staff"), get("units")};
    if (e.server.empty())
        return error(EnrollmentErrc::Damaged, "the enrollment file names no server");
    if (form->contains("token")) { // an earlier version's file: seal it now
        e.token = get("token");
        if (e.token.empty())
            return error(EnrollmentErrc::Damaged, "the enrollment file has an empty token");
        if (auto saved = e.save(path, key); !saved)
            return saved.error();
        return e;
    }
    const auto sealed = fromBase64(get("sealed"));
    auto token = sealed ? crypto::openSecret(key, *sealed, bound(e)) : std::nullopt;
    if (get("format") != kFormat || !token || token->empty())
        return error(EnrollmentErrc::Damaged,
                     "the token does not open with this store's key (altered, or copied)");
    e.token = std::move(*token);
    return e;
}

Result<bool, EnrollmentError> Enrollment::save(const std::string &path,
                                               const crypto::SecureKey &key) const
{
    const std::string sealed = crypto::sealSecret(key, token, bound(*this));
    if (sealed.empty())
        return error(EnrollmentErrc::Locked, "no key to seal the token with");
    const std::string text = sync::protocol::encodeForm({{"format", std::string(kFormat)},
                                                         {"server", server},
                                                         {"ca_file", caFile},
                                                         {"kind", kind},
                                                         {"staff", staffId},
                                                         {"units", units},
                                                         {"sealed", toBase64(sealed)}}) +
                             "\n";
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return error(EnrollmentErrc::Io, std::strerror(errno));
    const bool written = writeAll(fd, text);
    ::close(fd);
    if (!written)
        return error(EnrollmentErrc::Io, "cannot write the enrollment file");
    overwriteInPlace(path);
    if (std::rename(tmp.c_str(), path.c_str()) != 0)
        return error(EnrollmentErrc::Io, std::strerror(errno));
    const std::string folder = std::filesystem::path(path).parent_path().string();
    if (const int dir =
            ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

Result<crypto::SecureKey, EnrollmentError> enrollmentKey(const store::StoreOptions &options)
{
    if (options.vault) {
        auto key = options.vault->purposeKey(kPurpose);
        if (!key)
            return error(key.error().code == crypto::CryptoErrc::Locked ? EnrollmentErrc::Locked
                                                                        : EnrollmentErrc::Io,
                         key.error().detail);
        return std::move(*key);
    }
    auto device = platform::DeviceKey::loadOrCreate();
    if (!device)
        return error(EnrollmentErrc::Io, device.error().toStdString());
    return crypto::derivePurposeKey(*device, kPurpose);
}

Result<Enrollment, EnrollmentError> loadEnrollment(const store::StoreOptions &options)
{
    const std::string path = Enrollment::pathFor(options.database.path);
    if (!Enrollment::exists(path))
        return error(EnrollmentErrc::Missing, "not enrolled");
    auto key = enrollmentKey(options);
    if (!key)
        return key.error();
    return Enrollment::load(path, *key);
}

sync::client::TransportOptions Enrollment::transport() const
{
    sync::client::TransportOptions t;
    t.baseUrl = server;
    t.token = token;
    t.caFile = caFile;
    return t;
}

} // namespace lykta::syncctl
