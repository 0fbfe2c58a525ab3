#include "serverreport.h"

#include "followupexport.h"
#include "indicatorcsv.h"
#include "indicators.h"
#include "pdfhelper.h"
#include "serverindicators.h"
#include "sync/core/hlc.h"
#include "sync/core/limits.h"

#include <QDate>
#include <QTimeZone>

namespace lykta::server {

namespace {

using Code = ReportError::Code;

// Strictly YYYY-MM-DD.
QDate parseDay(const std::string &text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    return QDate::fromString(QString::fromStdString(text), QStringLiteral("yyyy-MM-dd"));
}

} // namespace

std::string ReportError::message() const
{
    switch (code) {
    case Code::UnknownUnit:
        return "no unit " + detail + " (lykta-server admin list-units)";
    case Code::BadFrom:
        return "--from takes a date as YYYY-MM-DD, not \"" + detail + "\"";
    case Code::BadTo:
        return "--to takes a date as YYYY-MM-DD, not \"" + detail + "\"";
    case Code::FromAfterTo:
        return "the period ends before it starts (" + detail + ")";
    case Code::BadFormat:
        return "unknown format \"" + detail + "\" (csv or pdf)";
    case Code::Storage:
        return "storage: " + detail;
    case Code::TooLarge:
        return "the report is too large to send to a device (" + detail + " bytes)";
    case Code::Render:
        return "the PDF could not be drawn: " + detail;
    }
    return detail;
}

ApiFailure toApiFailure(const ReportError &error)
{
    using sync::protocol::ApiError;
    switch (error.code) {
    case Code::UnknownUnit:
        return {404, ApiError::NotFound, "unit"};
    case Code::BadFrom:
        return {400, ApiError::BadRequest, "from"};
    case Code::BadTo:
        return {400, ApiError::BadRequest, "to"};
    case Code::FromAfterTo:
        return {400, ApiError::BadRequest, "period"};
    case Code::BadFormat:
        return {400, ApiError::BadRequest, "format"};
    case Code::TooLarge:
        // The answer to send is too large, not the request: 413 with its own detail, which the
        // client classes as fatal (asking again gives the same file).
        return {413, ApiError::TooLarge, "report"};
    case Code::Render:
        return {500, ApiError::Internal, "report"};
    case Code::Storage:
        break;
    }
    return error.storage ? storageFailure(*error.storage)
                         : ApiFailure{500, ApiError::Internal, "report"};
}

Result<ReportFile, ReportError> makeReport(ServerStorage &storage, const ReportRequest &request,
                                           const ReportRequester &requester, std::int64_t nowMs,
                                           std::optional<std::uint64_t> maxBytes,
                                           const PdfRenderer &renderPdf)
{
    const bool pdf = request.format == "pdf";
    if (!pdf && request.format != "csv")
        return ReportError{Code::BadFormat, request.format, {}};
    const followup::Period period{parseDay(request.from), parseDay(request.to)};
    if (!period.from.isValid())
        return ReportError{Code::BadFrom, request.from, {}};
    if (!period.to.isValid())
        return ReportError{Code::BadTo, request.to, {}};
    if (period.to < period.from)
        return ReportError{Code::FromAfterTo, request.from + " > " + request.to, {}};

    auto units = storage.units();
    if (!units)
        return ReportError{Code::Storage, units.error().detail, units.error()};
    const auto unit = std::find_if(units->begin(), units->end(),
                                   [&](const Unit &u) { return u.id == request.unit; });
    if (unit == units->end())
        return ReportError{Code::UnknownUnit, request.unit, {}};

    auto input = readIndicatorInput(storage, request.unit);
    if (!input)
        return ReportError{Code::Storage, input.error().detail, input.error()};
    auto indicators = followup::computeIndicators(*input, request.unit, period);
    if (!indicators) // the unit and period were checked above
        return ReportError{Code::Storage, "indicators: " + indicators.error().field, {}};

    const followup::SuppressionPolicy policy; // exports always suppress small cells
    const auto cells = followup::tabulate(*indicators, policy);
    ReportFile file;
    const std::string stem = "uppfoljning-" + request.from + "-" + request.to;
    if (pdf) {
        const PdfJob job{cells, period, QString::fromStdString(unit->name),
                         QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::systemTimeZone()),
                         policy.threshold};
        auto drawn = (renderPdf ? renderPdf : pdfHelper(siblingPdfHelper()))(job);
        if (!drawn)
            return ReportError{Code::Render, drawn.error().detail, {}};
        file.bytes = std::move(*drawn);
        file.contentType = "application/pdf";
        file.fileName = stem + ".pdf";
    } else {
        file.bytes = followup::indicatorCsv(cells, period).toStdString();
        file.contentType = "text/csv; charset=utf-8";
        file.fileName = stem + ".csv";
    }

    if (maxBytes && file.bytes.size() > *maxBytes)
        return ReportError{Code::TooLarge, std::to_string(file.bytes.size()), {}};

    // Nothing leaves without its audit entry.
    const AuditEntry entry{0,
                           nowMs,
                           requester.requestId,
                           requester.device,
                           requester.staffId,
                           request.unit,
                           "export",
                           pdf ? "followup_report_pdf" : "followup_report_csv",
                           followup::FollowUpExport::auditSubject(*indicators)};
    if (auto logged = storage.appendAudit({entry}); !logged)
        return ReportError{Code::Storage, logged.error().detail, logged.error()};
    return file;
}

ReportMaker reportMaker(ServerStorage &storage)
{
    return [&storage, renderPdf = pdfHelper(siblingPdfHelper(), 120'000, HelperStart::Ahead)](
               const ReportRequest &request,
               const ReportRequester &requester) -> ApiResult<ReportFile> {
        auto file = makeReport(storage, request, requester, sync::HlcClock::systemMilliseconds(),
                               sync::limits::kMaxReportBytes, renderPdf);
        if (!file)
            return toApiFailure(file.error());
        return std::move(*file);
    };
}

} // namespace lykta::server
