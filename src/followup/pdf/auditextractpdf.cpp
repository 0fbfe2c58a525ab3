#include "auditextractpdf.h"

#include "pdfpages.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace lykta::followup {

QString AuditExtractPdf::actionText(const QString &action)
{
    if (action == QLatin1String("read"))
        return tr("läste");
    if (action == QLatin1String("create"))
        return tr("skapade");
    if (action == QLatin1String("change"))
        return tr("ändrade");
    if (action == QLatin1String("delete"))
        return tr("tog bort");
    if (action == QLatin1String("export"))
        return tr("exporterade");
    if (action == QLatin1String("print"))
        return tr("skrev ut");
    if (action == QLatin1String("share"))
        return tr("delade");
    if (action == QLatin1String("review"))
        return tr("granskade loggen");
    //: The server's audit log: a tablet fetched the record from the server
    if (action == QLatin1String("pull"))
        return tr("hämtade till surfplattan");
    //: The server's audit log: a tablet sent a change of the record to the server
    if (action == QLatin1String("push"))
        return tr("skickade ändring");
    //: The server's audit log: the server refused a tablet's change of the record
    if (action == QLatin1String("push_denied"))
        return tr("nekades ändring");
    return action;
}

QByteArray AuditExtractPdf::render(const std::vector<AuditExtractRow> &rows,
                                   const QString &subjectLabel)
{
    const QString title = tr("Loggutdrag: %1").arg(subjectLabel);
    PdfPages pages(title);
    pages.heading(title, 16);
    pages.paragraph(tr("Alla som har läst eller ändrat uppgifter om personen, med tid (svensk "
                       "tid), vem, vad och från vilken enhet (enhets-id). %n poster.",
                       nullptr, static_cast<int>(rows.size())),
                    10);
    const auto fromServer = std::count_if(rows.begin(), rows.end(),
                                          [](const AuditExtractRow &r) { return r.fromServer; });
    pages.paragraph(fromServer > 0
                        ? tr("%n av posterna kommer från serverns logg: kollegornas läsningar på "
                             "sina egna surfplattor och vad servern lämnade ut. De är märkta (s).",
                             nullptr, static_cast<int>(fromServer))
                        : tr("Bara den här surfplattans poster: serverns logg hämtades inte."),
                    10);
    pages.advance(4);
    QPainter &p = pages.painter();
    const double w = pages.width();
    const double cols[] = {0, w * 0.19, w * 0.44, w * 0.64, w * 0.78, w};
    const int deviceColumn = 4;
    const auto row = [&](const QStringList &cells, bool bold) {
        const QFont font = PdfPages::font(8, bold);
        const QFont code = PdfPages::codeFont(8);
        const double h = QFontMetricsF(font).height() * 1.5;
        pages.need(h);
        p.setPen(QColor(0x22, 0x22, 0x22));
        for (int i = 0; i < cells.size(); ++i) {
            p.setFont(i == deviceColumn && !bold ? code : font);
            p.drawText(QRectF(cols[i], pages.y(), cols[i + 1] - cols[i] - 4, h),
                       Qt::AlignLeft | Qt::AlignVCenter, cells[i]);
        }
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawLine(QPointF(0, pages.y() + h), QPointF(w, pages.y() + h));
        pages.advance(h);
    };
    row({tr("Tid"), tr("Vem"), tr("Gjorde"), tr("Uppgift"), tr("Enhet")}, true);
    const QTimeZone stockholm("Europe/Stockholm");
    for (const auto &r : rows) {
        QString who = r.staffName.isEmpty() ? QString::fromStdString(r.staffId) : r.staffName;
        if (!r.staffName.isEmpty() && !r.staffTitle.isEmpty())
            who = tr("%1, %2").arg(r.staffName, r.staffTitle);
        QString device = AuditExtract::deviceText(r.device);
        if (r.fromServer)
            //: A device id in the access-log PDF, marked as an entry of the server's log
            device = tr("%1 (s)").arg(device);
        row({r.at.toTimeZone(stockholm).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), who,
             actionText(r.action), QString::fromStdString(r.entity), device},
            false);
    }
    return pages.finish();
}

domain::DomainResult<QByteArray>
AuditExtractPdf::exportPdf(store::Store &store, const store::Actor &actor,
                           const std::string &entity, const std::string &subjectId,
                           const QString &subjectLabel,
                           const std::vector<AuditExtractRow> &fromServer)
{
    AuditExtract extract(store);
    auto rows = extract.rows(entity, subjectId);
    if (!rows)
        return rows.error();
    QByteArray pdf = render(AuditExtract::merge(std::move(*rows), fromServer), subjectLabel);
    if (auto logged = extract.recordExport(actor, entity, subjectId, store::AuditAction::Print);
        !logged)
        return logged.error();
    return pdf;
}

} // namespace lykta::followup
