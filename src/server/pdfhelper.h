#pragma once

#include "pdfjob.h"
#include "sync/core/result.h"

#include <cstdint>
#include <functional>
#include <string>

namespace lykta::server {

// Why a PDF was not drawn, in one line for the operator.
struct PdfFailure
{
    std::string detail;
};

using PdfResult = Result<std::string, PdfFailure>;
// Draws a job's PDF.
using PdfRenderer = std::function<PdfResult(const PdfJob &)>;

// When the helper for a job starts: when the job comes, or ahead of it (a server, where the
// helper's start would otherwise add to every report's time).
enum class HelperStart : std::uint8_t
{
    OnDemand,
    Ahead,
};

// lykta-report-pdf in the folder of the running executable, where the build and an install
// put it beside lykta-server.
std::string siblingPdfHelper();

// Runs the program at `path` as the PDF helper: the job on its standard input, the PDF read
// from its standard output; its messages go to this process's standard error. A helper that
// cannot start, exits with a code other than 0, dies, or is still running after `timeoutMs`
// (then it is killed) gives an error. Safe to call from several threads at once: each call has
// a process of its own. Started Ahead, one helper is kept waiting for the next job from the
// moment the renderer is made: a job takes it and starts its successor, and one that has ended
// while it waited is replaced. The renderer's last copy ends the helper left waiting.
PdfRenderer pdfHelper(std::string path, int timeoutMs = 120'000,
                      HelperStart when = HelperStart::OnDemand);

} // namespace lykta::server
