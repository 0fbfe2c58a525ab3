#include "identificationservice.h"

#include "child.h"
#include "detail.h"
#include "personnummer.h"
#include "sync/core/uuid.h"

namespace lykta::domain {

using namespace detail;

namespace {

const char *entityOf(PendingIdentification::Subject s)
{
    return s == PendingIdentification::Subject::Child ? "child" : "guardian";
}

} // namespace

DomainResult<PendingIdentification>
IdentificationService::prepareIdentification(const store::Actor &actor,
                                             PendingIdentification::Subject subject,
                                             const std::string &recordId, const QString &number)
{
    (void)actor;
    const char *entity = entityOf(subject);
    auto record = getLive(m_store, entity, recordId, std::string(entity) + "_id");
    if (!record)
        return record.error();
    auto pnr = Personnummer::parse(number);
    if (!pnr)
        return pnr.error();
    if (subject == PendingIdentification::Subject::Child) {
        const QDate recorded = qdate(*record, fields::child::birth_date);
        if (recorded.isValid() && recorded != pnr->birthDate())
            return domainError(DomainErrc::BirthDateMismatch, "personnummer");
        if (ageOn(pnr->birthDate(), QDate::currentDate()) > Child::kMaxAge && !recorded.isValid())
            return domainError(DomainErrc::AgeOutOfRange, "personnummer");
    }
    PendingIdentification pending{sync::newUuidV7(), subject,          recordId,
                                  pnr->normalized(), pnr->birthDate(), pnr->isCoordinationNumber()};
    m_pending[pending.token] = pending;
    return pending;
}

DomainResult<bool> IdentificationService::confirmIdentification(const std::string &token,
                                                                const store::Actor &actor)
{
    const auto it = m_pending.find(token);
    if (it == m_pending.end())
        return domainError(DomainErrc::InvalidToken, "token");
    const PendingIdentification pending = it->second;
    m_pending.erase(it);
    if (actor.staffId.empty())
        return domainError(DomainErrc::Empty, "confirmed_by");

    const char *entity = entityOf(pending.subject);
    auto record = getLive(m_store, entity, pending.recordId, std::string(entity) + "_id");
    if (!record)
        return record.error();
    store::Change c{store::ChangeKind::Update,
                    entity,
                    pending.recordId,
                    {{"personnummer", text(pending.normalized)},
                     {"personnummer_confirmed_by", actor.staffId},
                     {"personnummer_confirmed_at", text(nowText())}}};
    if (pending.subject == PendingIdentification::Subject::Child &&
        record->isNull(fields::child::birth_date))
        c.fields.push_back({fields::child::birth_date, date(pending.birthDate)});
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

} // namespace lykta::domain
