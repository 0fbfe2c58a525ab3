#pragma once

#include "editorbase.h"

#include <QVariantList>

namespace lykta::app {

// The form behind creating or editing a kiosk card: title, body, picture (one of the kiosk's
// shipped illustrations), age band, language, order and the emergency line. Publishing is a
// separate decision, and so is approving a draft that waits for a native speaker's review
// (needsReview: it cannot be published, only approved). Only staff with the content role may
// save (canManage).
class InfoCardEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    // Empty for a new card; set to edit an existing one.
    Q_PROPERTY(QString cardId READ cardId WRITE setCardId NOTIFY loaded)
    Q_PROPERTY(QString title MEMBER m_title NOTIFY titleChanged)
    Q_PROPERTY(QString body MEMBER m_body NOTIFY bodyChanged)
    Q_PROPERTY(QString picture MEMBER m_picture NOTIFY pictureChanged) // a picture's name, or empty
    Q_PROPERTY(QString ageBand MEMBER m_ageBand NOTIFY ageBandChanged)
    Q_PROPERTY(QString language MEMBER m_language NOTIFY languageChanged)
    Q_PROPERTY(QString sortOrder MEMBER m_sortOrder NOTIFY sortOrderChanged) // digits, as typed
    Q_PROPERTY(bool emergency MEMBER m_emergency NOTIFY emergencyChanged)
    Q_PROPERTY(bool published READ published NOTIFY loaded)
    Q_PROPERTY(bool needsReview READ needsReview NOTIFY loaded)
    Q_PROPERTY(bool canManage READ canManage NOTIFY loaded)
    // [{key, label, url}] for "no picture" and every shipped illustration.
    Q_PROPERTY(QVariantList pictures READ pictures CONSTANT)
    Q_PROPERTY(QVariantList ageBands READ ageBands CONSTANT)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    using EditorBase::EditorBase;

    QString cardId() const { return m_cardId; }
    void setCardId(const QString &id);
    bool published() const { return m_published; }
    bool needsReview() const { return m_needsReview; }
    bool canManage() const { return m_canManage; }
    static QVariantList pictures();
    static QVariantList ageBands();
    static QVariantList languages();

    // The URL of a shipped picture by name; empty for none.
    Q_INVOKABLE static QString pictureUrl(const QString &name);
    Q_INVOKABLE static bool isRightToLeft(const QString &language);
    // True when saved; cardId then names the card. A new card is not published.
    Q_INVOKABLE bool save();
    // Shows the saved card on every kiosk of the unit, or takes it away; false (errorText says
    // why) when refused or when the card is not saved yet.
    Q_INVOKABLE bool setPublished(bool published);
    // A native speaker has read the saved draft (and corrected it): it is no longer a draft,
    // and it is published. False (errorText says why) when refused.
    Q_INVOKABLE bool approve();

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void titleChanged();
    void bodyChanged();
    void pictureChanged();
    void ageBandChanged();
    void languageChanged();
    void sortOrderChanged();
    void emergencyChanged();

protected:
    void load() override;

private:
    // After publishing or approving: the list and this form show the new state, or the reason.
    bool settle(const domain::DomainResult<bool> &result);

    QString m_cardId, m_title, m_body, m_picture;
    QString m_ageBand = QStringLiteral("7-12");
    QString m_language = QStringLiteral("sv");
    QString m_sortOrder = QStringLiteral("10");
    bool m_emergency = false;
    bool m_published = false;
    bool m_needsReview = false;
    bool m_canManage = false;
};

} // namespace lykta::app
