#pragma once

#include "editorbase.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The form behind recording one conversation of a series: load or start a draft, save it
// with validation messages per field, sign it, and amend it once signed (the original stays
// as it was, with its amendments listed after it).
class ConversationEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    // Set to edit an existing conversation; leave empty and set seriesId + step for a new one.
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY loaded)
    Q_PROPERTY(QString seriesId MEMBER m_seriesId NOTIFY loaded)
    Q_PROPERTY(int step MEMBER m_step NOTIFY loaded)

    Q_PROPERTY(QString date MEMBER m_date NOTIFY loaded) // yyyy-MM-dd
    Q_PROPERTY(int durationMin MEMBER m_durationMin NOTIFY loaded)
    Q_PROPERTY(QString place MEMBER m_place NOTIFY loaded)
    Q_PROPERTY(int participants MEMBER m_participants NOTIFY loaded)
    Q_PROPERTY(QString kvaCode MEMBER m_kvaCode NOTIFY loaded)
    // The KVÅ codes mapped to the series' conversation model, as {code, label}; a conversation
    // is tagged with one of them or none. Empty: the model has no codes, nothing to choose.
    Q_PROPERTY(QVariantList kvaChoices READ kvaChoices NOTIFY loaded)
    Q_PROPERTY(QString wantsToKnow MEMBER m_wantsToKnow NOTIFY loaded)
    Q_PROPERTY(QString informationGiven MEMBER m_informationGiven NOTIFY loaded)
    Q_PROPERTY(QString childView MEMBER m_childView NOTIFY loaded)
    Q_PROPERTY(QString advice MEMBER m_advice NOTIFY loaded)
    Q_PROPERTY(QString supportAgreed MEMBER m_supportAgreed NOTIFY loaded)
    Q_PROPERTY(QString nextStep MEMBER m_nextStep NOTIFY loaded)
    Q_PROPERTY(bool childWordsPrivate MEMBER m_childWordsPrivate NOTIFY loaded)
    Q_PROPERTY(bool concernToReport MEMBER m_concernToReport NOTIFY loaded)

    Q_PROPERTY(bool isSigned READ isSigned NOTIFY loaded)
    Q_PROPERTY(QString signedText READ signedText NOTIFY loaded)
    Q_PROPERTY(QVariantList amendments READ amendments NOTIFY loaded)

public:
    explicit ConversationEditor(QObject *parent = nullptr);

    QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id);

    bool isSigned() const { return m_signed; }
    QString signedText() const { return m_signedText; }
    QVariantList kvaChoices() const;
    QVariantList amendments() const { return m_amendments; }

    // Each returns true on success; on failure errorText (and, for a field, fieldErrors)
    // says what to fix, and nothing was written.
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool sign();
    Q_INVOKABLE bool amend(const QString &reason, const QString &body);

signals:
    void loaded();

protected:
    void load() override;

private:
    // Who signed or amended, as the record shows it.
    QString staffName(const std::string &staffId) const;
    domain::Conversation toConversation() const;

    QString m_conversationId, m_seriesId;
    int m_step = 0;
    QString m_date;
    int m_durationMin = 0;
    QString m_place;
    int m_participants = 0;
    QString m_kvaCode, m_wantsToKnow, m_informationGiven, m_childView, m_advice, m_supportAgreed,
        m_nextStep;
    bool m_childWordsPrivate = false, m_concernToReport = false;
    bool m_signed = false;
    QString m_signedText;
    QVariantList m_amendments;
};

} // namespace lykta::app
