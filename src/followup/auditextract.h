#pragma once

#include "domainerror.h"
#include "store/store.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace lykta::followup {

// One line of a subject's access log: who did what to which record, when, on which device.
struct AuditExtractRow
{
    QDateTime at; // UTC
    std::string staffId;
    QString staffName; // the staff member's name and title; empty when not on this device
    QString staffTitle;
    QString action;     // read, create, change, delete, export, print, share, review
    std::string entity; // child, conversation, note, ...
    std::string recordId;
    std::uint64_t device = 0;
    std::string unitId;
    // From the server's audit log (a colleague's tablet, or the server itself), not this
    // tablet's: `received` is when the server wrote or received it; `at` is the time on the
    // device that wrote it (the server's time for the server's own entries).
    bool fromServer = false;
    QDateTime received;
};

// The access-log extract for one person (loggutdrag): every entry about a child or a
// family and about the records that belong to it — for a child its series, conversations,
// notes, amendments to those, questionnaires and scores, group memberships and tasks; for
// a family also its guardians and each child's records. Oldest first. Unlike the
// statistics exports this is about one identified person and names staff, so it goes to
// whoever may see that person's case; producing it writes an Export entry on the subject.
// Records tombstoned on this device are not followed (their own entries still appear when
// the subject itself is asked for).
class AuditExtract
{
public:
    explicit AuditExtract(store::Store &store) : m_store(store) {}

    // entity is "child" or "family". NotFound naming "entity" for any other, Empty naming
    // "subject" for an empty id, NotFound naming "subject" for an unknown one.
    domain::DomainResult<std::vector<AuditExtractRow>> rows(const std::string &entity,
                                                            const std::string &subjectId) const;

    // The rows as CSV, header
    //   time,staff_id,staff_name,staff_title,action,record_type,record_id,device,unit_id,
    //   source,received
    // (source `local` or `server`), and the Export entry written. `rows`, merged with
    // `fromServer` (see merge), fills the file; nothing is written if it fails.
    domain::DomainResult<QByteArray> csv(const store::Actor &actor, const std::string &entity,
                                         const std::string &subjectId,
                                         const std::vector<AuditExtractRow> &fromServer = {});
    // This tablet's rows and the server's, by time. A server row that is one of this tablet's
    // own entries sent up (same device, time on the device, action and record) is dropped: the
    // local row stands for it.
    static std::vector<AuditExtractRow> merge(std::vector<AuditExtractRow> local,
                                              const std::vector<AuditExtractRow> &fromServer);
    // Writes the Export (or Print) entry for an extract of this subject. The PDF calls it.
    domain::DomainResult<bool> recordExport(const store::Actor &actor, const std::string &entity,
                                            const std::string &subjectId,
                                            store::AuditAction action);

    // Device ids as the log shows them: 16 hex digits.
    static QString deviceText(std::uint64_t device);

private:
    struct Scope;
    domain::DomainResult<bool> collectChild(const std::string &childId, Scope &scope) const;

    store::Store &m_store;
};

} // namespace lykta::followup
