#include "auditextract.h"

#include "csv.h"
#include "detail.h"
#include "store/fields.h"

#include <algorithm>
#include <map>
#include <set>

namespace lykta::followup {

using domain::DomainErrc;
using domain::domainError;
using domain::detail::fromStore;

struct AuditExtract::Scope
{
    std::set<std::pair<std::string, std::string>> records; // (entity, id)
};

namespace {

// Ids of the live records of `entity` whose `field` equals `value`.
domain::DomainResult<std::vector<std::string>>
idsWhere(const store::Store &store, std::string_view entity, std::vector<store::Condition> where)
{
    auto rows = store.list(entity, where);
    if (!rows)
        return fromStore(rows.error());
    std::vector<std::string> ids;
    for (const auto &r : *rows)
        ids.push_back(r.id);
    return ids;
}

using RecordList = std::vector<std::pair<std::string, std::string>>; // (entity, id)

// Appends the live records of `entity` matching `where` to `out`.
domain::DomainResult<bool> collect(const store::Store &store, RecordList &out,
                                   const std::string &entity, std::vector<store::Condition> where)
{
    auto found = idsWhere(store, entity, std::move(where));
    if (!found)
        return found.error();
    for (const auto &recordId : *found)
        out.emplace_back(entity, recordId);
    return true;
}

} // namespace

domain::DomainResult<bool> AuditExtract::collectChild(const std::string &childId,
                                                      Scope &scope) const
{
    RecordList ids{{"child", childId}};
    if (auto r = collect(m_store, ids, "conversation_series",
                         {{store::fields::conversation_series::child_id, childId}});
        !r)
        return r.error();
    if (auto r = collect(m_store, ids, "note",
                         {{store::fields::note::subject_entity, std::string("child")},
                          {store::fields::note::subject_id, childId}});
        !r)
        return r.error();
    if (auto r =
            collect(m_store, ids, "questionnaire_schedule",
                    {{store::fields::questionnaire_schedule::subject_entity, std::string("child")},
                     {store::fields::questionnaire_schedule::subject_id, childId}});
        !r)
        return r.error();
    if (auto r = collect(m_store, ids, "group_member",
                         {{store::fields::group_member::child_id, childId}});
        !r)
        return r.error();
    if (auto r = collect(m_store, ids, "task",
                         {{store::fields::task::subject_entity, std::string("child")},
                          {store::fields::task::subject_id, childId}});
        !r)
        return r.error();
    // Then what hangs off those: conversations of each series, scores of each schedule;
    // then amendments of notes and conversations, and tasks a conversation raised.
    for (const int pass : {1, 2}) {
        const std::size_t known = ids.size();
        for (std::size_t i = 0; i < known; ++i) {
            const auto [entity, id] = ids[i];
            domain::DomainResult<bool> r = true;
            if (pass == 1 && entity == "conversation_series")
                r = collect(m_store, ids, "conversation",
                            {{store::fields::conversation::series_id, id}});
            else if (pass == 1 && entity == "questionnaire_schedule")
                r = collect(m_store, ids, "questionnaire_score",
                            {{store::fields::questionnaire_score::schedule_id, id}});
            else if (pass == 2 && (entity == "note" || entity == "conversation"))
                r = collect(m_store, ids, "amendment",
                            {{store::fields::amendment::target_entity, entity},
                             {store::fields::amendment::target_id, id}});
            if (r && pass == 2 && entity == "conversation")
                r = collect(m_store, ids, "task",
                            {{store::fields::task::subject_entity, entity},
                             {store::fields::task::subject_id, id}});
            if (!r)
                return r.error();
        }
    }
    scope.records.insert(ids.begin(), ids.end());
    return true;
}

domain::DomainResult<std::vector<AuditExtractRow>>
AuditExtract::rows(const std::string &entity, const std::string &subjectId) const
{
    if (entity != "child" && entity != "family")
        return domainError(DomainErrc::NotFound, "entity");
    if (subjectId.empty())
        return domainError(DomainErrc::Empty, "subject");
    auto subject = m_store.get(entity, subjectId);
    if (!subject)
        return fromStore(subject.error());
    if (!*subject)
        return domainError(DomainErrc::NotFound, "subject");

    Scope scope;
    if (entity == "child") {
        if (auto r = collectChild(subjectId, scope); !r)
            return r.error();
    } else {
        RecordList ids{{"family", subjectId}};
        if (auto r = collect(m_store, ids, "guardian",
                             {{store::fields::guardian::family_id, subjectId}});
            !r)
            return r.error();
        if (auto r = collect(m_store, ids, "note",
                             {{store::fields::note::subject_entity, std::string("family")},
                              {store::fields::note::subject_id, subjectId}});
            !r)
            return r.error();
        scope.records.insert(ids.begin(), ids.end());
        auto children = idsWhere(m_store, "child", {{store::fields::child::family_id, subjectId}});
        if (!children)
            return children.error();
        for (const auto &childId : *children) {
            if (auto r = collectChild(childId, scope); !r)
                return r.error();
        }
    }

    std::vector<store::AuditEntry> entries;
    for (const auto &[recordEntity, id] : scope.records) {
        auto log = m_store.auditLog(id);
        if (!log)
            return fromStore(log.error());
        entries.insert(entries.end(), log->begin(), log->end());
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.seq < b.seq; });

