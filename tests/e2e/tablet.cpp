#include "tablet.h"

#include "storereplica.h"

namespace lykta::test {

std::unique_ptr<store::Store> openTabletStore(const QString &path)
{
    store::StoreOptions options;
    options.database.path = path.toStdString();
    auto s = store::Store::open(std::move(options));
    return s ? std::move(*s) : nullptr;
}

Tablet newTablet(const TestServer &server, const QString &path, const std::string &staff,
                 const std::string &unit, const QString &name)
{
    Tablet t;
    t.store = openTabletStore(path);
    if (t.store)
        enroll(server, t, staff, unit, name);
    return t;
}

void enroll(const TestServer &server, Tablet &tablet, const std::string &staff,
            const std::string &unit, const QString &name)
{
    tablet.actor = {staff, unit};
    const QString code = server.admin({"enroll-code", "--staff", QString::fromStdString(staff)});
    auto enrolled = server.transport()->enroll(
        {code.toStdString(), tablet.store->deviceId(), name.toStdString()});
    if (enrolled)
        tablet.token = enrolled->token;
}

sync::client::SyncStatus syncTablet(const TestServer &server, Tablet &tablet)
{
    auto transport = server.transport(tablet.token);
    syncctl::StoreReplica replica(*tablet.store, tablet.actor.staffId);
    sync::client::SyncSession session(*transport, replica);
    return session.run();
}

bool syncedClean(const TestServer &server, Tablet &tablet)
{
    const auto status = syncTablet(server, tablet);
    if (status.activity != sync::client::Activity::Idle)
        qWarning("sync: %s", status.error ? status.error->detail.c_str() : "?");
    return status.activity == sync::client::Activity::Idle && status.rejected == 0;
}

bool writeTo(Tablet &tablet, const store::Change &change, std::string *id)
{
    auto r = tablet.store->write(tablet.actor, change);
    if (!r)
        qWarning("write: %s %s", store::toString(r.error().code), r.error().detail.c_str());
    if (r && id)
        *id = r->ids.at(0);
    return r.ok();
}

} // namespace lykta::test
