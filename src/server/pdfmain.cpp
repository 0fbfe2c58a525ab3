// lykta-report-pdf: draws the follow-up report's PDF for lykta-server, which runs it as a
// child (pdfhelper.h): a PdfJob on standard input, the PDF on standard output. Started ahead
// of its job, it is ready (Qt Gui started) by the time the job comes. The only part
// of the server that starts Qt Gui, always on the offscreen platform (a server has no screen).
#include "indicatorpdf.h"
#include "pdfjob.h"

#include <QFile>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)) {
        std::fputs("lykta-report-pdf: cannot open standard input and output\n", stderr);
        return 1;
    }
    const QByteArray input = in.readAll();
    if (input.isEmpty()) // no job came: lykta-server started this one ahead and has ended
        return 0;
    const auto job = lykta::server::PdfJob::decode(input);
    if (!job) {
        std::fputs("lykta-report-pdf: standard input is not a report job of this version "
                   "(lykta-server runs this program; it is not for use by hand)\n",
                   stderr);
        return 2;
    }
    const QByteArray pdf = lykta::followup::IndicatorPdf::render(
        job->cells, job->period, {job->unitName, job->generated}, job->threshold);
    if (pdf.isEmpty() || out.write(pdf) != pdf.size() || !out.flush()) {
        std::fputs("lykta-report-pdf: the PDF could not be drawn or written\n", stderr);
        return 1;
    }
    return 0;
}
