#pragma once

#include "store/storeerror.h"
#include "sync/core/result.h"

#include <string>

namespace lykta::domain {

// Why the domain refused something, as a code the app turns into words. `field` names the
// offending input (e.g. "birth_date") so a form can mark it; never translated text here.
enum class DomainErrc
{
    Empty,                   // a required field is empty
    OutOfRange,              // a number outside its allowed range (mood 1-5, duration, ...)
    InvalidDate,             // not an ISO date, or a date that cannot be (in the future, ...)
    AgeOutOfRange,           // a child's age outside 0-18, or outside a template's or group's band
    InvalidPersonnummer,     // wrong length, impossible date or failed checksum
    BirthDateMismatch,       // the personnummer's birth date differs from the recorded one
    InvalidToken,            // an identification token that is unknown or already used
    NotFound,                // the record does not exist (or is deleted)
    WrongState,              // e.g. a conversation for a completed series
    SignedImmutable,         // a signed entry never changes; write an amendment instead
    NotSigned,               // an amendment needs a signed original; edit the draft instead
    SessionBeforeGroupStart, // a group session dated before the group starts (or after it ends)
    NotAMember,              // attendance or mood for someone not in the session's group
    CapacityExceeded,        // the group is full
    AlreadyMember,           // the child is already in the group
    AnonymousGroup,          // identifying data (child link, personnummer) in an anonymous group
    UnknownKvaCode,          // a KVÅ code that is not in any imported code list
    InvalidKvaCode,          // a code list line that is not a KVÅ code
    AlreadySeeded,           // the demo unit exists already
    NotPermitted,            // the acting staff member's role does not allow this
    SessionClash,            // another session of the group is planned at the same date and time
    SessionCancelled,        // a cancelled session takes no attendance, mood or changes
    ProgrammeOverlap,        // a planned programme would start on or before the last session
    InvalidFormat,           // a phone number or e-mail address that cannot be one
    PersonnummerInText,      // a free field holds what looks like a personnummer
    Storage,                 // the store refused; see storeCode
};

struct DomainError
{
    DomainErrc code = DomainErrc::Storage;
    std::string field;
    store::StoreErrc storeCode = store::StoreErrc::Internal; // meaningful for Storage only
    std::string detail; // for logs and developers: never personal data or note text
};

template <class T>
using DomainResult = Result<T, DomainError>;

inline DomainError domainError(DomainErrc code, std::string field = {})
{
    return DomainError{code, std::move(field), store::StoreErrc::Internal, {}};
}

const char *toString(DomainErrc code);

} // namespace lykta::domain
