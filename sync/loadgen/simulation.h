#pragma once

#include "serverstorage.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace lykta::loadgen {

struct Options
{
    std::string server;      // http(s)://host:port
    std::string caFile;      // for a server with a private CA
    int devices = 500;       // simulated tablets
    int devicesPerUnit = 10; // tablets of one unit pull each other's notes
    std::chrono::seconds duration{20};
    std::chrono::milliseconds think{1500}; // between two syncs of one tablet (jittered ±50%)
    int maxNotesPerSync = 3;               // notes written between two syncs (1..max)
    unsigned seed = 1;
    sync::DeviceId firstDevice = 1'000'000;
};

// Latencies of one endpoint, in milliseconds.
struct Latencies
{
    std::vector<double> ms;
    double percentile(double p) const; // 0..100; 0 when empty
};

struct Report
{
    double enrollSeconds = 0;
    double loadSeconds = 0;
    Latencies enroll, push, pull;
    std::uint64_t pushedDeltas = 0; // accepted by the server
    std::uint64_t pulledDeltas = 0;
    std::uint64_t syncs = 0;
    std::uint64_t errors = 0;   // failed requests (transport or HTTP)
    std::uint64_t rejected = 0; // deltas the server refused
    std::vector<std::string> firstErrors;
};

// Creates the units, staff and one enrollment code per simulated tablet in `storage` (the
// server's database, as `lykta-server admin` would), then the tablets enroll over HTTP,
// concurrently.
//
// The codes' Argon2id hashes use libsodium's minimum limits, so that making 500 codes does not
// take minutes: a production code costs about 0.2 s of Argon2id on this machine to make and
// again to redeem, which this generator reports but does not spend.
bool enrollAll(lykta::server::ServerStorage &storage, const Options &options,
               std::vector<std::string> &tokens, std::vector<std::string> &units,
               std::vector<std::string> &staff, Report &report);

// Each tablet, in its own thread, until the duration is over: writes 1..maxNotesPerSync notes
// (six fields each, a body of about 450 bytes), pushes them, pulls its unit's changes until the
// server has no more, then waits its think time.
void runLoad(const Options &options, const std::vector<std::string> &tokens,
             const std::vector<std::string> &units, const std::vector<std::string> &staff,
             Report &report);

} // namespace lykta::loadgen
