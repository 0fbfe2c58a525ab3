#pragma once

#include "pdfjob.h"
#include "sync/core/result.h"

#include <functional>
#include <string>

namespace lykta::server {

// Why a PDF was not drawn, in one line for the operator.
struct PdfFailure
{
    std::string detail;
};

// Draws a job's PDF.
using PdfRenderer = std::function<Result<std::string, PdfFailure>(const PdfJob &)>;

// lykta-report-pdf in the folder of the running executable, where the build and an install
// put it beside lykta-server.
std::string siblingPdfHelper();

// Runs the program at `path` as the PDF helper: the job on its standard input, the PDF read
// from its standard output; its messages go to this process's standard error. A helper that
// cannot start, exits with a code other than 0, dies, or is still running after `timeoutMs`
// (then it is killed) gives an error. Safe to call from several threads at once: each call has
// a process of its own.
PdfRenderer pdfHelper(std::string path, int timeoutMs = 120'000);

} // namespace lykta::server
