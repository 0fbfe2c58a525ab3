#pragma once

// Shared by the end-to-end tests that run whole tablets: a real store enrolled with a
// one-time code against the TestServer, and synced through the real sync session and libcurl.

#include "store/store.h"
#include "sync/client/syncsession.h"
#include "testserver.h"

#include <memory>
#include <string>

namespace lykta::test {

struct Tablet
{
    QString path; // the store's file
    std::unique_ptr<store::Store> store;
    store::Actor actor;
    std::string token; // empty when enrollment failed
};

// A tablet's store at `path` (created when missing); null when it cannot be opened.
std::unique_ptr<store::Store> openTabletStore(const QString &path);

// A new tablet at `path`, enrolled as `name` for `staff` in `unit` (see enroll()).
Tablet newTablet(const TestServer &server, const QString &path, const std::string &staff,
                 const std::string &unit, const QString &name);

// Enrolls `tablet.store` as a device of `staff` (a code from `admin enroll-code`), as `name`;
// sets the actor to that staff member in `unit` and keeps the token.
void enroll(const TestServer &server, Tablet &tablet, const std::string &staff,
            const std::string &unit, const QString &name);

// One sync of the tablet with the server, as lykta-sync runs it.
sync::client::SyncStatus syncTablet(const TestServer &server, Tablet &tablet);

// One sync that ends idle with nothing refused; otherwise false, the reason as a warning.
bool syncedClean(const TestServer &server, Tablet &tablet);

// A write through the tablet's store as its actor; the first record's id in `id`. False, the
// reason as a warning, when the store refuses it.
bool writeTo(Tablet &tablet, const store::Change &change, std::string *id = nullptr);

} // namespace lykta::test
