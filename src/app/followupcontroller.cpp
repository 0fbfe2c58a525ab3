#include "followupcontroller.h"

#include "errortext.h"
#include "exportfolder.h"
#include "followupexport.h"
#include "followupperiod.h"
#include "indicatorpdf.h"
#include "indicatorreader.h"
#include "indicatortext.h"
#include "unitservice.h"

#include <QDir>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace lykta::app {

namespace {

using followup::IndicatorCell;
using followup::IndicatorKey;
using followup::IndicatorText;

constexpr int kThreshold = followup::SuppressionPolicy::kDefaultThreshold;
const QString kTotal = QStringLiteral("total");

FollowupOutcome computeFrom(const domain::DomainResult<followup::IndicatorInput> &input,
                            const std::string &unitId, const followup::Period &period)
{
    if (!input)
        return {std::nullopt, input.error()};
    auto indicators = followup::computeIndicators(*input, unitId, period);
    if (!indicators)
        return {std::nullopt, indicators.error()};
    return {std::move(*indicators), std::nullopt};
}

// Runs on the workspace's background pool: a connection of its own, closed before it returns.
FollowupOutcome readAndCompute(const store::StoreOptions &options, const std::string &unitId,
                               const followup::Period &period)
{
    auto opened = store::Store::open(options);
    if (!opened) {
        return {std::nullopt,
                domain::DomainError{
                    domain::DomainErrc::Storage, {}, opened.error().code, opened.error().detail}};
    }
    return computeFrom(followup::IndicatorReader(**opened).read(unitId), unitId, period);
}

const IndicatorCell *findCell(const std::vector<IndicatorCell> &cells, IndicatorKey indicator,
                              const QString &category)
{
    auto it = std::find_if(cells.begin(), cells.end(), [&](const IndicatorCell &c) {
        return c.indicator == indicator && c.category == category;
    });
    return it == cells.end() ? nullptr : &*it;
}

} // namespace

FollowupController::FollowupController(QObject *parent)
    : QObject(parent), m_today(QDate::currentDate()),
      m_preset(FollowupPeriod::key(FollowupPeriod::Preset::ThisTertial))
{
    const auto period = FollowupPeriod::of(FollowupPeriod::Preset::ThisTertial, m_today);
    m_fromText = period->from.toString(Qt::ISODate);
    m_toText = period->to.toString(Qt::ISODate);
}

// A computation under way finishes on the workspace's background thread with its own
// connection; its result is dropped once this controller is gone.
FollowupController::~FollowupController() = default;

void FollowupController::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    disconnect(m_changedConnection);
    m_workspace = workspace;
    if (m_workspace) {
        m_changedConnection =
            connect(m_workspace, &Workspace::changed, this, &FollowupController::refresh);
    }
    emit workspaceChanged();
    loadUnits();
    compute();
}

QVariantList FollowupController::presets() const
{
    QVariantList list;
    for (const auto preset : FollowupPeriod::presets()) {
        QString label;
        switch (preset) {
        case FollowupPeriod::Preset::ThisTertial:
            label = tr("Denna tertial");
            break;
        case FollowupPeriod::Preset::PreviousTertial:
            label = tr("Förra tertialen");
            break;
        case FollowupPeriod::Preset::LastThreeMonths:
            label = tr("De senaste tre månaderna");
            break;
        case FollowupPeriod::Preset::ThisYear:
            label = tr("I år");
            break;
        case FollowupPeriod::Preset::PreviousYear:
            label = tr("Förra året");
            break;
        case FollowupPeriod::Preset::Custom:
            label = tr("Egna datum");
            break;
        }
        list.append(QVariantMap{{QStringLiteral("key"), FollowupPeriod::key(preset)},
                                {QStringLiteral("label"), label}});
    }
    return list;
}

void FollowupController::setPreset(const QString &key)
{
    const auto preset = FollowupPeriod::fromKey(key);
    if (!preset || key == m_preset)
        return;
    m_preset = key;
    if (const auto period = FollowupPeriod::of(*preset, m_today)) {
        m_fromText = period->from.toString(Qt::ISODate);
        m_toText = period->to.toString(Qt::ISODate);
    }
    emit periodChanged();
    compute();
}

void FollowupController::setFromText(const QString &text)
{
    if (text == m_fromText)
        return;
    m_fromText = text;
    m_preset = FollowupPeriod::key(FollowupPeriod::Preset::Custom);
    emit periodChanged();
    compute();
}

void FollowupController::setToText(const QString &text)
{
    if (text == m_toText)
        return;
    m_toText = text;
    m_preset = FollowupPeriod::key(FollowupPeriod::Preset::Custom);
    emit periodChanged();
    compute();
}

