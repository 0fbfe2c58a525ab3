#pragma once

#include "editorbase.h"

namespace lykta::app {

// One group session's own edits from the session page: move it to another day and time,
// change its theme, or cancel it (it stays in the programme, marked, and takes no attendance).
class SessionEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY loaded)
    Q_PROPERTY(int number READ number NOTIFY loaded)
    Q_PROPERTY(bool cancelled READ cancelled NOTIFY loaded)
    Q_PROPERTY(QString date MEMBER m_date NOTIFY dateChanged) // yyyy-MM-dd
    Q_PROPERTY(QString time MEMBER m_time NOTIFY timeChanged) // HH:mm, may be empty
    Q_PROPERTY(QString theme MEMBER m_theme NOTIFY themeChanged)
    // "Träff 3: Känslor", "Träff 3: Känslor (inställd)": the page's title.
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    // "tisdag 17 september 2024 16:30"
    Q_PROPERTY(QString when READ when NOTIFY loaded)

public:
    using EditorBase::EditorBase;

    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &id);
    int number() const { return m_session.number; }
    bool cancelled() const { return m_session.cancelled; }
    QString title() const;
    QString when() const;

    // Each false with the messages in place when refused; nothing is written then.
    Q_INVOKABLE bool move();
    Q_INVOKABLE bool rename();
    Q_INVOKABLE bool cancel();

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void dateChanged();
    void timeChanged();
    void themeChanged();

protected:
    void load() override;

private:
    bool saved(const domain::DomainResult<bool> &result);

    QString m_sessionId, m_date, m_time, m_theme;
    domain::GroupSession m_session;
};

} // namespace lykta::app
