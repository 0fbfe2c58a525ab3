// lykta-sync: enroll a store with lykta-server, sync it, and show its sync state. The same
// client library the app uses; for admins, scripts and tests.
#include "clistore.h"
#include "deviceerase.h"
#include "syncrunner.h"

#include "sync/client/syncsession.h"
#include "sync/core/limits.h"

#include <csignal>
#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace lykta;

namespace {

constexpr const char *kUsage =
    "usage:\n"
    "  lykta-sync enroll --database PATH --server URL --code CODE [--ca-file PEM] [--name N]\n"
    "  lykta-sync sync   --database PATH [--quiet]\n"
    "  lykta-sync status --database PATH\n"
    "  lykta-sync report --database PATH --from YYYY-MM-DD --to YYYY-MM-DD --format csv|pdf\n"
    "                    --out FILE [--unit UNIT]   (a manager's follow-up report)\n"
    "  lykta-sync audit  --database PATH --subject ID [--out FILE]\n"
    "                    (a manager's extract of the server's audit log about a child or family)\n"
    "exit codes: 0 done, 1 error, 2 usage, 3 offline, 4 unauthorized (enroll again),\n"
    "            5 erased (a manager reported the device lost or stolen: the store, its key\n"
    "            and enrollment are gone, and the server is told)\n";

std::map<std::string, std::string> parse(const std::vector<std::string> &args)
{
    std::map<std::string, std::string> o;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--quiet")
            o["quiet"] = "1";
        else if (args[i].rfind("--", 0) == 0 && i + 1 < args.size())
            o[args[i].substr(2)] = args[i + 1], ++i;
        else
            o["?"] = args[i];
    }
    return o;
}

std::optional<syncctl::CliStore> openStore(const std::string &path)
{
    auto opened = syncctl::openCliStore(path);
    if (!opened) {
        std::fprintf(stderr, "lykta-sync: %s: %s\n", path.c_str(), opened.error().c_str());
        return std::nullopt;
    }
    return std::move(*opened);
}

// The enrollment of an open store: its token opens only with the store's key.
std::optional<syncctl::Enrollment> loadEnrollment(const syncctl::CliStore &store)
{
    auto e = syncctl::loadEnrollment(store.options);
    if (e)
        return std::move(*e);
    if (e.error().code == syncctl::EnrollmentErrc::Missing)
        std::fputs("lykta-sync: not enrolled (run lykta-sync enroll first)\n", stderr);
    else
        std::fprintf(stderr, "lykta-sync: the enrollment cannot be used: %s (%s)\n",
                     e.error().detail.c_str(), toString(e.error().code));
    return std::nullopt;
}

int enroll(const std::map<std::string, std::string> &o)
{
    if (!o.contains("database") || !o.contains("server") || !o.contains("code"))
        return std::fputs(kUsage, stderr), 2;
    auto cli = openStore(o.at("database"));
    if (!cli)
        return 1;
    store::Store *store = cli->store.get();
    // Refused before anything is sent: a one-time code never crosses a network in clear.
    const auto url = sync::client::checkServerUrl(o.at("server"));
    if (!url) {
        if (url.error().detail == sync::client::kInsecureServer)
            std::fputs("lykta-sync: refused: plain http:// would send the code unencrypted; "
                       "only this device (127.0.0.1, ::1, localhost) may be reached without "
                       "TLS. Use https:// or no scheme (https is meant). Nothing was sent.\n",
                       stderr);
        else
            std::fprintf(stderr,
                         "lykta-sync: refused: %s is not a server address (write "
                         "https://host[:port] or host[:port]). Nothing was sent.\n",
                         o.at("server").c_str());
        return 1;
    }
    syncctl::Enrollment e;
    e.server = *url;
    e.caFile = o.contains("ca-file") ? o.at("ca-file") : std::string();
    auto transport = sync::client::makeCurlTransport(e.transport());
    auto answer = transport->enroll(
        {o.at("code"), store->deviceId(), o.contains("name") ? o.at("name") : "lykta-sync"});
    if (!answer) {
        std::fprintf(stderr, "lykta-sync: enrollment refused: %s (%s, HTTP %d)\n",
                     answer.error().detail.c_str(), toString(answer.error().errorClass),
                     answer.error().httpStatus);
        return answer.error().errorClass == sync::client::ErrorClass::Network ? 3 : 1;
    }
    e.token = answer->token;
    e.kind = answer->kind;
    e.staffId = answer->staffId;
    for (const auto &u : answer->units)
        e.units += (e.units.empty() ? "" : ",") + u;
    auto key = syncctl::enrollmentKey(cli->options);
    auto saved = key ? e.save(syncctl::Enrollment::pathFor(o.at("database")), *key)
                     : Result<bool, syncctl::EnrollmentError>(key.error());
    if (!saved) {
        std::fprintf(stderr, "lykta-sync: cannot write the enrollment file: %s\n",
                     saved.error().detail.c_str());
        return 1;
    }
    std::printf("enrolled device %llu as %s %s, units %s\n",
                static_cast<unsigned long long>(store->deviceId()), e.kind.c_str(),
                e.staffId.c_str(), e.units.c_str());
    return 0;
}

