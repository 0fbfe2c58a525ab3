#pragma once

#include "editorbase.h"
#include "synccontroller.h"

#include <QPointer>

#include <functional>

namespace lykta::app {

// The first start (and a later enrollment as someone else, see SyncController::EnrollPlan:
// what waits to be sent is sent first; drafts and refused changes are the person's to
// handle): the server's address and a
// one-time code, typed or pasted as the contents of the enrollment QR code, checked in this
// order so that a code is spent only when it can work — the address as typed, whether a
// Lykta server answers there, whether the device's clock agrees with the server's, then the
// enrollment and a first sync. Until that sync has succeeded the person cannot write (ready):
// nothing is written by anyone but the staff member the server knows the device as.
class EnrollmentForm : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(lykta::app::SyncController *sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY inputChanged)
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY inputChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stageChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY stageChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY stageChanged)
    // Before a code is given on a device that holds someone's work: what enrolling does or
    // asks first (SyncController::planWords); empty on a first start.
    Q_PROPERTY(QString planText READ planText NOTIFY planChanged)

public:
    enum class Stage
    {
        Input,    // waiting for the address and code (or after a refusal)
        Checking, // asking the address for a Lykta server and its time
        Enrolling,
        Syncing,    // enrolled; the first sync runs
        SyncFailed, // enrolled, but the first sync did not succeed: retrySync()
        Done,
    };
    Q_ENUM(Stage)

    // How far the device's clock may be from the server's. The store refuses pulled changes
    // much further ahead (its clock bound); a few minutes are a watch set by hand.
    static constexpr qint64 kClockToleranceMs = 5 * 60 * 1000;
    // The enrollment QR code holds `lykta://enroll?server=<address>&code=<code>` (the address
    // percent-encoded); `lykta-server admin enroll-code --server <address>` prints it.
    static constexpr const char *kPayloadScheme = "lykta";

    explicit EnrollmentForm(QObject *parent = nullptr);

    SyncController *sync() const { return m_sync; }
    void setSync(SyncController *sync);
    QString address() const { return m_address; }
    void setAddress(const QString &address);
    QString code() const { return m_code; }
    void setCode(const QString &code);
    Stage stage() const { return m_stage; }
    bool busy() const;
    QString progressText() const;
    // The person may write: the demo, or a device that acts as a staff member (only an
    // enrollment makes one) and, when enrolled by this form, once its first sync succeeded.
    bool ready() const;
    QString planText() const;

    // Fills address and code from a QR code's contents; false (and words) when it is not one.
    Q_INVOKABLE bool usePayload(const QString &text);
    // Starts the checks and the enrollment; false when refused at once (errorText, fieldErrors
    // say why). Otherwise finished() follows.
    Q_INVOKABLE bool submit();
    // After SyncFailed: the first sync once more (the enrollment stands).
    Q_INVOKABLE void retrySync();

    // The payload for a server address and code (what the QR code holds).
    static QString payload(const QString &server, const QString &code);

    // Tests: a device whose clock is set wrong (milliseconds since the epoch).
    void setDeviceClock(std::function<qint64()> clock) { m_deviceClock = std::move(clock); }

signals:
    void syncChanged();
    void inputChanged();
    void stageChanged();
    void planChanged();
    void finished(bool ok);

protected:
    void load() override;

private:
    void setStage(Stage stage);
    bool refuse(const QString &field, const QString &words);
    void onProbed(bool ok, int errorClass, const QString &detail, qint64 serverTimeMs);
    void onEnrollAnswered(bool ok, int errorClass, const QString &detail);
    void onSyncChanged();
    void probe();
    QString checkedAddress();

    QPointer<SyncController> m_sync;
    QString m_address;
    QString m_code;
    Stage m_stage = Stage::Input;
    std::function<qint64()> m_deviceClock;
};

} // namespace lykta::app
