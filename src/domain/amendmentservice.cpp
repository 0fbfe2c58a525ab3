#include "amendmentservice.h"

#include "detail.h"
#include "noteservice.h"
#include "sync/core/uuid.h"

namespace lykta::domain {

using namespace detail;

DomainResult<std::string> AmendmentService::amend(const store::Actor &actor,
                                                  const std::string &targetEntity,
                                                  const std::string &targetId,
                                                  const QString &reason, const QString &body)
{
    if (targetEntity != "note" && targetEntity != "conversation")
        return domainError(DomainErrc::NotFound, "target_entity");
    auto target = getLive(m_store, targetEntity, targetId, "target_id");
    if (!target)
        return target.error();
    if (target->text("status") != "signed")
        return domainError(DomainErrc::NotSigned, "target_id");
    if (reason.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "reason");
    if (body.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "body");
    if (actor.staffId.empty())
        return domainError(DomainErrc::Empty, "author");
    if (targetEntity == "note") {
        const NoteService notes(m_store);
        for (const QString &t : {reason, body}) {
            if (auto ok = notes.checkBody(target->text(fields::note::subject_entity),
                                          target->text(fields::note::subject_id), t);
                !ok)
                return ok.error();
        }
    }
    store::Change c{store::ChangeKind::Create,
                    "amendment",
                    sync::newUuidV7(),
                    {{fields::amendment::unit_id, target->text(fields::any::unit_id)},
                     {fields::amendment::target_entity, targetEntity},
                     {fields::amendment::target_id, targetId},
                     {fields::amendment::author, actor.staffId},
                     {fields::amendment::written_at, text(nowText())},
                     {fields::amendment::reason, text(reason.trimmed())},
                     {fields::amendment::body, text(body)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<std::vector<Amendment>> AmendmentService::amendments(const store::Actor &actor,
                                                                  const std::string &targetEntity,
                                                                  const std::string &targetId)
{
    auto rows = listLive(m_store, "amendment",
                         {{fields::amendment::target_entity, targetEntity},
                          {fields::amendment::target_id, targetId}},
                         "written_at");
    if (!rows)
        return rows.error();
    std::vector<Amendment> out;
    for (const auto &r : *rows) {
        if (auto a = auditRead(m_store, actor, "amendment", r.id); !a)
            return a.error();
        out.push_back({r.id, r.text(fields::amendment::unit_id),
                       r.text(fields::amendment::target_entity),
                       r.text(fields::amendment::target_id), r.text(fields::amendment::author),
                       qtext(r, fields::amendment::written_at), qtext(r, fields::amendment::reason),
                       qtext(r, fields::amendment::body)});
    }
    return out;
}

} // namespace lykta::domain