int runSync(const std::map<std::string, std::string> &o)
{
    if (!o.contains("database"))
        return std::fputs(kUsage, stderr), 2;
    if (!syncctl::Enrollment::exists(syncctl::Enrollment::pathFor(o.at("database")))) {
        std::fputs("lykta-sync: not enrolled (run lykta-sync enroll first)\n", stderr);
        return 1;
    }
    auto cli = openStore(o.at("database"));
    if (!cli)
        return 1;
    const auto e = loadEnrollment(*cli);
    if (!e)
        return 1;
    syncctl::SyncRunner runner;
    const bool quiet = o.contains("quiet");
    const auto progress = [quiet](const sync::client::SyncStatus &s) {
        if (!quiet)
            std::fprintf(stderr, "%s %s%s pushed=%llu pulled=%llu requests=%llu\n",
                         toString(s.activity), toString(s.phase), s.willRetry ? " will-retry" : "",
                         static_cast<unsigned long long>(s.pushed),
                         static_cast<unsigned long long>(s.pulled),
                         static_cast<unsigned long long>(s.transfer.requests));
    };
    // Ctrl-C cancels cleanly: whatever was acknowledged stays acknowledged.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::thread canceller([&] {
        int sig = 0;
        sigwait(&signals, &sig);
        if (sig == SIGINT || sig == SIGTERM)
            runner.stop();
    });
    const auto s = runner.runOnce(*cli->store, *e, progress);
    // A first sync leaves its records for the search index: they are indexed now, so the app
    // opened next finds them at once.
    const auto unindexed = runner.indexQueued(*cli->store);
    pthread_kill(canceller.native_handle(), SIGTERM); // sigwait returns; the session is done
    canceller.join();
    std::printf("%s: pushed %llu (%llu refused), pulled %llu, %llu requests, %llu bytes sent, "
                "%llu received\n",
                toString(s.activity), static_cast<unsigned long long>(s.pushed),
                static_cast<unsigned long long>(s.rejected),
                static_cast<unsigned long long>(s.pulled),
                static_cast<unsigned long long>(s.transfer.requests),
                static_cast<unsigned long long>(s.transfer.bytesSent),
                static_cast<unsigned long long>(s.transfer.bytesReceived));
    if (!unindexed)
        std::fprintf(stderr, "lykta-sync: could not index for search: %s\n",
                     unindexed.error().detail.c_str());
    else if (*unindexed > 0)
        std::fprintf(stderr,
                     "lykta-sync: %llu records are not indexed for search yet; the "
                     "next sync or the app indexes them\n",
                     static_cast<unsigned long long>(*unindexed));
    if (s.serverRestored)
        std::fprintf(stderr, "lykta-sync: the server was restored from a backup; this device's "
                             "work was sent to it again\n");
    if (s.activity == sync::client::Activity::Idle)
        return 0;
    if (s.error && s.error->errorClass == sync::client::ErrorClass::Erase) {
        cli->store.reset(); // the connection closes before its files go
        const auto erased = syncctl::eraseDeviceFiles(o.at("database"));
        const bool told = syncctl::confirmErased(*e);
        std::fprintf(stderr,
                     "lykta-sync: reported lost or stolen: erased %zu files%s%s; the server %s\n",
                     erased.removed.size(), erased.failure.empty() ? "" : ", could not remove ",
                     erased.failure.c_str(), told ? "has been told" : "could not be told");
        return 5;
    }
    if (s.error)
        std::fprintf(stderr, "lykta-sync: %s error: %s\n", toString(s.error->errorClass),
                     s.error->detail.c_str());
    if (s.activity == sync::client::Activity::Offline)
        return 3;
    if (s.error && s.error->errorClass == sync::client::ErrorClass::Unauthorized)
        return 4;
    return 1;
}

int status(const std::map<std::string, std::string> &o)
{
    if (!o.contains("database"))
        return std::fputs(kUsage, stderr), 2;
    auto cli = openStore(o.at("database"));
    if (!cli)
        return 1;
    store::Store *store = cli->store.get();
    const auto e = syncctl::Enrollment::exists(syncctl::Enrollment::pathFor(o.at("database")))
                       ? loadEnrollment(*cli)
                       : std::nullopt;
    auto outbox = store->outbox();
    auto cursor = store->pullCursor();
    auto conflicts = store->conflicts();
    auto rejections = store->rejections();
    if (!outbox || !cursor || !conflicts || !rejections) {
        std::fputs("lykta-sync: cannot read the store's sync state\n", stderr);
        return 1;
    }
    std::printf("device: %llu\n", static_cast<unsigned long long>(store->deviceId()));
    std::printf(
        "enrolled: %s\n",
        e ? (e->server + " (" + e->kind + " " + e->staffId + ", units " + e->units + ")").c_str()
          : "no");
    std::printf("pending: %zu\npull cursor: %llu\nconflicts: %zu\nrefused edits: %zu\n",
                outbox->size(), static_cast<unsigned long long>(*cursor), conflicts->size(),
                rejections->size());
    return 0;
}