QString FollowupController::periodText() const
{
    if (!m_indicators)
        return {};
    const QLocale locale;
    const QString format = QStringLiteral("d MMM yyyy");
    //: A follow-up period, e.g. "1 jan 2026 – 30 apr 2026"
    return tr("%1 – %2").arg(locale.toString(m_indicators->period.from, format),
                             locale.toString(m_indicators->period.to, format));
}

void FollowupController::setUnitId(const QString &id)
{
    if (id == m_unitId)
        return;
    m_unitId = id;
    emit unitsChanged();
    compute();
}

QString FollowupController::suppressedText() const
{
    //: Shown instead of a number from 1 to 4, so no one can be recognised from it
    return tr("färre än %1").arg(kThreshold);
}

QString FollowupController::exportFolder() const
{
    return m_exportFolder.isEmpty() ? ExportFolder::defaultPath() : m_exportFolder;
}

void FollowupController::setExportFolder(const QString &folder)
{
    if (folder == m_exportFolder)
        return;
    m_exportFolder = folder;
    emit exportChanged();
}

void FollowupController::loadUnits()
{
    m_units.clear();
    if (m_workspace) {
        for (const auto &unit : domain::UnitService(m_workspace->store()).units()) {
            m_units.append(QVariantMap{{QStringLiteral("key"), QString::fromStdString(unit.id)},
                                       {QStringLiteral("label"), unit.name}});
        }
        if (m_unitId.isEmpty())
            m_unitId = QString::fromStdString(m_workspace->actor().unitId);
    }
    emit unitsChanged();
}

bool FollowupController::checkPeriod(followup::Period &period)
{
    m_fieldErrors.clear();
    const auto parse = [&](const QString &text, const char *field) {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            m_fieldErrors.insert(QLatin1String(field), tr("Skriv ett datum."));
            return QDate();
        }
        const QDate day = QDate::fromString(trimmed, Qt::ISODate);
        if (!day.isValid()) {
            m_fieldErrors.insert(QLatin1String(field),
                                 tr("Skriv datumet som ÅÅÅÅ-MM-DD, till exempel %1.")
                                     .arg(m_today.toString(Qt::ISODate)));
        }
        return day;
    };
    period.from = parse(m_fromText, "from");
    period.to = parse(m_toText, "to");
    if (!m_fieldErrors.isEmpty())
        return false;
    if (!followup::validatePeriod(period)) {
        m_fieldErrors.insert(QStringLiteral("to"),
                             tr("Slutdatumet ligger före startdatumet. Välj ett senare datum."));
        return false;
    }
    return true;
}

void FollowupController::refresh()
{
    compute();
}

void FollowupController::compute()
{
    if (!m_workspace || m_unitId.isEmpty())
        return;
    followup::Period period;
    const QVariantMap before = m_fieldErrors;
    const bool valid = checkPeriod(period);
    if (m_fieldErrors != before)
        emit periodChanged();
    if (!valid) {
        // Numbers of another period must not stay on screen as if they were this one's.
        m_indicators.reset();
        m_errorText.clear();
        m_figures.setFigures({});
        m_charts.setCharts({});
        m_again = m_busy; // a computation under way must not bring old numbers back
        emit resultChanged();
        return;
    }
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    emit busyChanged();

    const std::string unitId = m_unitId.toStdString();
    std::function<FollowupOutcome()> job;
    if (const auto &options = m_workspace->storeOptions()) {
        job = [options = *options, unitId, period] {
            return readAndCompute(options, unitId, period);
        };
    } else {
        // No second connection to be had (a plain store in a test): read here, count there.
        auto input = followup::IndicatorReader(m_workspace->store()).read(unitId);
        job = [input = std::move(input), unitId, period] {
            return computeFrom(input, unitId, period);
        };
    }
    m_workspace->background().run(
        this, std::move(job), [this](FollowupOutcome outcome) { onComputed(std::move(outcome)); });
}

void FollowupController::onComputed(FollowupOutcome outcome)
{
    m_busy = false;
    if (m_again) {
        m_again = false; // what was asked for changed meanwhile: this result is stale
        compute();
        if (!m_busy)
            emit busyChanged();
        return;
    }
    if (outcome.indicators) {
        m_errorText.clear();
        show(*outcome.indicators);
        m_indicators = std::move(outcome.indicators);
    } else {
        m_indicators.reset();
        m_errorText = outcome.error ? ui::ErrorText::forDomain(*outcome.error)
                                    : tr("Uppföljningen kunde inte räknas fram.");
        m_figures.setFigures({});
        m_charts.setCharts({});
    }
    emit busyChanged();
    emit resultChanged();
    emit computed();
}

