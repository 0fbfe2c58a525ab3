// How long a unit's follow-up takes to compute on the tablet, and so how long the UI would
// stand still if the Follow-up screen did it on the UI thread (it does not: it reads with a
// connection of its own on a background thread). An encrypted store with a large unit's
// years of work: LYKTA_BENCH_FAMILIES families (default 2000), each with a child, a
// conversation series and five conversations, plus support groups of eight children meeting
// twelve times with attendance and mood checks. Prints the time to read the rows
// (IndicatorReader), to compute the indicators and to tabulate them, best of three.
#include "benchnotes.h"
#include "indicatorreader.h"
#include "indicators.h"
#include "indicatortable.h"
#include "sync/crypto/vault.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>

using namespace lykta;
using namespace lykta::bench;

namespace {

std::string day(int offset)
{
    return QDate(2024, 1, 1).addDays(offset).toString(Qt::ISODate).toStdString();
}

void fill(Store &store, int families, std::mt19937_64 &random)
{
    const char *kinds[] = {"parent", "child", "parent_and_child", "network", "family"};
    const char *problems[] = {"addiction", "mental_illness", "physical_illness", "violence", ""};
    std::vector<std::string> children;
    std::vector<Change> batch;
    const auto flush = [&] {
        if (!batch.empty() && !store.write(kActor, batch)) {
            std::fprintf(stderr, "write failed\n");
            std::exit(1);
        }
        batch.clear();
    };
    for (int f = 0; f < families; ++f) {
        const int start = static_cast<int>(random() % 900);
        const std::string family = sync::newUuidV7(), child = sync::newUuidV7(),
                          series = sync::newUuidV7();
        batch.push_back(
            {ChangeKind::Create,
             "family",
             family,
             {{"problem_type", std::string(problems[f % 5])}, {"first_contact", day(start)}}});
        batch.push_back({ChangeKind::Create,
                         "child",
                         child,
                         {{"family_id", family},
                          {"birth_date", day(start - 365 * (7 + f % 11))},
                          {"gender", std::string(f % 2 ? "girl" : "boy")}}});
        batch.push_back({ChangeKind::Create,
                         "conversation_series",
                         series,
                         {{"child_id", child},
                          {"family_id", family},
                          {"started", day(start + 7)},
                          {"status", std::string(f % 3 ? "completed" : "active")},
                          {"outcome", std::string("none")}}});
        for (int c = 0; c < 5; ++c) {
            batch.push_back({ChangeKind::Create,
                             "conversation",
                             sync::newUuidV7(),
                             {{"series_id", series},
                              {"date", day(start + 10 + 14 * c)},
                              {"kind", std::string(kinds[c])},
                              {"kva_code", std::string(c == 0 ? "DU055" : "")}}});
        }
        children.push_back(child);
        if (batch.size() >= 400)
            flush();
    }
    flush();
    // Groups of eight of those children, twelve weekly sessions each.
    for (std::size_t g = 0; g + 8 <= children.size() / 4; g += 8) {
        const std::string group = sync::newUuidV7();
        const int start = static_cast<int>(random() % 900);
        batch.push_back({ChangeKind::Create, "support_group", group, {{"name", std::string("G")}}});
        std::vector<std::string> members;
        for (std::size_t m = 0; m < 8; ++m) {
            members.push_back(sync::newUuidV7());
            batch.push_back({ChangeKind::Create,
                             "group_member",
                             members.back(),
                             {{"group_id", group}, {"child_id", children[g + m]}}});
        }
        for (int s = 0; s < 12; ++s) {
            const std::string session = sync::newUuidV7();
            batch.push_back({ChangeKind::Create,
                             "group_session",
                             session,
                             {{"group_id", group}, {"date", day(start + 7 * s)}}});
            for (const auto &member : members) {
                const bool present = random() % 5 != 0;
                batch.push_back({ChangeKind::Create,
                                 "attendance",
                                 sync::newUuidV7(),
                                 {{"session_id", session},
                                  {"member_id", member},
                                  {"present", std::int64_t(present)}}});
                if (present) {
                    batch.push_back({ChangeKind::Create,
                                     "mood_check",
                                     sync::newUuidV7(),
                                     {{"session_id", session},
                                      {"member_id", member},
                                      {"start_mood", std::int64_t(1 + random() % 5)},
                                      {"end_mood", std::int64_t(1 + random() % 5)}}});
                }
            }
        }
        flush();
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int families = qEnvironmentVariableIsEmpty("LYKTA_BENCH_FAMILIES")
                             ? 2000
                             : qEnvironmentVariableIntValue("LYKTA_BENCH_FAMILIES");
    QTemporaryDir dir;
    auto created =
        crypto::Vault::create(dir.filePath("bench.key").toStdString(),
                              "benchmark passphrase, long enough", crypto::KdfParams::calibrated());
    if (!created)
        return 1;
    std::shared_ptr<crypto::Vault> vault = std::move(*created);
    auto store = open(dir.filePath("followup.db"), vault);
    std::mt19937_64 random(7);
    const auto filled = Clock::now();
    fill(*store, families, random);
    std::printf("filled %d families in %.1f s\n", families, ms(Clock::now() - filled) / 1000);

    const followup::Period period{QDate(2024, 1, 1), QDate(2026, 12, 31)};
    double read = 1e9, compute = 1e9, table = 1e9;
    followup::IndicatorInput input;
    followup::Indicators indicators;
    for (int round = 0; round < 3; ++round) {
        auto t0 = Clock::now();
        auto r = followup::IndicatorReader(*store).read(kActor.unitId);
        auto t1 = Clock::now();
        if (!r)
            return 1;
        input = std::move(*r);
        auto c = followup::computeIndicators(input, kActor.unitId, period);
        auto t2 = Clock::now();
        if (!c)
            return 1;
        indicators = std::move(*c);
        const auto cells = followup::tabulate(indicators);
        auto t3 = Clock::now();
        read = std::min(read, ms(t1 - t0));
        compute = std::min(compute, ms(t2 - t1));
        table = std::min(table, ms(t3 - t2));
    }
    std::printf("rows: %zu families, %zu children, %zu series, %zu conversations, %zu groups, "
                "%zu sessions, %zu attendance marks, %zu mood checks\n",
                input.families.size(), input.children.size(), input.series.size(),
                input.conversations.size(), input.groups.size(), input.sessions.size(),
                input.attendance.size(), input.moods.size());
    std::printf("children reached %d, conversations %d (check)\n", indicators.childrenReached,
                indicators.conversations);
    std::printf("read (encrypted store) %.1f ms, compute %.1f ms, tabulate %.2f ms: "
                "%.1f ms the UI thread is spared\n",
                read, compute, table, read + compute + table);
    return 0;
}
