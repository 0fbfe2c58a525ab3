#pragma once

#include "serverstorage.h"
#include "sync/core/pushresponse.h"

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lykta::server {

// What a running server counts for GET /metrics, written in the Prometheus text exposition
// format (version 0.0.4). Debian 12 packages no C++ Prometheus client (prometheus-cpp is not in
// bookworm), and the format is a few lines of text, so it is written here.
//
// Counters are atomics: request threads add to them without a lock. Labels come from fixed
// sets (an endpoint Lykta serves, a status class, a refusal reason), never from a request's
// text, so a client cannot make the output grow. Nothing about a person, a record or an address
// is counted.
class Metrics
{
public:
    enum class Endpoint : std::uint8_t
    {
        Health,
        Ready,
        Enroll,
        Push,
        Pull,
        AuditUpload,
        AuditExtract,
        Report,
        Metrics,
        Manage, // a manager's tablets and staff (kManage*Path)
        Erased, // a lost device saying it has erased itself
        Other,  // any path Lykta does not serve
    };
    static constexpr std::size_t kEndpoints = 12;
    static Endpoint endpoint(std::string_view method, std::string_view path);

    // A request answered with `status` after `took`.
    void request(Endpoint endpoint, int status, std::chrono::steady_clock::duration took);
    void pushed(const sync::PushResponse &response);
    void pulled(std::size_t deltas);
    void enrolled();

    // What is read when the metrics are asked for, not counted.
    struct Gauges
    {
        std::optional<StorageStatistics> storage; // nullopt: the database did not answer
        std::uint64_t openConnections = 0;
    };
    std::string exposition(const Gauges &gauges) const;

private:
    // Request duration buckets, in seconds (the last is +Inf).
    static constexpr std::array<double, 11> kBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                     0.5,   1,    2.5,   5,    10};
    static constexpr std::size_t kStatusClasses = 5; // 1xx … 5xx
    static constexpr std::size_t kReasons = 6;       // sync::RejectReason's values

    struct PerEndpoint
    {
        std::array<std::atomic<std::uint64_t>, kStatusClasses> byClass{};
        std::array<std::atomic<std::uint64_t>, kBuckets.size() + 1> buckets{}; // not cumulative
        std::atomic<std::uint64_t> microseconds{0};
    };
    std::array<PerEndpoint, kEndpoints> m_endpoints{};
    std::atomic<std::uint64_t> m_pushes{0};
    std::atomic<std::uint64_t> m_accepted{0};
    std::array<std::atomic<std::uint64_t>, kReasons> m_refused{};
    std::atomic<std::uint64_t> m_pulls{0};
    std::atomic<std::uint64_t> m_pulledDeltas{0};
    std::atomic<std::uint64_t> m_enrollments{0};
};

} // namespace lykta::server
