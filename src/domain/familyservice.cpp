#include "familyservice.h"

#include "detail.h"
#include "groupservice.h"
#include "sync/core/uuid.h"

#include <QRegularExpression>

#include <algorithm>

namespace lykta::domain {

using namespace detail;

namespace {

Family toFamily(const store::Record &r)
{
    return Family{r.id,
                  r.text(fields::family::unit_id),
                  qtext(r, fields::family::name),
                  qtext(r, fields::family::problem_type),
                  qdate(r, fields::family::first_contact),
                  r.text(fields::family::responsible_staff),
                  qdate(r, fields::family::closed_on),
                  qtext(r, fields::family::closed_reason),
                  qtext(r, fields::family::closed_note)};
}

Guardian toGuardian(const store::Record &r)
{
    Guardian g;
    g.id = r.id;
    g.unitId = r.text(fields::guardian::unit_id);
    g.familyId = r.text(fields::guardian::family_id);
    g.name = qtext(r, fields::guardian::name);
    g.relation = qtext(r, fields::guardian::relation);
    g.custody = r.integer(fields::guardian::custody) != 0;
    g.phone = qtext(r, fields::guardian::phone);
    g.email = qtext(r, fields::guardian::email);
    g.address = qtext(r, fields::guardian::address);
    g.language = qtext(r, fields::guardian::language);
    g.interpreter = r.integer(fields::guardian::interpreter) != 0;
    g.leftOn = qdate(r, fields::guardian::left_on);
    g.personnummer = qtext(r, fields::guardian::personnummer);
    g.personnummerConfirmedBy = r.text(fields::guardian::personnummer_confirmed_by);
    g.personnummerConfirmedAt = qtext(r, fields::guardian::personnummer_confirmed_at);
    return g;
}

// What staff edit on a guardian; never the family, the personnummer or leftOn.
std::vector<store::FieldValue> guardianFields(const Guardian &g)
{
    return {{fields::guardian::name, text(g.name.trimmed())},
            {fields::guardian::relation, text(g.relation)},
            {fields::guardian::custody, flag(g.custody)},
            {fields::guardian::phone, text(g.phone.trimmed())},
            {fields::guardian::email, text(g.email.trimmed())},
            {fields::guardian::address, text(g.address.trimmed())},
            {fields::guardian::language, text(g.language.trimmed())},
            {fields::guardian::interpreter, flag(g.interpreter)}};
}

// Digits with spaces, dashes, parentheses and a leading +; 6-15 digits (E.164's most).
bool isPhoneNumber(const QString &phone)
{
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9 ()-]+$"));
    const auto digits =
        std::count_if(phone.begin(), phone.end(), [](QChar c) { return c.isDigit(); });
    return shape.match(phone).hasMatch() && digits >= 6 && digits <= 15;
}

bool isEmailAddress(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return shape.match(email).hasMatch();
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
    return {{fields::family::name, text(f.name.trimmed())},
            {fields::family::problem_type, text(f.problemType)},
            {fields::family::first_contact, date(f.firstContact)},
            {fields::family::responsible_staff, text(f.responsibleStaff)}};
}

std::vector<store::FieldValue> childFields(const Child &c)
{
    return {{fields::child::first_name, text(c.firstName.trimmed())},
            {fields::child::last_name, text(c.lastName.trimmed())},
            {fields::child::birth_date, date(c.birthDate)},
            {fields::child::gender, text(c.gender)}};
}

} // namespace

Child toChild(const store::Record &r)
{
    return Child{r.id,
                 r.text(fields::child::unit_id),
                 r.text(fields::child::family_id),
                 qtext(r, fields::child::first_name),
                 qtext(r, fields::child::last_name),
                 qdate(r, fields::child::birth_date),
                 qtext(r, fields::child::gender),
                 qtext(r, fields::child::personnummer),
                 r.text(fields::child::personnummer_confirmed_by),
                 qtext(r, fields::child::personnummer_confirmed_at)};
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
    auto rows = listLive(m_store, "family", {{fields::family::unit_id, unitId}}, "name");
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
    c.fields.push_back({fields::child::family_id, child.familyId});
    c.fields.push_back({fields::any::unit_id, fam->text(fields::family::unit_id)});
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
    if (child.birthDate != qdate(*current, fields::child::birth_date) &&
        ageOn(child.birthDate, QDate::currentDate()) > Child::kMaxAge)
        return domainError(DomainErrc::AgeOutOfRange, "birth_date");
    if (!current->isNull(fields::child::personnummer) &&
        child.birthDate != qdate(*current, fields::child::birth_date))
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
    auto rows = listLive(m_store, "child", {{fields::child::family_id, familyId}}, "birth_date");
    if (!rows)
        return rows.error();
    if (auto a = auditRead(m_store, actor, "family", familyId); !a)
        return a.error();
    std::vector<Child> out;
    for (const auto &r : *rows)
        out.push_back(toChild(r));
    return out;
}

