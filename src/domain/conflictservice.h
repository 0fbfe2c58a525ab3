#pragma once

#include "domainerror.h"
#include "fieldplace.h"
#include "store/store.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace lykta::domain {

// One version of a text in conflict: what it says, who wrote it and when.
struct ConflictVersion
{
    QString text;
    std::string authorId;
    QString authorName; // empty when the writer is not among this device's staff
    QDateTime writtenAt;
    sync::Hlc version; // the delta that wrote it
};

// Two versions of one long text written at the same time on two devices. `current` is what
// the record shows now; `copy` the text the merge kept aside; `place` which record it is.
struct Conflict
{
    store::ConflictKey key;
    FieldPlace place; // place.isSigned: the text stays; answer with an amendment
    ConflictVersion current;
    ConflictVersion copy;
};

// Lists conflict copies and resolves them: the person keeps the current text, the copy, or
// a merge of both, written as one ordinary delta that resolves the conflict on every device.
class ConflictService
{
public:
    explicit ConflictService(store::Store &store) : m_store(store) {}

    // Every conflict this device holds, newest copy first.
    DomainResult<std::vector<Conflict>> list() const;

    // Resolves one conflict with `text`. `seenCurrent` is the current version the person was
    // shown: if the record changed since (a pull), nothing is written and the error is
    // WrongState, so a resolution never claims to have seen a text no one read. Empty text:
    // Empty; unknown or already resolved: NotFound; signed: SignedImmutable.
    DomainResult<bool> resolve(const store::Actor &actor, const store::ConflictKey &key,
                               const sync::Hlc &seenCurrent, const QString &text);

private:
    store::Store &m_store;
};

} // namespace lykta::domain