// Says why the server refused or could not answer; the exit code for it.
int refused(const sync::client::TransportError &error, const char *what, const char *action)
{
    if (error.httpStatus == 403)
        std::fprintf(stderr, "lykta-sync: refused: only a manager of the unit may %s\n", action);
    else
        std::fprintf(stderr, "lykta-sync: no %s: %s (%s, HTTP %d)\n", what, error.detail.c_str(),
                     toString(error.errorClass), error.httpStatus);
    if (error.errorClass == sync::client::ErrorClass::Network)
        return 3;
    return error.errorClass == sync::client::ErrorClass::Unauthorized ? 4 : 1;
}

// Writes `bytes` to `out` whole or not at all.
bool writeWhole(const std::string &out, const std::string &bytes)
{
    const std::string part = out + ".part";
    std::ofstream file(part, std::ios::binary | std::ios::trunc);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    file.close();
    if (!file || std::rename(part.c_str(), out.c_str()) != 0) {
        std::remove(part.c_str());
        std::fprintf(stderr, "lykta-sync: cannot write %s\n", out.c_str());
        return false;
    }
    return true;
}

// The enrollment of --database for a command with these options; nullopt and the exit code
// (2 for a missing option, 1 when not enrolled) otherwise.
std::optional<syncctl::Enrollment> enrolledFor(const std::map<std::string, std::string> &o,
                                               std::initializer_list<const char *> required,
                                               int &exit)
{
    for (const char *option : required) {
        if (!o.contains(option)) {
            std::fprintf(stderr, "lykta-sync: --%s is missing\n%s", option, kUsage);
            exit = 2;
            return std::nullopt;
        }
    }
    // The token opens only with the store's key: the store is opened (asking for its
    // passphrase) before the enrollment is read.
    auto cli = openStore(o.at("database"));
    auto e = cli ? loadEnrollment(*cli) : std::nullopt;
    if (!e)
        exit = 1;
    return e;
}

// A manager's follow-up report of one of their units, fetched from the server (which checks
// the role and logs the export) and written to --out whole or not at all.
int report(const std::map<std::string, std::string> &o)
{
    int exit = 0;
    const auto e = enrolledFor(o, {"database", "from", "to", "format", "out"}, exit);
    if (!e)
        return exit;
    std::string unit = o.contains("unit") ? o.at("unit") : std::string();
    if (unit.empty()) {
        if (e->units.empty() || e->units.find(',') != std::string::npos) {
            std::fprintf(stderr, "lykta-sync: name the unit with --unit (this device's: %s)\n",
                         e->units.c_str());
            return 2;
        }
        unit = e->units;
    }
    auto transport = sync::client::makeCurlTransport(e->transport());
    auto answer = transport->report({unit, o.at("from"), o.at("to"), o.at("format")});
    if (!answer)
        return refused(answer.error(), "report", "fetch its report");
    if (!writeWhole(o.at("out"), answer->bytes))
        return 1;
    std::printf("wrote %s (%zu bytes, %s)\n", o.at("out").c_str(), answer->bytes.size(),
                answer->contentType.c_str());
    return 0;
}

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + '"';
}

// A manager's extract of the server's audit log about one child or family (the server checks
// the role and unit and logs the export), as CSV on stdout or in --out.
int audit(const std::map<std::string, std::string> &o)
{
    int exit = 0;
    const auto e = enrolledFor(o, {"database", "subject"}, exit);
    if (!e)
        return exit;
    auto transport = sync::client::makeCurlTransport(e->transport());
    auto answer = transport->auditExtract(o.at("subject"));
    if (!answer)
        return refused(answer.error(), "extract", "fetch its audit log");
    std::string csv =
        "received_ms,device_ms,device,device_seq,staff_id,staff_name,unit,action,entity,subject\n";
    for (const auto &entry : answer->entries)
        csv += std::to_string(entry.receivedMs) + ',' + std::to_string(entry.deviceMs) + ',' +
               std::to_string(entry.device) + ',' + std::to_string(entry.deviceSeq) + ',' +
               csvField(entry.staff) + ',' + csvField(entry.staffName) + ',' +
               csvField(entry.unit) + ',' + csvField(entry.action) + ',' + csvField(entry.entity) +
               ',' + csvField(entry.subject) + '\n';
    if (answer->omitted > 0)
        std::fprintf(stderr, "lykta-sync: %llu older entries left out (the server sends %llu)\n",
                     static_cast<unsigned long long>(answer->omitted),
                     static_cast<unsigned long long>(sync::limits::kMaxServerAuditEntries));
    if (!o.contains("out"))
        return std::fputs(csv.c_str(), stdout), 0;
    if (!writeWhole(o.at("out"), csv))
        return 1;
    std::printf("wrote %s (%zu entries)\n", o.at("out").c_str(), answer->entries.size());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty())
        return std::fputs(kUsage, stderr), 2;
    const auto o = parse(args);
    if (args[0] == "enroll")
        return enroll(o);
    if (args[0] == "sync")
        return runSync(o);
    if (args[0] == "status")
        return status(o);
    if (args[0] == "report")
        return report(o);
    if (args[0] == "audit")
        return audit(o);
    std::fputs(kUsage, stderr);
    return 2;
}
