#pragma once

#include "followupchartmodel.h"
#include "followupfiguremodel.h"
#include "indicators.h"
#include "indicatortable.h"
#include "workspace.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// What a background computation hands back to the UI thread.
struct FollowupOutcome
{
    std::optional<followup::Indicators> indicators;
    std::optional<domain::DomainError> error;
};

// The Follow-up screen: a unit and a period chosen by the person, the indicators of the
// tablet's own data computed off the UI thread (a connection of its own to the encrypted
// store, on the workspace's background pool), shown as key figures and bar charts with the
// same small-number suppression as the exports, and exported as CSV or PDF into a folder the
// person can find. Every export writes an audit entry first (lykta_followup does it).
class FollowupController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        lykta::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QVariantList presets READ presets CONSTANT)
    Q_PROPERTY(QString preset READ preset WRITE setPreset NOTIFY periodChanged)
    Q_PROPERTY(QString fromText READ fromText WRITE setFromText NOTIFY periodChanged)
    Q_PROPERTY(QString toText READ toText WRITE setToText NOTIFY periodChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY periodChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY resultChanged)
    Q_PROPERTY(QVariantList units READ units NOTIFY unitsChanged)
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY unitsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
    Q_PROPERTY(lykta::app::FollowupFigureModel *keyFigures READ keyFigures CONSTANT)
    Q_PROPERTY(lykta::app::FollowupChartModel *charts READ charts CONSTANT)
    Q_PROPERTY(QString suppressedText READ suppressedText CONSTANT)
    Q_PROPERTY(QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportChanged)
    Q_PROPERTY(QString exportError READ exportError NOTIFY exportChanged)
    Q_PROPERTY(QString lastExportPath READ lastExportPath NOTIFY exportChanged)

public:
    explicit FollowupController(QObject *parent = nullptr);
    ~FollowupController() override;

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);

    QVariantList presets() const;
    QString preset() const { return m_preset; }
    void setPreset(const QString &key);
    QString fromText() const { return m_fromText; }
    void setFromText(const QString &text);
    QString toText() const { return m_toText; }
    void setToText(const QString &text);
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    QString periodText() const;

    QVariantList units() const { return m_units; }
    QString unitId() const { return m_unitId; }
    void setUnitId(const QString &id);

    bool busy() const { return m_busy; }
    bool hasResult() const { return m_indicators.has_value(); }
    QString errorText() const { return m_errorText; }
    FollowupFigureModel *keyFigures() { return &m_figures; }
    FollowupChartModel *charts() { return &m_charts; }
    // "färre än 5": what the screen shows instead of a number too small to show.
    QString suppressedText() const;

    // Where exports go: the folder set, or Lykta in the person's documents folder.
    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    QString exportMessage() const { return m_exportMessage; }
    QString exportError() const { return m_exportError; }
    QString lastExportPath() const { return m_lastExportPath; }

    // Computes again for the chosen unit and period (the data may have changed).
    Q_INVOKABLE void refresh();
    // Write the shown figures as a file in exportFolder; false (and exportError) on failure.
    Q_INVOKABLE bool exportCsv();
    Q_INVOKABLE bool exportPdf();

    // The day presets are worked out from; tests fix it.
    void setToday(const QDate &today) { m_today = today; }
    // The indicators behind what is shown, unsuppressed; empty before the first result.
    const std::optional<followup::Indicators> &indicators() const { return m_indicators; }

signals:
    void workspaceChanged();
    void periodChanged();
    void unitsChanged();
    void busyChanged();
    void resultChanged();
    void exportChanged();
    // A computation ended (with a result or an error).
    void computed();

private:
    void loadUnits();
    // Validates the period; true and `period` set when it is usable, else fieldErrors.
    bool checkPeriod(followup::Period &period);
    void compute();
    void onComputed(FollowupOutcome outcome);
    void show(const followup::Indicators &indicators);
    QString cellText(const followup::IndicatorCell &cell) const;
    bool save(const QByteArray &bytes, const QString &suffix);
    bool failExport(const QString &text);

    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_changedConnection;
    QDate m_today;
    QString m_preset;
    QString m_fromText;
    QString m_toText;
    QVariantMap m_fieldErrors;
    QVariantList m_units;
    QString m_unitId;

    bool m_busy = false;
    bool m_again = false; // the inputs changed while a computation ran
    std::optional<followup::Indicators> m_indicators;
    QString m_errorText;
    FollowupFigureModel m_figures;
    FollowupChartModel m_charts;

    QString m_exportFolder;
    QString m_exportMessage;
    QString m_exportError;
    QString m_lastExportPath;
};

} // namespace lykta::app