QString FollowupController::cellText(const IndicatorCell &cell) const
{
    if (cell.suppressed) {
        if (cell.kind == IndicatorCell::Kind::Statistic)
            //: A mean or rate not shown because it rests on fewer than 5 persons
            return tr("bygger på färre än %1").arg(kThreshold);
        if (cell.value && *cell.value >= kThreshold)
            return IndicatorText::hiddenMark();
        return suppressedText();
    }
    if (!cell.value)
        return tr("–"); // nothing to compute in the period
    double v = *cell.value;
    if (std::abs(v) < 0.5 * std::pow(10.0, -cell.decimals))
        v = 0; // never "-0,0"
    const QString text = QLocale().toString(v, 'f', cell.decimals);
    // A change says which way it went: "+1,00", "−4,50".
    const bool change = cell.category == QLatin1String("mean_change") ||
                        cell.indicator == IndicatorKey::ScoreChange;
    if (change && v > 0)
        return QLocale().positiveSign() + text;
    return text;
}

void FollowupController::show(const followup::Indicators &indicators)
{
    const auto cells = followup::tabulate(indicators);
    const auto cell = [&](IndicatorKey indicator, const QString &category = kTotal) {
        return findCell(cells, indicator, category);
    };

    std::vector<FollowupFigure> figures;
    const auto figure = [&](IndicatorKey indicator, const QString &category, const QString &label,
                            const QString &note, const QString &format = QStringLiteral("%1")) {
        const IndicatorCell *c = cell(indicator, category);
        if (!c)
            return;
        const QString text = cellText(*c);
        figures.push_back({keyName(indicator), label,
                           c->suppressed || !c->value ? text : format.arg(text), note,
                           c->suppressed});
    };
    figure(IndicatorKey::ChildrenReached, kTotal,
           IndicatorText::indicator(IndicatorKey::ChildrenReached),
           tr("Barn som haft ett samtal i en samtalsserie eller varit med på en gruppträff under "
              "perioden. Varje barn räknas en gång."));
    figure(IndicatorKey::FamiliesReached, kTotal,
           IndicatorText::indicator(IndicatorKey::FamiliesReached),
           tr("Familjerna till de barn som nåtts genom samtal eller en grupp där barnen är "
              "registrerade."));
    figure(IndicatorKey::SeriesStarted, kTotal,
           IndicatorText::indicator(IndicatorKey::SeriesStarted),
           tr("Samtalsserier med startdatum under perioden."));
    figure(IndicatorKey::Conversations, kTotal,
           IndicatorText::indicator(IndicatorKey::Conversations),
           tr("Samtal daterade under perioden, både utkast och signerade."));
    figure(IndicatorKey::DaysToFirstConversation, QStringLiteral("median"),
           tr("Dagar från första kontakt till första samtal"),
           tr("Mittvärdet för familjer vars första samtal var under perioden: hälften väntade "
              "kortare, hälften längre."),
           tr("%1 dagar"));
    figure(IndicatorKey::GroupsRun, kTotal, IndicatorText::indicator(IndicatorKey::GroupsRun),
           tr("Grupper som haft minst en träff med närvaro under perioden."));
    figure(IndicatorKey::SessionsHeld, kTotal, IndicatorText::indicator(IndicatorKey::SessionsHeld),
           tr("Gruppträffar under perioden där närvaron förts."));
    figure(IndicatorKey::ChildrenInGroups, kTotal,
           IndicatorText::indicator(IndicatorKey::ChildrenInGroups),
           tr("Barn som varit med på minst en gruppträff under perioden."));
    figure(IndicatorKey::AttendanceRate, QStringLiteral("percent"),
           IndicatorText::indicator(IndicatorKey::AttendanceRate),
           tr("Hur stor del av de inbjudna barnen som var med på träffarna."), tr("%1 %"));
    figure(IndicatorKey::Mood, QStringLiteral("mean_change"), tr("Måendet under träffarna"),
           tr("Genomsnittlig förändring från träffens början till slut, på en skala 1–5. Ett "
              "positivt tal betyder att barnen mådde bättre efteråt."));
    m_figures.setFigures(std::move(figures));

    std::vector<FollowupChart> charts;
    // `only`: the categories to draw, when not all of them.
    const auto chart = [&](IndicatorKey indicator, const QString &title, const QString &note,
                           const QStringList &only = {}) {
        FollowupChart c{keyName(indicator), title, note, {}};
        double largest = 0;
        for (const auto &ic : cells) {
            if (ic.indicator != indicator || (!only.isEmpty() && !only.contains(ic.category)))
                continue;
            if (!ic.suppressed && ic.value)
                largest = std::max(largest, std::abs(*ic.value));
            c.bars.push_back(
                {IndicatorText::category(ic.category), ic.value, cellText(ic), 0, ic.suppressed});
        }
        for (auto &bar : c.bars) {
            if (!bar.suppressed && bar.value && largest > 0)
                bar.fraction = std::abs(*bar.value) / largest;
        }
        charts.push_back(std::move(c));
    };
    chart(IndicatorKey::ChildrenByAgeBand, tr("Barn efter ålder"),
          tr("Barnets ålder första gången det nåddes under perioden."));
    chart(IndicatorKey::ChildrenByGender, tr("Barn efter kön"),
          tr("Som det registrerats. Barn i anonyma grupper räknas som okänt."));
    chart(IndicatorKey::SeriesStatus, tr("Påbörjade samtalsserier, läge nu"),
          tr("Serierna som startade under perioden: hur många som avslutats, avböjts, "
             "avbrutits (flytt eller annat skäl) eller pågår."));
    chart(IndicatorKey::SeriesOutcome, tr("Påbörjade samtalsserier, vidare till"),
          tr("Serier där barnet fått fortsatt stöd i en grupp eller på annat sätt."));
    chart(IndicatorKey::ConversationsByKind, tr("Samtal efter slag"),
          tr("Vem samtalen var med. Samtal räknas alltid, även när de är få."));
    chart(IndicatorKey::ConversationsByKvaCode, tr("Samtal efter KVÅ-kod"),
          tr("Koden som samtalet registrerats med. Socialtjänsten använder ofta inga koder."));
    // How many rose, stayed and fell; the mean change is a key figure.
    chart(IndicatorKey::Mood, tr("Måendet under träffarna"),
          tr("Hur måendet ändrades från början till slut av träffen, för de barn som skattat "
             "båda gångerna."),
          {QStringLiteral("rose"), QStringLiteral("same"), QStringLiteral("fell")});
    chart(IndicatorKey::ScoreChange, tr("Skattningar, förändring efter − före"),
          tr("Medelförändring per formulär för dem som svarat både före och efter. Om ett högre "
             "värde är bättre beror på formuläret."));
    chart(IndicatorKey::FamiliesByProblemType, tr("Familjer efter förälderns situation"),
          tr("Familjerna till de barn som nåtts, efter vad föräldern lever med."));
    m_charts.setCharts(std::move(charts));
}

