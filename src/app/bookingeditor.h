#pragma once

#include "editorbase.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The form behind booking one step of a conversation series: date, time, length, place and
// who takes part (the step's participants checked to begin with). A step already booked
// loads its booking, to rebook or cancel it.
class BookingEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString seriesId READ seriesId WRITE setSeriesId NOTIFY loaded)
    Q_PROPERTY(int step READ step WRITE setStep NOTIFY loaded)
    Q_PROPERTY(QString stepName READ stepName NOTIFY loaded)
    Q_PROPERTY(bool isBooked READ isBooked NOTIFY loaded)

    Q_PROPERTY(QString date MEMBER m_date NOTIFY dateChanged) // yyyy-MM-dd
    Q_PROPERTY(QString time MEMBER m_time NOTIFY timeChanged) // HH:mm
    Q_PROPERTY(int durationMin MEMBER m_durationMin NOTIFY durationMinChanged)
    Q_PROPERTY(QString place MEMBER m_place NOTIFY placeChanged)
    // [{key, label, checked}]: who the step can name, and who is named now.
    Q_PROPERTY(QVariantList participants READ participants NOTIFY participantsChanged)

public:
    using EditorBase::EditorBase;

    QString seriesId() const { return m_seriesId; }
    void setSeriesId(const QString &id);
    int step() const { return m_step; }
    void setStep(int step);
    QString stepName() const { return m_stepName; }
    bool isBooked() const { return !m_bookingId.isEmpty(); }
    QVariantList participants() const { return m_participants; }

    Q_INVOKABLE void setParticipant(const QString &key, bool checked);
    // Books the step, or rebooks it when it is booked. True on success; otherwise
    // errorText and fieldErrors say what to fix and nothing was written.
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool cancelBooking();

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void dateChanged();
    void timeChanged();
    void durationMinChanged();
    void placeChanged();
    void participantsChanged();

protected:
    void load() override;

private:
    bool failWithWords(const domain::DomainError &error);

    QString m_seriesId;
    int m_step = 0;
    QString m_stepName, m_bookingId;
    QString m_date, m_time;
    int m_durationMin = 60;
    QString m_place;
    QVariantList m_participants;
};

} // namespace lykta::app
