#include "simulation.h"

#include "credentials.h"
#include "sync/client/transport.h"
#include "sync/core/hlc.h"
#include "sync/core/uuid.h"

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <random>
#include <thread>

namespace lykta::loadgen {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::unique_ptr<sync::client::Transport> transport(const Options &o, const std::string &token)
{
    sync::client::TransportOptions t;
    t.baseUrl = o.server;
    t.caFile = o.caFile;
    t.token = token;
    t.requestTimeout = std::chrono::seconds(60);
    return sync::client::makeCurlTransport(std::move(t));
}

// Words for note bodies, so the compressor sees text rather than one repeated letter.
constexpr std::string_view kWords[] = {
    "samtal", "med",  "mamma",   "pappa", "barnet",   "berättade", "om",   "skolan",
    "oro",    "stöd", "familj",  "nästa", "träff",    "planerad",  "vi",   "pratade",
    "hur",    "det",  "känns",   "hemma", "kompisar", "fritid",    "sömn", "mat",
    "läxor",  "och",  "frågade", "vad",   "som",      "hjälper",   "bäst", "just nu",
};

std::string body(std::mt19937 &random)
{
    std::string text;
    while (text.size() < 450) {
        text += kWords[random() % std::size(kWords)];
        text += ' ';
    }
    return text;
}

void addError(Report &r, std::mutex &m, const std::string &what)
{
    std::lock_guard lock(m);
    ++r.errors;
    if (r.firstErrors.size() < 5)
        r.firstErrors.push_back(what);
}

} // namespace

double Latencies::percentile(double p) const
{
    if (ms.empty())
        return 0;
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const auto i =
        static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size() - 1, i == 0 ? 0 : i - 1)];
}

bool enrollAll(server::ServerStorage &storage, const Options &o, std::vector<std::string> &tokens,
               std::vector<std::string> &units, std::vector<std::string> &staff, Report &report)
{
    const int unitCount = (o.devices + o.devicesPerUnit - 1) / o.devicesPerUnit;
    const std::int64_t now = sync::HlcClock::systemMilliseconds();
    std::vector<std::string> codes;
    for (int u = 0; u < unitCount; ++u) {
        const server::Unit unit{sync::newUuidV7(), "Lastenhet " + std::to_string(u + 1)};
        const server::Staff person{
            sync::newUuidV7(), "Lastpersonal " + std::to_string(u + 1), {unit.id}};
        if (!storage.createUnit(unit) || !storage.createStaff(person))
            return false;
        units.push_back(unit.id);
        staff.push_back(person.id);
    }
    for (int d = 0; d < o.devices; ++d) {
        const auto code = server::credentials::newEnrollmentCode();
        std::array<char, crypto_pwhash_STRBYTES> hash{};
        if (crypto_pwhash_str(hash.data(), code.secret.data(), code.secret.size(),
                              crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN) != 0)
            return false;
        server::EnrollmentCodeRecord record;
        record.id = code.id;
        record.secretHash = hash.data();
        record.kind = server::DeviceKind::Staff;
        record.staffId = staff[static_cast<std::size_t>(d / o.devicesPerUnit)];
        record.createdMs = now;
        record.expiresMs = now + 3'600'000;
        if (!storage.createCode(record))
            return false;
        codes.push_back(code.text());
    }

    tokens.assign(static_cast<std::size_t>(o.devices), {});
    std::mutex mutex;
    std::atomic<int> next{0};
    const auto start = Clock::now();
    std::vector<std::thread> workers;
    for (int w = 0; w < 16; ++w) {
        workers.emplace_back([&] {
            for (int d = next++; d < o.devices; d = next++) {
                const auto t0 = Clock::now();
                auto answer = transport(o, {})->enroll(
                    {codes[static_cast<std::size_t>(d)],
                     o.firstDevice + static_cast<sync::DeviceId>(d), "loadgen"});
                const double ms = msSince(t0);
                if (!answer) {
                    addError(report, mutex, "enroll: " + answer.error().detail);
                    continue;
                }
                std::lock_guard lock(mutex);
                report.enroll.ms.push_back(ms);
                tokens[static_cast<std::size_t>(d)] = answer->token;
            }
        });
    }
    for (auto &w : workers)
        w.join();
    report.enrollSeconds = msSince(start) / 1000.0;
    return std::none_of(tokens.begin(), tokens.end(), [](const auto &t) { return t.empty(); });
}

