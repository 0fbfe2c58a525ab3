#include "familyservice.h"

#include "detail.h"
#include "sync/core/uuid.h"

namespace lykta::domain {

using namespace detail;

namespace {

Family toFamily(const store::Record &r)
{
    return Family{r.id,
                  r.text("unit_id"),
                  qtext(r, "name"),
                  qtext(r, "problem_type"),
                  qdate(r, "first_contact"),
                  r.text("responsible_staff")};
}

Guardian toGuardian(const store::Record &r)
{
    return Guardian{r.id,
                    r.text("unit_id"),
                    r.text("family_id"),
                    qtext(r, "name"),
                    qtext(r, "relation"),
                    qtext(r, "phone"),
                    qtext(r, "personnummer"),
                    r.text("personnummer_confirmed_by"),
                    qtext(r, "personnummer_confirmed_at")};
}

DomainResult<bool> validateFamily(const Family &f)
{
    if (f.name.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "name");
    if (f.firstContact.isValid() && f.firstContact > QDate::currentDate())
        return domainError(DomainErrc::InvalidDate, "first_contact");
    return true;
}

std::vector<store::FieldValue> familyFields(const Family &f)
{
    return {{"name", text(f.name.trimmed())},
            {"problem_type", text(f.problemType)},
            {"first_contact", date(f.firstContact)},
            {"responsible_staff", text(f.responsibleStaff)}};
}

std::vector<store::FieldValue> childFields(const Child &c)
{
    return {{"first_name", text(c.firstName.trimmed())},
            {"last_name", text(c.lastName.trimmed())},
            {"birth_date", date(c.birthDate)},
            {"gender", text(c.gender)}};
}

} // namespace

Child toChild(const store::Record &r)
{
    return Child{r.id,
                 r.text("unit_id"),
                 r.text("family_id"),
                 qtext(r, "first_name"),
                 qtext(r, "last_name"),
                 qdate(r, "birth_date"),
                 qtext(r, "gender"),
                 qtext(r, "personnummer"),
                 r.text("personnummer_confirmed_by"),
                 qtext(r, "personnummer_confirmed_at")};
}

DomainResult<bool> FamilyService::validateChild(const Child &child, const QDate &today)
{
    if (child.firstName.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "first_name");
    if (!child.birthDate.isValid())
        return domainError(DomainErrc::InvalidDate, "birth_date");
    if (child.birthDate > today)
        return domainError(DomainErrc::InvalidDate, "birth_date");
    if (ageOn(child.birthDate, today) > Child::kMaxAge)
        return domainError(DomainErrc::AgeOutOfRange, "birth_date");
    return true;
}

DomainResult<std::string> FamilyService::createFamily(const store::Actor &actor,
                                                      const Family &family)
{
    if (auto v = validateFamily(family); !v)
        return v.error();
    store::Change c{store::ChangeKind::Create, "family", sync::newUuidV7(), familyFields(family)};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<bool> FamilyService::updateFamily(const store::Actor &actor, const Family &family)
{
    if (auto v = validateFamily(family); !v)
        return v.error();
    if (auto r = getLive(m_store, "family", family.id, "family_id"); !r)
        return r.error();
    store::Change c{store::ChangeKind::Update, "family", family.id, familyFields(family)};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<Family> FamilyService::family(const store::Actor &actor, const std::string &id)
{
    auto r = getLive(m_store, "family", id, "family_id");
    if (!r)
        return r.error();
    if (auto a = auditRead(m_store, actor, "family", id); !a)
        return a.error();
    return toFamily(*r);
}

DomainResult<std::vector<Family>> FamilyService::families(const std::string &unitId) const
{
    auto rows = listLive(m_store, "family", {{"unit_id", unitId}}, "name");
    if (!rows)
        return rows.error();
    std::vector<Family> out;
    for (const auto &r : *rows)
        out.push_back(toFamily(r));
    return out;
}

DomainResult<std::string> FamilyService::addChild(const store::Actor &actor, const Child &child)
{
    if (auto v = validateChild(child, QDate::currentDate()); !v)
        return v.error();
    auto fam = getLive(m_store, "family", child.familyId, "family_id");
    if (!fam)
        return fam.error();
    store::Change c{store::ChangeKind::Create, "child", sync::newUuidV7(), childFields(child)};
    c.fields.push_back({"family_id", child.familyId});
    c.fields.push_back({"unit_id", fam->text("unit_id")});
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<bool> FamilyService::updateChild(const store::Actor &actor, const Child &child)
{
    auto current = getLive(m_store, "child", child.id, "child_id");
    if (!current)
        return current.error();
    // A child recorded years ago may be over 18 now; only a changed birth date is re-checked.
    // Once a personnummer is confirmed, the birth date follows it and cannot drift.
    if (child.firstName.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "first_name");
    if (!child.birthDate.isValid() || child.birthDate > QDate::currentDate())
        return domainError(DomainErrc::InvalidDate, "birth_date");
    if (child.birthDate != qdate(*current, "birth_date") &&
        ageOn(child.birthDate, QDate::currentDate()) > Child::kMaxAge)
        return domainError(DomainErrc::AgeOutOfRange, "birth_date");
    if (!current->isNull("personnummer") && child.birthDate != qdate(*current, "birth_date"))
        return domainError(DomainErrc::BirthDateMismatch, "birth_date");
    store::Change c{store::ChangeKind::Update, "child", child.id, childFields(child)};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<Child> FamilyService::child(const store::Actor &actor, const std::string &id)
{
    auto r = getLive(m_store, "child", id, "child_id");
    if (!r)
        return r.error();
    if (auto a = auditRead(m_store, actor, "child", id); !a)
        return a.error();
    return toChild(*r);
}

DomainResult<std::vector<Child>> FamilyService::children(const store::Actor &actor,
                                                         const std::string &familyId)
{
    if (auto f = getLive(m_store, "family", familyId, "family_id"); !f)
        return f.error();
    auto rows = listLive(m_store, "child", {{"family_id", familyId}}, "birth_date");
    if (!rows)
        return rows.error();
    if (auto a = auditRead(m_store, actor, "family", familyId); !a)
        return a.error();
    std::vector<Child> out;
    for (const auto &r : *rows)
        out.push_back(toChild(r));
    return out;
}

DomainResult<std::string> FamilyService::addGuardian(const store::Actor &actor,
                                                     const Guardian &guardian)
{
    if (guardian.name.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "name");
    auto fam = getLive(m_store, "family", guardian.familyId, "family_id");
    if (!fam)
        return fam.error();
    store::Change c{store::ChangeKind::Create,
                    "guardian",
                    sync::newUuidV7(),
                    {{"family_id", guardian.familyId},
                     {"unit_id", fam->text("unit_id")},
                     {"name", text(guardian.name.trimmed())},
                     {"relation", text(guardian.relation)},
                     {"phone", text(guardian.phone.trimmed())}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<std::vector<Guardian>> FamilyService::guardians(const store::Actor &actor,
                                                             const std::string &familyId)
{
    if (auto f = getLive(m_store, "family", familyId, "family_id"); !f)
        return f.error();
    auto rows = listLive(m_store, "guardian", {{"family_id", familyId}}, "name");
    if (!rows)
        return rows.error();
    if (auto a = auditRead(m_store, actor, "family", familyId); !a)
        return a.error();
    std::vector<Guardian> out;
    for (const auto &r : *rows)
        out.push_back(toGuardian(r));
    return out;
}

DomainResult<bool> FamilyService::removeFamily(const store::Actor &actor, const std::string &id)
{
    if (auto f = getLive(m_store, "family", id, "family_id"); !f)
        return f.error();
    store::Change c{store::ChangeKind::Delete, "family", id, {}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

} // namespace lykta::domain
