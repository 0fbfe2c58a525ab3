#pragma once

#include "rowlistmodel.h"

#include <QDate>
#include <QHash>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace lykta::app {

struct QuestionnaireRow
{
    QString scheduleId, memberId, alias, instrument;
    int timepoint = 0; // domain::QuestionnaireSchedule::Timepoint
    QDate due;
    std::optional<double> score; // the latest score taken, if any
    QDate taken;
    std::optional<double> change; // after / follow-up minus before, when both are taken
    QString range;                // "0–10", empty for an instrument without a known range
};

// The follow-up questionnaires of one support group's children: before, after and six months
// after, each with when it is due, its score and the change since "before". Scores are
// entered here with their message in place; a group's children are scheduled in one step.
class QuestionnaireModel : public RowListModel<QuestionnaireRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString groupId READ groupId WRITE setGroupId NOTIFY groupIdChanged)
    // How many questionnaires are due now (due date reached, no score yet).
    Q_PROPERTY(int dueCount READ dueCount NOTIFY loaded)
    Q_PROPERTY(QStringList knownInstruments READ knownInstruments CONSTANT)

public:
    enum Role
    {
        ScheduleIdRole = Qt::UserRole + 1,
        AliasRole,
        InstrumentRole,
        TimepointTextRole,
        StatusRole, // "done", "due", "upcoming"
        StatusTextRole,
        ScoreTextRole,
        ChangeTextRole,
        RangeRole,
        ErrorRole,   // why the last score or date entered here was refused
        DueDateRole, // yyyy-MM-dd
        ScoredRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QString groupId() const { return m_groupId; }
    void setGroupId(const QString &id);
    int dueCount() const;
    QStringList knownInstruments() const;
    QHash<int, QByteArray> roleNames() const override;

    // A score taken on `takenDate` (yyyy-MM-dd; empty means today). A decimal comma or point
    // is fine. False with the row's error set when the score is not a number within the
    // instrument's range; nothing is written then.
    Q_INVOKABLE bool recordScore(const QString &scheduleId, const QString &score,
                                 const QString &takenDate = {});
    // Schedules `instrument` before, after and six months after for every child of the group
    // who does not have it yet. With both dates empty each child gets their own: before at
    // their first session after joining, after at the group's last (a late joiner's "before"
    // is later than the others'). False with errorText set when the input is wrong; children
    // scheduled before the refused one stay scheduled.
    Q_INVOKABLE bool scheduleGroup(const QString &instrument, const QString &before,
                                   const QString &after);

    // Moves one not yet taken questionnaire to `dueDate` (yyyy-MM-dd). False with the row's
    // error set when the date is invalid, out of order or the score is taken.
    Q_INVOKABLE bool moveDue(const QString &scheduleId, const QString &dueDate);

signals:
    void groupIdChanged();
    void loaded();

protected:
    void reload() override;
    QVariant roleData(const QuestionnaireRow &row, int role) const override;

private:
    void readRows();
    QString status(const QuestionnaireRow &row) const;
    bool failRow(const QString &scheduleId, const QString &message);

    QString m_groupId;
    QHash<QString, QString> m_errors; // schedule id → message, until the next success
};

} // namespace lykta::app
