// Child process of store_crash: writes through the store's one write path as fast as it
// can and reports each commit on stdout, until the test kills it with SIGKILL.
//   store_crash_writer <database> <first sequence number> [text]
// Each note's body and the unit's name start with `text` (the encryption test's canary).

#include "storetestutil.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>

using namespace lykta::store;
using namespace lykta::store::test;

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 4) {
        std::cerr << "usage: store_crash_writer <database> <first> [text]\n";
        return 2;
    }
    auto store = openStore(argv[1]);
    if (!store->get("unit", kActor.unitId)->has_value())
        createUnit(*store);
    const std::string text = argc == 4 ? argv[3] : "";
    for (long i = std::atol(argv[2]);; ++i) {
        const std::string body = text + "crash-note-" + std::to_string(i) + std::string(400, '.');
        const std::string name = text + "unit-name-" + std::to_string(i);
        // Two records per transaction: a new note, and an update of the unit's name.
        const std::vector<Change> changes{
            {ChangeKind::Create, "note", {}, {{"body", body}, {"kind", std::string("case")}}},
            {ChangeKind::Update, "unit", kActor.unitId, {{"name", name}}}};
        auto r = store->write(kActor, changes);
        if (!r) {
            std::cerr << "write failed: " << toString(r.error().code) << "\n";
            return 1;
        }
        std::printf("%ld %s\n", i, r->ids.front().c_str());
        std::fflush(stdout);
    }
}
