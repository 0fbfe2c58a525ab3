#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct StepRow
{
    int step = 0;
    QString name, participants, due, conversationId;
    QString booked; // when and where the step is booked; empty when it is not
    bool done = false, next = false, isSigned = false, optional = false;
};

// The steps of one series' model, each with what is done: the conversation recorded for it
// (the latest, when there are several), whether that is signed, and which step is next.
class SeriesStepModel : public RowListModel<StepRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString seriesId READ seriesId WRITE setSeriesId NOTIFY seriesIdChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    Q_PROPERTY(bool active READ active NOTIFY titleChanged)
    // The template and the version of it the series follows ("Mall: BRA-samtal, version 2"):
    // a later edit of the template leaves a running series on the version it started with.
    Q_PROPERTY(QString templateText READ templateText NOTIFY titleChanged)

public:
    enum Role
    {
        StepRole = Qt::UserRole + 1,
        NameRole,
        ParticipantsRole,
        DueRole,
        ConversationIdRole,
        DoneRole,
        NextRole,
        SignedRole,
        OptionalRole,
        BookedRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;
    QString seriesId() const { return m_seriesId; }
    void setSeriesId(const QString &id);
    QString title() const { return m_title; }
    bool active() const { return m_active; }
    QString templateText() const;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void seriesIdChanged();
    void titleChanged();

protected:
    void reload() override;
    QVariant roleData(const StepRow &row, int role) const override;

private:
    QString m_seriesId;
    QString m_title;
    bool m_active = false;
    int m_version = 0;
};

// Words for who takes part, shared by the step list and the conversation form.
QString participantsText(int participants);

} // namespace lykta::app