DomainResult<bool> FamilyService::validateGuardian(const Guardian &g)
{
    if (g.name.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "name");
    if (!Guardian::relations().contains(g.relation))
        return domainError(DomainErrc::OutOfRange, "relation");
    if (!g.phone.trimmed().isEmpty() && !isPhoneNumber(g.phone.trimmed()))
        return domainError(DomainErrc::InvalidFormat, "phone");
    if (!g.email.trimmed().isEmpty() && !isEmailAddress(g.email.trimmed()))
        return domainError(DomainErrc::InvalidFormat, "email");
    // A personnummer is written only through identification, with its confirmation step.
    const std::pair<const QString &, const char *> freeFields[] = {
        {g.name, "name"}, {g.email, "email"}, {g.address, "address"}, {g.language, "language"}};
    for (const auto &[value, field] : freeFields)
        if (GroupService::looksIdentifying(value))
            return domainError(DomainErrc::PersonnummerInText, field);
    return true;
}

DomainResult<std::string> FamilyService::addGuardian(const store::Actor &actor,
                                                     const Guardian &guardian)
{
    if (auto v = validateGuardian(guardian); !v)
        return v.error();
    auto fam = getLive(m_store, "family", guardian.familyId, "family_id");
    if (!fam)
        return fam.error();
    store::Change c{store::ChangeKind::Create, "guardian", sync::newUuidV7(),
                    guardianFields(guardian)};
    c.fields.push_back({fields::guardian::family_id, guardian.familyId});
    c.fields.push_back({fields::any::unit_id, fam->text(fields::family::unit_id)});
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<bool> FamilyService::updateGuardian(const store::Actor &actor,
                                                 const Guardian &guardian)
{
    if (auto v = validateGuardian(guardian); !v)
        return v.error();
    if (auto r = getLive(m_store, "guardian", guardian.id, "guardian_id"); !r)
        return r.error();
    store::Change c{store::ChangeKind::Update, "guardian", guardian.id, guardianFields(guardian)};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> FamilyService::markGuardianLeft(const store::Actor &actor, const std::string &id,
                                                   const QDate &leftOn)
{
    auto current = getLive(m_store, "guardian", id, "guardian_id");
    if (!current)
        return current.error();
    if (!current->isNull(fields::guardian::left_on))
        return domainError(DomainErrc::WrongState, "left_on");
    if (!leftOn.isValid() || leftOn > QDate::currentDate())
        return domainError(DomainErrc::InvalidDate, "left_on");
    store::Change c{
        store::ChangeKind::Update, "guardian", id, {{fields::guardian::left_on, date(leftOn)}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<Guardian> FamilyService::guardian(const store::Actor &actor, const std::string &id)
{
    auto r = getLive(m_store, "guardian", id, "guardian_id");
    if (!r)
        return r.error();
    if (auto a = auditRead(m_store, actor, "guardian", id); !a)
        return a.error();
    return toGuardian(*r);
}

DomainResult<std::vector<Guardian>> FamilyService::guardians(const store::Actor &actor,
                                                             const std::string &familyId)
{
    if (auto f = getLive(m_store, "family", familyId, "family_id"); !f)
        return f.error();
    auto rows = listLive(m_store, "guardian", {{fields::guardian::family_id, familyId}}, "name");
    if (!rows)
        return rows.error();
    if (auto a = auditRead(m_store, actor, "family", familyId); !a)
        return a.error();
    std::vector<Guardian> out;
    for (const auto &r : *rows)
        out.push_back(toGuardian(r));
    return out;
}

DomainResult<bool> FamilyService::closeFamily(const store::Actor &actor, const std::string &id,
                                              const QDate &closedOn, const QString &reason,
                                              const QString &note)
{
    auto current = getLive(m_store, "family", id, "family_id");
    if (!current)
        return current.error();
    if (!current->isNull(fields::family::closed_on))
        return domainError(DomainErrc::WrongState, "closed_on");
    const QDate firstContact = qdate(*current, fields::family::first_contact);
    if (!closedOn.isValid() || closedOn > QDate::currentDate())
        return domainError(DomainErrc::InvalidDate, "closed_on");
    if (firstContact.isValid() && closedOn < firstContact)
        return domainError(DomainErrc::InvalidDate, "closed_on");
    if (reason.isEmpty())
        return domainError(DomainErrc::Empty, "closed_reason");
    if (!Family::closeReasons().contains(reason))
        return domainError(DomainErrc::OutOfRange, "closed_reason");
    if (reason == QLatin1String("other") && note.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "closed_note");
    if (GroupService::looksIdentifying(note))
        return domainError(DomainErrc::PersonnummerInText, "closed_note");
    store::Change c{store::ChangeKind::Update,
                    "family",
                    id,
                    {{fields::family::closed_on, date(closedOn)},
                     {fields::family::closed_reason, text(reason)},
                     {fields::family::closed_note,
                      text(note.trimmed().isEmpty() ? QString() : note.trimmed())}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> FamilyService::reopenFamily(const store::Actor &actor, const std::string &id)
{
    auto current = getLive(m_store, "family", id, "family_id");
    if (!current)
        return current.error();
    if (current->isNull(fields::family::closed_on))
        return domainError(DomainErrc::WrongState, "closed");
    // The closing stays in the change log (who closed it, when, why); the case is open again.
    store::Change c{store::ChangeKind::Update,
                    "family",
                    id,
                    {{fields::family::closed_on, std::monostate{}},
                     {fields::family::closed_reason, std::monostate{}},
                     {fields::family::closed_note, std::monostate{}}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
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