void runLoad(const Options &o, const std::vector<std::string> &tokens,
             const std::vector<std::string> &units, const std::vector<std::string> &staff,
             Report &report)
{
    std::mutex mutex;
    const auto start = Clock::now();
    const auto end = start + o.duration;
    std::vector<std::thread> devices;
    for (int d = 0; d < o.devices; ++d) {
        devices.emplace_back([&, d] {
            std::mt19937 random(o.seed * 7919 + static_cast<unsigned>(d));
            const auto device = o.firstDevice + static_cast<sync::DeviceId>(d);
            const std::string &unit = units[static_cast<std::size_t>(d / o.devicesPerUnit)];
            const std::string &author = staff[static_cast<std::size_t>(d / o.devicesPerUnit)];
            const std::string family = sync::newUuidV7();
            std::uint64_t counter = 0;
            std::uint64_t cursor = 0;
            std::int64_t lastMs = 0;
            Report mine;
            sync::Batch outbox; // what the server has not acknowledged yet
            outbox.device = device;
            // Tablets do not all start at once.
            std::this_thread::sleep_for(o.think * static_cast<long>(random() % 1000) / 1000);
            while (Clock::now() < end) {
                // A sync opens a connection and closes it after, as a tablet does.
                auto client = transport(o, tokens[static_cast<std::size_t>(d)]);
                const int notes =
                    1 + static_cast<int>(random() % static_cast<unsigned>(o.maxNotesPerSync));
                for (int n = 0; n < notes; ++n) {
                    lastMs = std::max(sync::HlcClock::systemMilliseconds(), lastMs + 1);
                    const sync::Hlc hlc{lastMs, 0, device};
                    const std::string id = sync::newUuidV7();
                    for (auto &[field, value] : std::vector<std::pair<std::string, sync::Value>>{
                             {"unit_id", unit},
                             {"subject_entity", std::string("family")},
                             {"subject_id", family},
                             {"kind", std::string("case")},
                             {"status", std::string("draft")},
                             {"body", body(random)}})
                        outbox.deltas.push_back(
                            {{device, ++counter}, "note", id, field, value, hlc, author, {}});
                }
                outbox.sentAtMs = sync::HlcClock::systemMilliseconds();
                auto t0 = Clock::now();
                auto pushed = client->push(outbox);
                mine.push.ms.push_back(msSince(t0));
                if (!pushed) {
                    addError(report, mutex,
                             "push: " + pushed.error().detail); // sent again next time
                } else {
                    mine.pushedDeltas += pushed->accepted.size();
                    mine.rejected += pushed->rejected.size();
                    outbox.deltas.clear();
                }
                for (int page = 0; page < 100; ++page) {
                    t0 = Clock::now();
                    auto pulled = client->pull(cursor, 1000);
                    mine.pull.ms.push_back(msSince(t0));
                    if (!pulled) {
                        addError(report, mutex, "pull: " + pulled.error().detail);
                        break;
                    }
                    mine.pulledDeltas += pulled->deltas.size();
                    cursor = pulled->cursor;
                    if (!pulled->hasMore)
                        break;
                }
                ++mine.syncs;
                client.reset();
                const auto jitter = o.think * static_cast<long>(500 + random() % 1000) / 1000;
                std::this_thread::sleep_until(std::min(end, Clock::now() + jitter));
            }
            std::lock_guard lock(mutex);
            report.push.ms.insert(report.push.ms.end(), mine.push.ms.begin(), mine.push.ms.end());
            report.pull.ms.insert(report.pull.ms.end(), mine.pull.ms.begin(), mine.pull.ms.end());
            report.pushedDeltas += mine.pushedDeltas;
            report.pulledDeltas += mine.pulledDeltas;
            report.rejected += mine.rejected;
            report.syncs += mine.syncs;
        });
    }
    for (auto &t : devices)
        t.join();
    report.loadSeconds = msSince(start) / 1000.0;
}

} // namespace lykta::loadgen
