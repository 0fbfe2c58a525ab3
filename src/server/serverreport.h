#pragma once

#include "pdfhelper.h"
#include "reportapi.h"
#include "serverstorage.h"

#include <cstdint>
#include <optional>
#include <string>

namespace lykta::server {

// Why a report was not made. Each has its own clear message for the operator (message())
// and its own HTTP answer for a device (toApiFailure()).
struct ReportError
{
    enum class Code : std::uint8_t
    {
        UnknownUnit,
        BadFrom,     // not a date YYYY-MM-DD
        BadTo,       // not a date YYYY-MM-DD
        FromAfterTo, // the period ends before it starts
        BadFormat,   // neither csv nor pdf
        Storage,     // the server's storage failed (reading, or writing the audit entry)
        TooLarge,    // the file is larger than a device may fetch (limits::kMaxReportBytes)
        Render,      // the PDF helper failed (it could not start, failed or took too long)
    };
    Code code = Code::Storage;
    std::string detail;
    std::optional<StorageError> storage;

    std::string message() const; // one line in English, for the operator's terminal
};

// A unit's follow-up report from the server's own records (readIndicatorInput), computed and
// suppressed by the app's follow-up module (lykta_followup: computeIndicators, tabulate, the
// CSV). The PDF is drawn by `renderPdf`, by default lykta-report-pdf beside this executable
// (pdfhelper.h), so this process never starts Qt Gui. Before the bytes are
// handed back an Export entry goes to the server's audit log: action "export", entity
// "followup_report_csv" or "followup_report_pdf", subject "<unit>/<from>/<to>" (as the app
// writes it), who = `requester`. If that entry cannot be written, there is no report. A file
// larger than `maxBytes` is refused (TooLarge) before that entry: nothing left the server.
Result<ReportFile, ReportError> makeReport(ServerStorage &storage, const ReportRequest &request,
                                           const ReportRequester &requester, std::int64_t nowMs,
                                           std::optional<std::uint64_t> maxBytes = std::nullopt,
                                           const PdfRenderer &renderPdf = {});

ApiFailure toApiFailure(const ReportError &error);

// For GET /v1/report (serve's ReportMaker): makeReport at the wall clock's time, at most
// limits::kMaxReportBytes (the most a device reads of an answer).
ReportMaker reportMaker(ServerStorage &storage);

} // namespace lykta::server
