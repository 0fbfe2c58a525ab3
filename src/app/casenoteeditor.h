#pragma once

#include "editorbase.h"
#include "note.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The form behind one case note (a phone call, a home visit, a meeting with the school or
// health care, something else) on a family or a child: write and save a draft, sign it, and
// once signed correct it with an amendment shown under it. Opening a note is a logged read.
// Only its author changes or signs a draft; anyone reads it and writes amendments.
class CaseNoteEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    // Set to open a note; leave empty and set familyId or childId to write a new one.
    Q_PROPERTY(QString noteId READ noteId WRITE setNoteId NOTIFY loaded)
    Q_PROPERTY(QString familyId MEMBER m_familyId NOTIFY familyIdChanged)
    Q_PROPERTY(QString childId MEMBER m_childId NOTIFY childIdChanged)

    Q_PROPERTY(QString kind MEMBER m_kind NOTIFY kindChanged) // a key of `kinds`
    Q_PROPERTY(QString date MEMBER m_date NOTIFY dateChanged) // yyyy-MM-dd
    Q_PROPERTY(QString body MEMBER m_body NOTIFY bodyChanged)
    Q_PROPERTY(bool childWordsPrivate MEMBER m_childWordsPrivate NOTIFY childWordsPrivateChanged)
    // {key, label} of every kind of contact.
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)

    // What the open note is, in words: "Telefonsamtal · Familjen", who wrote it and when.
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString writtenText READ writtenText NOTIFY loaded)
    Q_PROPERTY(bool isSigned READ isSigned NOTIFY loaded)
    // The form can be changed: a new note, or a draft of the person using the app.
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY loaded)
    Q_PROPERTY(QString signedText READ signedText NOTIFY loaded)
    Q_PROPERTY(QVariantList amendments READ amendments NOTIFY loaded)

public:
    explicit CaseNoteEditor(QObject *parent = nullptr);

    QString noteId() const { return m_noteId; }
    void setNoteId(const QString &id);
    static QVariantList kinds();
    QString title() const { return m_title; }
    QString writtenText() const { return m_writtenText; }
    bool isSigned() const { return m_signed; }
    bool canEdit() const { return m_canEdit; }
    QString signedText() const { return m_signedText; }
    QVariantList amendments() const { return m_amendments; }

    // Each returns true on success; otherwise errorText and fieldErrors (case_kind,
    // event_date, body, author) say what to fix, and nothing was written or lost.
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool sign();
    Q_INVOKABLE bool amend(const QString &reason, const QString &body);

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void familyIdChanged();
    void childIdChanged();
    void kindChanged();
    void dateChanged();
    void bodyChanged();
    void childWordsPrivateChanged();

protected:
    void load() override;

private:
    bool refuse(const domain::DomainError &error);
    domain::Note toNote() const;
    QString aboutText(const domain::Note &note) const;

    QString m_noteId, m_familyId, m_childId;
    QString m_kind, m_date, m_body;
    bool m_childWordsPrivate = false;
    QString m_title, m_writtenText, m_signedText;
    bool m_signed = false, m_canEdit = true;
    QVariantList m_amendments;
};

} // namespace lykta::app
