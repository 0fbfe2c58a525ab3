#pragma once

#include "editorbase.h"

#include <QStringList>

#include <optional>

namespace lykta::app {

// The form behind "Planera träffar" on a group page: weekly on a weekday and time, N sessions
// from a date, one theme per session taken in order from the group's own theme list (added,
// removed, reordered and renamed here; nothing is pre-filled unless the person asks for the
// suggestions). A preview shows every date and theme before one write plans them all.
class ProgrammePlanner : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString groupId READ groupId WRITE setGroupId NOTIFY loaded)
    Q_PROPERTY(QString from MEMBER m_from NOTIFY fromChanged)      // yyyy-MM-dd
    Q_PROPERTY(int weekday MEMBER m_weekday NOTIFY weekdayChanged) // 1 = Monday .. 7 = Sunday
    Q_PROPERTY(QString time MEMBER m_time NOTIFY timeChanged)      // HH:mm
    Q_PROPERTY(int count MEMBER m_count NOTIFY countChanged)       // 1..52
    Q_PROPERTY(QStringList themes READ themes NOTIFY themesChanged)
    // "Träff 3 · tisdag 17 september 16:30 · Känslor", one line per session planned; empty
    // until previewed, and again after any change to the form.
    Q_PROPERTY(QStringList preview READ preview NOTIFY previewChanged)
    // The weekdays' names for a picker, Monday first, in the app's language.
    Q_PROPERTY(QStringList weekdayNames READ weekdayNames CONSTANT)

public:
    explicit ProgrammePlanner(QObject *parent = nullptr);

    QString groupId() const { return m_groupId; }
    void setGroupId(const QString &id);
    QStringList themes() const; // as shown: shipped suggestions translated
    QStringList preview() const { return m_preview; }
    static QStringList weekdayNames();

    // The theme list: false with fieldErrors["themes"] for an empty name.
    Q_INVOKABLE bool addTheme(const QString &theme);
    Q_INVOKABLE bool renameTheme(int index, const QString &theme);
    Q_INVOKABLE void removeTheme(int index);
    Q_INVOKABLE void moveTheme(int from, int to);
    // Appends a starting list of common themes, to edit like any other.
    Q_INVOKABLE void addSuggestions();

    // Fills `preview`; false with the messages in place when the form is wrong. Writes nothing.
    Q_INVOKABLE bool updatePreview();
    // Plans every previewed session in one write; false (nothing written) when refused.
    Q_INVOKABLE bool confirm();

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void fromChanged();
    void weekdayChanged();
    void timeChanged();
    void countChanged();
    void themesChanged();
    void previewChanged();

protected:
    void load() override;

private:
    std::optional<domain::ProgrammePlan> plan();
    void setPreview(const QStringList &lines);
    void themesEdited();

    QString m_groupId, m_from, m_time;
    int m_weekday = Qt::Monday;
    int m_count = 8;
    QStringList m_themes, m_preview;
};

} // namespace lykta::app
