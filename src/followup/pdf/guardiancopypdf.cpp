#include "guardiancopypdf.h"

#include "auditextract.h"
#include "casenoteservice.h"
#include "conversationservice.h"
#include "pdfpages.h"

#include <QLocale>

namespace lykta::followup {

namespace {

void header(PdfPages &pages, const QString &title, const QString &about, const QDate &date,
            bool isSigned)
{
    pages.heading(title, 16);
    if (!about.isEmpty())
        pages.keyValue(GuardianCopyPdf::tr("Gäller"), about);
    pages.keyValue(GuardianCopyPdf::tr("Datum"), QLocale().toString(date, QLocale::LongFormat));
    pages.keyValue(GuardianCopyPdf::tr("Status"),
                   isSigned ? GuardianCopyPdf::tr("Signerad") : GuardianCopyPdf::tr("Utkast"));
}

void section(PdfPages &pages, const QString &heading, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    pages.advance(6);
    pages.heading(heading, 11);
    pages.paragraph(text, 10);
}

QString leftOut()
{
    return GuardianCopyPdf::tr("Barnets egna ord är inte med i den här kopian.");
}

} // namespace

QByteArray GuardianCopyPdf::renderConversation(const domain::Conversation &conversation,
                                               const QString &about, const QString &what)
{
    const domain::Conversation c = domain::ConversationService::forGuardians(conversation);
    const QString title = tr("Kopia för vårdnadshavare: %1").arg(what);
    PdfPages pages(title);
    header(pages, title, about, c.date, c.status == domain::Conversation::Status::Signed);
    if (!c.place.isEmpty())
        pages.keyValue(tr("Plats"), c.place);
    if (c.durationMin > 0)
        pages.keyValue(tr("Längd"), tr("%n minuter", nullptr, c.durationMin));
    section(pages, tr("Vad barnet ville veta"), c.sections.wantsToKnow);
    section(pages, tr("Information som gavs"), c.sections.informationGiven);
    if (conversation.childWordsPrivate && !conversation.sections.childView.trimmed().isEmpty())
        section(pages, tr("Barnets egen syn"), leftOut());
    else
        section(pages, tr("Barnets egen syn"), c.sections.childView);
    section(pages, tr("Råd"), c.sections.advice);
    section(pages, tr("Stöd vi kom överens om"), c.sections.supportAgreed);
    section(pages, tr("Nästa steg"), c.sections.nextStep);
    return pages.finish();
}

QByteArray GuardianCopyPdf::renderNote(const domain::Note &note, const QString &about,
                                       const QString &what)
{
    const domain::Note n = domain::CaseNoteService::forGuardians(note);
    const QString title = tr("Kopia för vårdnadshavare: %1").arg(what);
    PdfPages pages(title);
    header(pages, title, about, n.eventDate, n.status == domain::Note::Status::Signed);
    section(pages, tr("Anteckning"), note.childWordsPrivate ? leftOut() : n.body);
    return pages.finish();
}

domain::DomainResult<QByteArray> GuardianCopyPdf::conversation(store::Store &store,
                                                               const store::Actor &actor,
                                                               const std::string &conversationId,
                                                               const QString &about,
                                                               const QString &what)
{
    auto c = domain::ConversationService(store).conversation(actor, conversationId);
    if (!c)
        return c.error();
    QByteArray pdf = renderConversation(*c, about, what);
    if (auto logged = AuditExtract(store).recordExport(actor, "conversation", conversationId,
                                                       store::AuditAction::Print);
        !logged)
        return logged.error();
    return pdf;
}

domain::DomainResult<QByteArray> GuardianCopyPdf::note(store::Store &store,
                                                       const store::Actor &actor,
                                                       const std::string &noteId,
                                                       const QString &about, const QString &what)
{
    auto n = domain::CaseNoteService(store).note(actor, noteId);
    if (!n)
        return n.error();
    QByteArray pdf = renderNote(*n, about, what);
    if (auto logged =
            AuditExtract(store).recordExport(actor, "note", noteId, store::AuditAction::Print);
        !logged)
        return logged.error();
    return pdf;
}

} // namespace lykta::followup
