#pragma once

#include "editorbase.h"

#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The form behind closing a conversation series with its outcome and reopening it: the
// outcomes to choose from, the model's steps (for "declined at"), the unit's support groups
// (for a referral, with how full each is), and what the series' closing or reopening was.
class SeriesOutcomeEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString seriesId READ seriesId WRITE setSeriesId NOTIFY loaded)
    Q_PROPERTY(bool isClosed READ isClosed NOTIFY loaded)
    // How it was closed (outcome, step counted from 1, group or text; the day; who closed it),
    // in words; empty while active.
    Q_PROPERTY(QString closedText READ closedText NOTIFY loaded)
    // Why and by whom it was last reopened; empty if never.
    Q_PROPERTY(QString reopenedText READ reopenedText NOTIFY loaded)

    // [{key, label}]: completed, declined, support_group, other_support, moved, other.
    Q_PROPERTY(QVariantList outcomes READ outcomes NOTIFY loaded)
    Q_PROPERTY(QVariantList steps READ steps NOTIFY loaded)   // [{key: "0", label}]
    Q_PROPERTY(QVariantList groups READ groups NOTIFY loaded) // [{key: id, label}]

    Q_PROPERTY(QString outcome MEMBER m_outcome NOTIFY outcomeChanged)
    Q_PROPERTY(QString date MEMBER m_date NOTIFY dateChanged) // yyyy-MM-dd
    Q_PROPERTY(QString declinedStep MEMBER m_declinedStep NOTIFY declinedStepChanged)
    Q_PROPERTY(QString groupId MEMBER m_groupId NOTIFY groupIdChanged)
    Q_PROPERTY(QString text MEMBER m_text NOTIFY textChanged)

public:
    using EditorBase::EditorBase;

    QString seriesId() const { return m_seriesId; }
    void setSeriesId(const QString &id);
    bool isClosed() const { return m_closed; }
    QString closedText() const { return m_closedText; }
    QString reopenedText() const { return m_reopenedText; }
    QVariantList outcomes() const;
    QVariantList steps() const { return m_steps; }
    QVariantList groups() const { return m_groups; }

    // Each returns true on success; otherwise errorText and fieldErrors say what to fix and
    // nothing was written.
    Q_INVOKABLE bool close();
    Q_INVOKABLE bool reopen(const QString &reason);
    // Reads the series again: the series page shows how it ended once the close form, on its
    // own page with its own editor, has closed it.
    Q_INVOKABLE void reload() { load(); }

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void outcomeChanged();
    void dateChanged();
    void declinedStepChanged();
    void groupIdChanged();
    void textChanged();

protected:
    void load() override;

private:
    bool failWithWords(const domain::DomainError &error);
    QString staffName(const std::string &staffId) const;

    QString m_seriesId;
    bool m_closed = false;
    QString m_closedText, m_reopenedText;
    QVariantList m_steps, m_groups;
    QString m_outcome, m_date, m_declinedStep, m_groupId, m_text;
};

} // namespace lykta::app
