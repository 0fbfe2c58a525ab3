#pragma once

#include "store/store.h"

#include <QDate>

#include <string>

namespace lykta::domain {

// Where a field of a record sits, in terms a person knows: the kind of record and field, a
// note's subject (a conversation, a group session, a family, ...), and the date of the
// conversation, session or note. The app turns it into words ("Anteckning i samtal 12 maj").
struct FieldPlace
{
    std::string entity;
    std::string field;
    std::string subjectEntity; // notes only
    QDate date;
    bool isSigned = false; // a signed record never changes
};

// Reads what it needs from the store; a record that is not there gives entity and field only.
FieldPlace placeOf(const store::Store &store, const std::string &entity, const std::string &id,
                   const std::string &field);

} // namespace lykta::domain
