#pragma once

#include "editorbase.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The page behind one task: what it is and about whom, the conversation it came from (to
// open), and how it is closed. A concern task closes only with the record of what was done
// — filed (the day, to which social services, by whom, the reference if any) or not filed
// and why — which the domain checks; a follow-up is simply marked done. A closed concern
// shows its record.
class TaskEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString taskId READ taskId WRITE setTaskId NOTIFY loaded)
    Q_PROPERTY(QString headline READ headline NOTIFY loaded)
    Q_PROPERTY(QString detail READ detail NOTIFY loaded)
    Q_PROPERTY(bool isConcern READ isConcern NOTIFY loaded)
    Q_PROPERTY(bool done READ done NOTIFY loaded)
    Q_PROPERTY(QString recordText READ recordText NOTIFY loaded) // a closed concern's record
    // The conversation the task came from, for ConversationPage; empty when there is none.
    Q_PROPERTY(QString conversationId READ conversationId NOTIFY loaded)
    Q_PROPERTY(QString seriesId READ seriesId NOTIFY loaded)
    Q_PROPERTY(int step READ step NOTIFY loaded)
    Q_PROPERTY(QString stepName READ stepName NOTIFY loaded)

    // The record that closes a concern.
    Q_PROPERTY(bool filed MEMBER m_filed NOTIFY filedChanged)
    Q_PROPERTY(QString date MEMBER m_date NOTIFY dateChanged) // yyyy-MM-dd
    Q_PROPERTY(QString recipient MEMBER m_recipient NOTIFY recipientChanged)
    Q_PROPERTY(QString filedBy MEMBER m_filedBy NOTIFY filedByChanged) // a staff id
    Q_PROPERTY(QString reference MEMBER m_reference NOTIFY referenceChanged)
    Q_PROPERTY(QString reason MEMBER m_reason NOTIFY reasonChanged)
    Q_PROPERTY(QVariantList staffChoices READ staffChoices NOTIFY loaded) // [{key, label}]

public:
    explicit TaskEditor(QObject *parent = nullptr);

    QString taskId() const { return m_taskId; }
    void setTaskId(const QString &id);
    QString headline() const { return m_headline; }
    QString detail() const { return m_detail; }
    bool isConcern() const { return m_isConcern; }
    bool done() const { return m_done; }
    QString recordText() const { return m_recordText; }
    QString conversationId() const { return m_conversationId; }
    QString seriesId() const { return m_seriesId; }
    int step() const { return m_step; }
    QString stepName() const { return m_stepName; }
    QVariantList staffChoices() const { return m_staffChoices; }

    // Closes a concern task with the record in the form. False, with the reason in errorText
    // (and fieldErrors), when the record is incomplete or the task cannot be closed by this
    // person; nothing is written then.
    Q_INVOKABLE bool closeConcern();
    // Marks a follow-up done; a concern is refused (it needs closeConcern's record).
    Q_INVOKABLE bool markDone();

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void filedChanged();
    void dateChanged();
    void recipientChanged();
    void filedByChanged();
    void referenceChanged();
    void reasonChanged();

protected:
    void load() override;

private:
    bool failWithWords(const domain::DomainError &error);
    QString staffName(const std::string &id) const;

    QString m_taskId, m_headline, m_detail, m_recordText;
    bool m_isConcern = false, m_done = false;
    QString m_conversationId, m_seriesId, m_stepName;
    int m_step = 0;
    QDate m_conversationDate;
    bool m_filed = true;
    QString m_date, m_recipient, m_filedBy, m_reference, m_reason;
    QVariantList m_staffChoices;
};

} // namespace lykta::app
