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
    Q_PROPERTY(QString seriesId MEMBER m_seriesId NOTIFY seriesIdChanged)
    Q_PROPERTY(int step MEMBER m_step NOTIFY stepChanged)

    Q_PROPERTY(QString date MEMBER m_date NOTIFY dateChanged) // yyyy-MM-dd
    Q_PROPERTY(int durationMin MEMBER m_durationMin NOTIFY durationMinChanged)
    Q_PROPERTY(QString place MEMBER m_place NOTIFY placeChanged)
    Q_PROPERTY(int participants MEMBER m_participants NOTIFY participantsChanged)
    Q_PROPERTY(QString kvaCode MEMBER m_kvaCode NOTIFY kvaCodeChanged)
    // The KVÅ codes mapped to the series' conversation model, as {code, label}; a conversation
    // is tagged with one of them or none. Empty: the model has no codes, nothing to choose.
    Q_PROPERTY(QVariantList kvaChoices READ kvaChoices NOTIFY kvaChoicesChanged)
    Q_PROPERTY(QString wantsToKnow MEMBER m_wantsToKnow NOTIFY wantsToKnowChanged)
    Q_PROPERTY(QString informationGiven MEMBER m_informationGiven NOTIFY informationGivenChanged)
    Q_PROPERTY(QString childView MEMBER m_childView NOTIFY childViewChanged)
    Q_PROPERTY(QString advice MEMBER m_advice NOTIFY adviceChanged)
    Q_PROPERTY(QString supportAgreed MEMBER m_supportAgreed NOTIFY supportAgreedChanged)
    Q_PROPERTY(QString nextStep MEMBER m_nextStep NOTIFY nextStepChanged)
    Q_PROPERTY(bool childWordsPrivate MEMBER m_childWordsPrivate NOTIFY childWordsPrivateChanged)
    Q_PROPERTY(bool concernToReport MEMBER m_concernToReport NOTIFY concernToReportChanged)

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
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void seriesIdChanged();
    void stepChanged();
    void dateChanged();
    void durationMinChanged();
    void placeChanged();
    void participantsChanged();
    void kvaCodeChanged();
    void wantsToKnowChanged();
    void informationGivenChanged();
    void childViewChanged();
    void adviceChanged();
    void supportAgreedChanged();
    void nextStepChanged();
    void childWordsPrivateChanged();
    void concernToReportChanged();
    void kvaChoicesChanged();

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
