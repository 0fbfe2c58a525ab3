#include "indicatorpdf.h"

#include "barchart.h"
#include "indicatortext.h"
#include "pdfpages.h"

#include <QLocale>

namespace lykta::followup {

namespace {

QString shown(const IndicatorCell &c, int threshold)
{
    if (c.suppressed && c.kind == IndicatorCell::Kind::Persons && c.value && *c.value >= threshold)
        return IndicatorText::hiddenMark();
    if (c.suppressed)
        return IndicatorText::suppressedMark(threshold);
    if (!c.value)
        return QStringLiteral("–");
    QString text = formatValue(c);
    text.replace(QLatin1Char('.'), QLatin1Char(',')); // Swedish decimal comma on paper
    if (c.indicator == IndicatorKey::AttendanceRate)
        text += QStringLiteral(" %");
    return text;
}

std::vector<Bar> barsOf(const std::vector<IndicatorCell> &cells,
                        const std::vector<IndicatorKey> &indicators, int threshold)
{
    std::vector<Bar> bars;
    for (const auto &c : cells) {
        if (std::find(indicators.begin(), indicators.end(), c.indicator) == indicators.end())
            continue;
        const QString label = indicators.size() == 1 ? IndicatorText::category(c.category)
                                                     : IndicatorText::cell(c.indicator, c.category);
        bars.push_back({label, c.suppressed ? std::nullopt : c.value, shown(c, threshold)});
    }
    return bars;
}

} // namespace

QByteArray IndicatorPdf::render(const std::vector<IndicatorCell> &cells, const Period &period,
                                const Header &header, int threshold)
{
    const QLocale sv(QLocale::Swedish, QLocale::Sweden);
    const QString title = tr("Uppföljning %1").arg(header.unitName);
    PdfPages pages(title);
    pages.heading(title, 18);
    pages.paragraph(tr("Period: %1 – %2. Skapad %3.")
                        .arg(sv.toString(period.from, QLocale::LongFormat),
                             sv.toString(period.to, QLocale::LongFormat),
                             sv.toString(header.generated.isValid() ? header.generated
                                                                    : QDateTime::currentDateTime(),
                                         QLocale::ShortFormat)),
                    10);
    pages.paragraph(
        tr("Rapporten innehåller inga namn, personnummer eller fritext. Antal personer "
           "från 1 till %1 visas som %2, liksom värden som bygger på färre än %3 personer, "
           "så att ingen kan kännas igen. Ett större antal som annars skulle avslöja ett "
           "sådant litet tal visas som \"%4\".")
            .arg(threshold - 1)
            .arg(IndicatorText::suppressedMark(threshold))
            .arg(threshold)
            .arg(IndicatorText::hiddenMark()));
    pages.advance(6);

    pages.heading(tr("Nyckeltal"), 13);
    for (const auto &c : cells) {
        const bool headline =
            c.category == QLatin1String("total") || c.kind == IndicatorCell::Kind::Statistic;
        if (headline)
            pages.keyValue(IndicatorText::cell(c.indicator, c.category), shown(c, threshold));
    }
    pages.advance(10);

    const std::vector<std::vector<IndicatorKey>> charts{
        {IndicatorKey::ChildrenByAgeBand},
        {IndicatorKey::ChildrenByGender},
        {IndicatorKey::SeriesStarted, IndicatorKey::SeriesStatus, IndicatorKey::SeriesOutcome},
        {IndicatorKey::ConversationsByKind},
        {IndicatorKey::ConversationsByKvaCode},
        {IndicatorKey::GroupsRun, IndicatorKey::SessionsHeld, IndicatorKey::ChildrenInGroups},
        {IndicatorKey::FamiliesByProblemType},
    };
    for (const auto &indicators : charts) {
        const QString chartTitle =
            indicators.size() == 1 ? IndicatorText::indicator(indicators.front())
            : indicators.front() == IndicatorKey::SeriesStarted ? tr("Samtalsserier")
                                                                : tr("Stödgrupper");
        drawBarChart(pages, chartTitle, barsOf(cells, indicators, threshold));
    }
    return pages.finish();
}

domain::DomainResult<QByteArray> IndicatorPdf::exportPdf(store::Store &store,
                                                         const store::Actor &actor,
                                                         const Indicators &indicators,
                                                         const Header &header,
                                                         const SuppressionPolicy &policy)
{
    if (auto ok = FollowUpExport::checkPolicy(policy); !ok)
        return ok.error();
    QByteArray pdf =
        render(tabulate(indicators, policy), indicators.period, header, policy.threshold);
    if (auto logged =
            FollowUpExport(store).recordExport(actor, FollowUpExport::Format::Pdf, indicators);
        !logged)
        return logged.error();
    return pdf;
}

} // namespace lykta::followup