    std::map<std::string, std::pair<QString, QString>> staff; // id -> name, title
    std::vector<AuditExtractRow> out;
    out.reserve(entries.size());
    for (const auto &e : entries) {
        auto known = staff.find(e.actor);
        if (known == staff.end()) {
            auto s = m_store.get("staff", e.actor);
            if (!s)
                return fromStore(s.error());
            std::pair<QString, QString> who;
            if (*s)
                who = {QString::fromStdString((*s)->text("name")),
                       QString::fromStdString((*s)->text("title"))};
            known = staff.emplace(e.actor, who).first;
        }
        out.push_back({QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC), e.actor,
                       known->second.first, known->second.second, QString::fromStdString(e.action),
                       e.entity, e.subject, e.device, e.unitId, false, QDateTime()});
    }
    return out;
}

QString AuditExtract::deviceText(std::uint64_t device)
{
    return QStringLiteral("%1").arg(device, 16, 16, QLatin1Char('0'));
}

domain::DomainResult<bool> AuditExtract::recordExport(const store::Actor &actor,
                                                      const std::string &entity,
                                                      const std::string &subjectId,
                                                      store::AuditAction action)
{
    if (actor.staffId.empty())
        return domainError(DomainErrc::Empty, "actor");
    if (auto r = m_store.audit(actor, action, entity, subjectId); !r)
        return fromStore(r.error());
    return true;
}

std::vector<AuditExtractRow> AuditExtract::merge(std::vector<AuditExtractRow> local,
                                                 const std::vector<AuditExtractRow> &fromServer)
{
    const auto sameEntry = [](const AuditExtractRow &a, const AuditExtractRow &b) {
        return a.device == b.device && a.at == b.at && a.action == b.action &&
               a.recordId == b.recordId;
    };
    for (const AuditExtractRow &r : fromServer) {
        if (std::none_of(local.begin(), local.end(), [&](const AuditExtractRow &l) {
                return !l.fromServer && sameEntry(l, r);
            }))
            local.push_back(r);
    }
    std::stable_sort(
        local.begin(), local.end(),
        [](const AuditExtractRow &a, const AuditExtractRow &b) { return a.at < b.at; });
    return local;
}

domain::DomainResult<QByteArray> AuditExtract::csv(const store::Actor &actor,
                                                   const std::string &entity,
                                                   const std::string &subjectId,
                                                   const std::vector<AuditExtractRow> &fromServer)
{
    auto extract = rows(entity, subjectId);
    if (!extract)
        return extract.error();
    *extract = merge(std::move(*extract), fromServer);
    CsvWriter csv({QStringLiteral("time"), QStringLiteral("staff_id"), QStringLiteral("staff_name"),
                   QStringLiteral("staff_title"), QStringLiteral("action"),
                   QStringLiteral("record_type"), QStringLiteral("record_id"),
                   QStringLiteral("device"), QStringLiteral("unit_id"), QStringLiteral("source"),
                   QStringLiteral("received")});
    for (const auto &r : *extract) {
        csv.row(std::vector<CsvWriter::Field>{
            {r.at.toString(Qt::ISODateWithMs), true},
            {QString::fromStdString(r.staffId)},
            {r.staffName},
            {r.staffTitle},
            {r.action},
            {QString::fromStdString(r.entity)},
            {QString::fromStdString(r.recordId)},
            {deviceText(r.device)},
            {QString::fromStdString(r.unitId)},
            {r.fromServer ? QStringLiteral("server") : QStringLiteral("local")},
            {r.received.isValid() ? r.received.toString(Qt::ISODateWithMs) : QString(), true}});
    }
    if (auto logged = recordExport(actor, entity, subjectId, store::AuditAction::Export); !logged)
        return logged.error();
    return csv.bytes();
}

} // namespace lykta::followup
