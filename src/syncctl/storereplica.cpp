#include "storereplica.h"

#include "sync/core/protocol.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

namespace lykta::syncctl {

namespace {

std::string describe(const store::StoreError &e)
{
    return std::string(store::toString(e.code)) + ": " + e.detail;
}

} // namespace

Result<std::vector<sync::Delta>, std::string> StoreReplica::pending(std::size_t limit)
{
    auto r = m_store.outbox(limit);
    if (!r)
        return describe(r.error());
    return std::move(*r);
}

Result<bool, std::string> StoreReplica::acknowledge(const sync::PushResponse &response)
{
    auto r = m_store.acknowledge(response);
    if (!r)
        return describe(r.error());
    return true;
}

Result<std::uint64_t, std::string> StoreReplica::pullCursor()
{
    auto r = m_store.pullCursor();
    if (!r)
        return describe(r.error());
    return *r;
}

Result<bool, std::string> StoreReplica::applyPage(const sync::Batch &page)
{
    auto r = m_store.applyRemote(page.deltas, page.cursor);
    if (!r)
        return describe(r.error());
    return true;
}

Result<std::vector<sync::AuditRecord>, std::string> StoreReplica::pendingAudit(std::size_t limit)
{
    auto r = m_store.unsentAudit(limit);
    if (!r)
        return describe(r.error());
    return std::move(*r);
}

Result<bool, std::string> StoreReplica::acknowledgeAudit(std::uint64_t through)
{
    auto r = m_store.markAuditSent(through);
    if (!r)
        return describe(r.error());
    return true;
}

std::string Enrollment::pathFor(const std::string &database)
{
    return database + ".sync";
}

std::optional<Enrollment> Enrollment::load(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    std::string line = text.str();
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    const auto form = sync::protocol::decodeForm(line);
    if (!form)
        return std::nullopt;
    const auto get = [&](std::string_view key) {
        auto it = form->find(key);
        return it == form->end() ? std::string() : it->second;
    };
    Enrollment e{get("server"), get("token"), get("ca_file"),
                 get("kind"),   get("staff"), get("units")};
    if (e.server.empty() || e.token.empty())
        return std::nullopt;
    return e;
}

bool Enrollment::save(const std::string &path) const
{
    const std::string text = sync::protocol::encodeForm({{"server", server},
                                                         {"token", token},
                                                         {"ca_file", caFile},
                                                         {"kind", kind},
                                                         {"staff", staffId},
                                                         {"units", units}}) +
                             "\n";
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600); // a secret
    if (fd < 0)
        return false;
    const bool written =
        ::write(fd, text.data(), text.size()) == ssize_t(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    return written && std::rename(tmp.c_str(), path.c_str()) == 0;
}

} // namespace lykta::syncctl
