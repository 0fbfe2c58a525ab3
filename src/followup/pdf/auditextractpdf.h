#pragma once

#include "auditextract.h"

#include <QCoreApplication>

namespace lykta::followup {

// A subject's access-log extract as a PDF table (time, staff, action, record, device), for
// the person who asked for it or for a manager's review: this tablet's entries and, when the
// manager fetched them, the server's (colleagues' reads on their own tablets), merged as the
// CSV merges them. Writes a Print entry on the subject.
class AuditExtractPdf
{
    Q_DECLARE_TR_FUNCTIONS(AuditExtractPdf)

public:
    static QByteArray render(const std::vector<AuditExtractRow> &rows, const QString &subjectLabel);
    static domain::DomainResult<QByteArray>
    exportPdf(store::Store &store, const store::Actor &actor, const std::string &entity,
              const std::string &subjectId, const QString &subjectLabel,
              const std::vector<AuditExtractRow> &fromServer = {});
    // "läste", "ändrade", ...: the log's action keys in words.
    static QString actionText(const QString &action);
};

} // namespace lykta::followup
