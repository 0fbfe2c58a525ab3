#pragma once

#include "syncservice.h"

#include <functional>
#include <string>

namespace lykta::server {

// A unit's follow-up report as a file, asked for by the operator (`lykta-server report`) or by
// a manager's device (GET /v1/report). Made by lykta_server_report (src/server), which
// uses the app's own follow-up module; this library only knows its shape, so the sync server
// itself needs no Qt.
struct ReportRequest
{
    std::string unit;
    std::string from;   // YYYY-MM-DD, both days included
    std::string to;     // YYYY-MM-DD
    std::string format; // csv, pdf
};

struct ReportFile
{
    std::string bytes;
    std::string contentType; // text/csv; charset=utf-8, application/pdf
    std::string fileName;    // uppfoljning-<from>-<to>.<format>
};

// Who asks, for the audit entry an export writes.
struct ReportRequester
{
    std::string requestId;
    sync::DeviceId device = 0;
    std::string staffId;
};

// Makes the report and writes its Export entry to the audit log; the HTTP answer when it
// cannot (400 for a bad period or format, 404 for an unknown unit).
using ReportMaker =
    std::function<ApiResult<ReportFile>(const ReportRequest &, const ReportRequester &)>;

} // namespace lykta::server