bool FollowupController::failExport(const QString &text)
{
    m_exportError = text;
    m_exportMessage.clear();
    emit exportChanged();
    return false;
}

bool FollowupController::save(const QByteArray &bytes, const QString &suffix)
{
    // No names in the file name either: the unit's report for a period.
    const QString base = QStringLiteral("uppfoljning_%1_%2")
                             .arg(m_indicators->period.from.toString(Qt::ISODate),
                                  m_indicators->period.to.toString(Qt::ISODate));
    const auto saved = ExportFolder::save(exportFolder(), base, suffix, bytes);
    if (saved.path.isEmpty())
        return failExport(saved.error);
    m_lastExportPath = saved.path;
    m_exportError.clear();
    m_exportMessage = tr("Sparad som %1").arg(QDir::toNativeSeparators(saved.path));
    emit exportChanged();
    return true;
}

bool FollowupController::exportCsv()
{
    if (!m_workspace || !m_indicators || m_busy)
        return failExport(tr("Vänta tills siffrorna är framräknade."));
    const store::Actor actor{m_workspace->actor().staffId, m_indicators->unitId};
    auto bytes = followup::FollowUpExport(m_workspace->store()).csv(actor, *m_indicators);
    if (!bytes)
        return failExport(ui::ErrorText::forDomain(bytes.error()));
    return save(*bytes, QStringLiteral(".csv"));
}

bool FollowupController::exportPdf()
{
    if (!m_workspace || !m_indicators || m_busy)
        return failExport(tr("Vänta tills siffrorna är framräknade."));
    const store::Actor actor{m_workspace->actor().staffId, m_indicators->unitId};
    followup::IndicatorPdf::Header header;
    for (const auto &unit : m_units) {
        const auto map = unit.toMap();
        if (map.value(QStringLiteral("key")).toString() == m_unitId)
            header.unitName = map.value(QStringLiteral("label")).toString();
    }
    auto bytes =
        followup::IndicatorPdf::exportPdf(m_workspace->store(), actor, *m_indicators, header);
    if (!bytes)
        return failExport(ui::ErrorText::forDomain(bytes.error()));
    return save(*bytes, QStringLiteral(".pdf"));
}

} // namespace lykta::app
