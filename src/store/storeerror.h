#pragma once

#include <string>

namespace lykta::store {

// What went wrong, as a code the app turns into words. `detail` is for logs and developers:
// it names tables, fields and SQLite messages, never note text or personal data.
enum class StoreErrc
{
    CannotOpen,      // the file or its folder cannot be opened or created
    Corrupt,         // not a database, or it fails the integrity check
    TooNew,          // written by a newer Lykta; this version must not touch it
    ReadOnly,        // the file or the disk is read-only
    DiskFull,        // no space left for the write; nothing was changed
    Busy,            // another process holds the database
    Io,              // the operating system reported a read or write error
    SignedImmutable, // a signed entry never changes; write an amendment instead
    NoHardDelete,    // records are tombstoned, never deleted
    UnknownEntity,
    UnknownField,
    WrongType, // a value of the wrong type for its field
    AlreadyExists,
    NotFound,
    Constraint,   // a reference or other rule of the schema
    InvalidQuery, // a search text that cannot be turned into a query
    ClockSkew,    // pulled changes lie further ahead of this device's clock than allowed
    Internal,
};

struct StoreError
{
    StoreErrc code = StoreErrc::Internal;
    std::string detail;
};

const char *toString(StoreErrc code);

} // namespace lykta::store
