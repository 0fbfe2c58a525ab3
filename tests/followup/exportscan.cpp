#include "exportscan.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace lykta::followup::test {

QStringList identifiersIn(const QByteArray &text, const QStringList &identifiers)
{
    QStringList found;
    for (const auto &id : identifiers) {
        if (!id.isEmpty() && text.contains(id.toUtf8()))
            found << id;
    }
    return found;
}

namespace {

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed (%s): %s", qPrintable(program), qPrintable(p.errorString()),
                 p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

} // namespace

QByteArray pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.pdf"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
}

QImage pdfFirstPage(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.pdf"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    const QString prefix = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
         QStringLiteral("-singlefile"), file, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

double greyVariance(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0, sumSq = 0;
    const double n = double(grey.width()) * grey.height();
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            sum += line[x];
            sumSq += double(line[x]) * line[x];
        }
    }
    if (n == 0)
        return 0;
    const double mean = sum / n;
    return sumSq / n - mean * mean;
}

} // namespace lykta::followup::test
