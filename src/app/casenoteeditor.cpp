#include "casenoteeditor.h"

#include "amendmentservice.h"
#include "authorship.h"
#include "casenotekinds.h"
#include "casenoteservice.h"
#include "store/fields.h"

namespace lykta::app {

CaseNoteEditor::CaseNoteEditor(QObject *parent)
    : EditorBase(parent), m_kind(QStringLiteral("phone_call")),
      m_date(QDate::currentDate().toString(Qt::ISODate))
{}

QVariantList CaseNoteEditor::kinds()
{
    return CaseNoteKinds::choices();
}

void CaseNoteEditor::setNoteId(const QString &id)
{
    if (m_noteId == id)
        return;
    m_noteId = id;
    load();
}

QString CaseNoteEditor::aboutText(const domain::Note &note) const
{
    if (note.subjectEntity == "child") {
        auto child = workspace()->store().get("child", note.subjectId);
        if (child && child->has_value())
            return QString::fromStdString((*child)->text(store::fields::child::first_name));
    }
    return tr("Familjen");
}

void CaseNoteEditor::load()
{
    clearErrors();
    m_amendments.clear();
    m_signed = false;
    m_canEdit = true;
    m_signedText.clear();
    m_writtenText.clear();
    m_title = tr("Ny anteckning");
    if (!workspace() || m_noteId.isEmpty()) {
        announceLoad();
        return;
    }
    store::Store &store = workspace()->store();
    const auto &actor = workspace()->actor();
    auto n = domain::CaseNoteService(store).note(actor, m_noteId.toStdString());
    if (!n) {
        m_canEdit = false;
        fail(n.error());
        announceLoad();
        return;
    }
    m_kind = n->caseKind;
    m_date = n->eventDate.toString(Qt::ISODate);
    m_body = n->body;
    m_childWordsPrivate = n->childWordsPrivate;
    //: %1 is the kind of contact (Telefonsamtal), %2 whom the note is about
    m_title = tr("%1 · %2").arg(CaseNoteKinds::label(n->caseKind), aboutText(*n));
    //: %1 is when, %2 the name, title and unit of the staff member who wrote the note
    m_writtenText = tr("Skriven %1 av %2")
                        .arg(Authorship::when(n->writtenAt), Authorship::who(store, n->author));
    m_signed = n->status == domain::Note::Status::Signed;
    m_canEdit = !m_signed && n->author == actor.staffId;
    if (m_signed) {
        m_signedText = tr("Signerad %1 av %2")
                           .arg(Authorship::when(n->signedAt), Authorship::who(store, n->signedBy));
        if (auto list = domain::AmendmentService(store).amendments(actor, "note", n->id)) {
            for (const auto &a : *list) {
                m_amendments.append(QVariantMap{
                    {QStringLiteral("id"), QString::fromStdString(a.id)},
                    {QStringLiteral("reason"), a.reason},
                    {QStringLiteral("body"), a.body},
                    {QStringLiteral("writtenAt"), Authorship::when(a.writtenAt)},
                    {QStringLiteral("author"), Authorship::who(store, a.author)},
                });
            }
        }
    }
    announceLoad();
}

bool CaseNoteEditor::refuse(const domain::DomainError &error)
{
    using domain::DomainErrc;
    QString words;
    if (error.field == "event_date")
        words = tr("Skriv datumet som ÅÅÅÅ-MM-DD, i dag eller tidigare.");
    else if (error.field == "body" && error.code == DomainErrc::Empty)
        words = tr("Skriv vad som hände innan du sparar.");
    else if (error.field == "case_kind")
        words = tr("Välj vad anteckningen gäller.");
    else if (error.code == DomainErrc::NotPermitted && error.field == "author")
        words = tr("Utkastet är en kollegas. Bara den som skrev det kan ändra eller signera det.");
    return fail(error, words);
}

domain::Note CaseNoteEditor::toNote() const
{
    domain::Note n;
    n.id = m_noteId.toStdString();
    n.subjectEntity = m_childId.isEmpty() ? "family" : "child";
    n.subjectId = (m_childId.isEmpty() ? m_familyId : m_childId).toStdString();
    n.caseKind = m_kind;
    n.eventDate = QDate::fromString(m_date.trimmed(), Qt::ISODate);
    n.body = m_body;
    n.childWordsPrivate = m_childWordsPrivate;
    return n;
}

bool CaseNoteEditor::save()
{
    clearErrors();
    if (!workspace())
        return false;
    domain::CaseNoteService notes(workspace()->store());
    const auto &actor = workspace()->actor();
    if (m_noteId.isEmpty()) {
        auto id = notes.create(actor, toNote());
        if (!id)
            return refuse(id.error());
        m_noteId = QString::fromStdString(*id);
    } else if (auto r = notes.update(actor, toNote()); !r) {
        return refuse(r.error());
    }
    workspace()->notifyChanged();
    load();
    return true;
}

bool CaseNoteEditor::sign()
{
    if (!save())
        return false;
    auto r = domain::CaseNoteService(workspace()->store())
                 .sign(workspace()->actor(), m_noteId.toStdString());
    if (!r)
        return refuse(r.error());
    workspace()->notifyChanged();
    workspace()->notifySigned();
    load();
    return true;
}

bool CaseNoteEditor::amend(const QString &reason, const QString &body)
{
    clearErrors();
    if (!workspace())
        return false;
    auto r = domain::AmendmentService(workspace()->store())
                 .amend(workspace()->actor(), "note", m_noteId.toStdString(), reason.trimmed(),
                        body.trimmed());
    if (!r)
        return fail(r.error());
    workspace()->notifyChanged();
    workspace()->notifySigned();
    load();
    return true;
}

} // namespace lykta::app
