#include "detail.h"

namespace lykta::domain {

const char *toString(DomainErrc code)
{
    switch (code) {
    case DomainErrc::Empty:
        return "empty";
    case DomainErrc::OutOfRange:
        return "out_of_range";
    case DomainErrc::InvalidDate:
        return "invalid_date";
    case DomainErrc::AgeOutOfRange:
        return "age_out_of_range";
    case DomainErrc::InvalidPersonnummer:
        return "invalid_personnummer";
    case DomainErrc::BirthDateMismatch:
        return "birth_date_mismatch";
    case DomainErrc::InvalidToken:
        return "invalid_token";
    case DomainErrc::NotFound:
        return "not_found";
    case DomainErrc::WrongState:
        return "wrong_state";
    case DomainErrc::SignedImmutable:
        return "signed_immutable";
    case DomainErrc::NotSigned:
        return "not_signed";
    case DomainErrc::SessionBeforeGroupStart:
        return "session_before_group_start";
    case DomainErrc::NotAMember:
        return "not_a_member";
    case DomainErrc::CapacityExceeded:
        return "capacity_exceeded";
    case DomainErrc::AlreadyMember:
        return "already_member";
    case DomainErrc::AnonymousGroup:
        return "anonymous_group";
    case DomainErrc::UnknownKvaCode:
        return "unknown_kva_code";
    case DomainErrc::InvalidKvaCode:
        return "invalid_kva_code";
    case DomainErrc::AlreadySeeded:
        return "already_seeded";
    case DomainErrc::NotPermitted:
        return "not_permitted";
    case DomainErrc::SessionClash:
        return "session_clash";
    case DomainErrc::SessionCancelled:
        return "session_cancelled";
    case DomainErrc::ProgrammeOverlap:
        return "programme_overlap";
    case DomainErrc::InvalidFormat:
        return "invalid_format";
    case DomainErrc::PersonnummerInText:
        return "personnummer_in_text";
    case DomainErrc::Storage:
        return "storage";
    }
    return "storage";
}

namespace detail {

int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

DomainError fromStore(const store::StoreError &e)
{
    if (e.code == store::StoreErrc::SignedImmutable)
        return DomainError{DomainErrc::SignedImmutable, {}, e.code, e.detail};
    return DomainError{DomainErrc::Storage, {}, e.code, e.detail};
}

DomainResult<store::Record> getLive(const store::Store &store, std::string_view entity,
                                    std::string_view id, std::string field)
{
    if (id.empty())
        return domainError(DomainErrc::Empty, std::move(field));
    auto r = store.get(entity, id);
    if (!r)
        return fromStore(r.error());
    if (!*r || (*r)->deleted())
        return domainError(DomainErrc::NotFound, std::move(field));
    return std::move(**r);
}

DomainResult<std::vector<store::Record>> listLive(const store::Store &store,
                                                  std::string_view entity,
                                                  const std::vector<store::Condition> &where,
                                                  std::string_view orderBy)
{
    auto r = store.list(entity, where, orderBy);
    if (!r)
        return fromStore(r.error());
    return std::move(*r);
}

DomainResult<bool> auditRead(store::Store &store, const store::Actor &actor,
                             std::string_view entity, std::string_view id)
{
    auto r = store.audit(actor, store::AuditAction::Read, entity, id);
    if (!r)
        return fromStore(r.error());
    return true;
}

DomainResult<bool> auditReadAll(store::Store &store, const store::Actor &actor,
                                std::string_view entity, std::span<const std::string> ids)
{
    auto r = store.audit(actor, store::AuditAction::Read, entity, ids);
    if (!r)
        return fromStore(r.error());
    return true;
}

DomainResult<std::vector<std::string>> write(store::Store &store, const store::Actor &actor,
                                             std::span<const store::Change> changes)
{
    auto r = store.write(actor, changes);
    if (!r)
        return fromStore(r.error());
    return std::move(r->ids);
}

DomainResult<bool> sign(store::Store &store, const store::Actor &actor, std::string_view entity,
                        const std::string &id)
{
    if (actor.staffId.empty())
        return domainError(DomainErrc::Empty, "signed_by");
    store::Change c{store::ChangeKind::Update,
                    std::string(entity),
                    id,
                    {{"status", std::string("signed")},
                     {"signed_by", actor.staffId},
                     {"signed_at", text(nowText())}}};
    auto w = write(store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

} // namespace detail
} // namespace lykta::domain
