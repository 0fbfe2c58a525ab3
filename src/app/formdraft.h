#pragma once

#include "store/draftstore.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// Keeps what is typed into one form as a local draft (store::DraftStore), so nothing is lost
// to the back button, the lock, a crash or a flat battery. A form lists its input controls in
// `items`; each one's text (or checked, currentIndex, value) is watched, and a second after a
// change (at the latest: the timer is not restarted by further typing) the values are saved
// when they differ from what the form showed when it opened, or the draft is removed when they
// no longer do. When the form opens again and a draft differs from what it shows, the draft's
// values are put back and `restored` says so until the form is saved or the draft discarded.
class FormDraft : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        lykta::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY setupChanged)
    Q_PROPERTY(QString formKey READ formKey WRITE setFormKey NOTIFY setupChanged)
    Q_PROPERTY(QList<QObject *> items READ items WRITE setItems NOTIFY setupChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY stateChanged)
    Q_PROPERTY(bool restored READ restored NOTIFY stateChanged)
    Q_PROPERTY(QString restoredText READ restoredText NOTIFY stateChanged)

public:
    static constexpr int kSaveDelayMs = 1000;
    // What a form key's form is, in words ("samtal", "familj", …), for a list of drafts.
    static QString formName(const QString &formKey);

    explicit FormDraft(QObject *parent = nullptr);
    ~FormDraft() override;

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    QString formKey() const { return m_formKey; }
    void setFormKey(const QString &key);
    QList<QObject *> items() const;
    void setItems(const QList<QObject *> &items);
    // The values differ from what the form showed when it opened (or was last saved).
    bool dirty() const { return current() != m_baseline; }
    bool restored() const { return m_restored; }
    QString restoredText() const;

    // Writes the draft now if a change waits (the lock calls this before the key is wiped).
    Q_INVOKABLE bool flush();
    // The form was saved for real: the draft is no longer needed, and what the form shows now
    // is its new starting point.
    Q_INVOKABLE void saved();
    // Puts the form back to what it showed when it opened and removes the draft.
    Q_INVOKABLE bool discard();

    void classBegin() override {}
    void componentComplete() override;

signals:
    void setupChanged();
    void stateChanged();

private slots:
    void edited();

private:
    QJsonObject current() const;
    bool allItemsAlive() const;
    void start();
    void restart();
    void write(const QJsonObject &values);
    std::optional<store::DraftStore> drafts() const;

    QPointer<Workspace> m_workspace;
    QString m_formKey;
    // Guarded: a page's controls may go before its draft does.
    QList<QPointer<QObject>> m_items;
    QList<QPointer<QObject>> m_connected;
    QJsonObject m_baseline;
    QDateTime m_restoredAt;
    bool m_restored = false;
    bool m_started = false;
    bool m_applying = false;
    QTimer m_timer;
};

} // namespace lykta::app
