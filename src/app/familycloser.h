#pragma once

#include "editorbase.h"

#include <QVariantList>

namespace lykta::app {

// Closing a family's case ("ärendet avslutat") with a day and a reason, and reopening it. The
// family page reads `closed` and the words of the closing from here; the closing form fills in
// closedOn, reason and note and calls close().
class FamilyCloser : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString familyId READ familyId WRITE setFamilyId NOTIFY loaded)
    Q_PROPERTY(bool closed READ closed NOTIFY loaded)
    Q_PROPERTY(QString closedOn MEMBER m_closedOn NOTIFY
                   closedOnChanged) // yyyy-MM-dd; today for a new one
    Q_PROPERTY(QString reason MEMBER m_reason NOTIFY reasonChanged)
    Q_PROPERTY(QString note MEMBER m_note NOTIFY noteChanged)
    // The closing in a line: "Avslutat 2026-11-14: Insatsen genomförd"; empty while open.
    Q_PROPERTY(QString summary READ summary NOTIFY loaded)
    // [{key, label}] of the reasons, in the order shown.
    Q_PROPERTY(QVariantList reasons READ reasons CONSTANT)

public:
    explicit FamilyCloser(QObject *parent = nullptr);

    QString familyId() const { return m_familyId; }
    void setFamilyId(const QString &id);
    bool closed() const { return m_closed; }
    QString summary() const;
    static QVariantList reasons();
    static QString reasonLabel(const QString &key);

    Q_INVOKABLE bool close();
    Q_INVOKABLE bool reopen();
    // Reads the family again (another form changed it).
    Q_INVOKABLE void reload() { load(); }

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void closedOnChanged();
    void reasonChanged();
    void noteChanged();

protected:
    void load() override;

private:
    QString m_familyId, m_closedOn, m_reason, m_note;
    bool m_closed = false;
};

} // namespace lykta::app
