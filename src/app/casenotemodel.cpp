#include "casenotemodel.h"

#include "authorship.h"
#include "casenotekinds.h"
#include "casenoteservice.h"
#include "errortext.h"
#include "searchtarget.h"
#include "store/fields.h"

#include <QLocale>

namespace lykta::app {

void CaseNoteModel::setFamilyId(const QString &id)
{
    if (assignAndRefresh(m_familyId, id))
        emit familyIdChanged();
}

void CaseNoteModel::setChildId(const QString &id)
{
    if (assignAndRefresh(m_childId, id))
        emit childIdChanged();
}

void CaseNoteModel::setFilter(const QString &filter)
{
    if (assignAndRefresh(m_filter, filter))
        emit filterChanged();
}

void CaseNoteModel::reload()
{
    m_rows.clear();
    if (m_familyId.isEmpty() && m_childId.isEmpty())
        return;
    store::Store &store = workspace()->store();
    domain::CaseNoteService service(store);
    auto notes = m_childId.isEmpty()
                     ? service.ofFamily(workspace()->actor(), m_familyId.toStdString())
                     : service.ofChild(workspace()->actor(), m_childId.toStdString());
    if (!notes) {
        setErrorText(ui::ErrorText::forDomain(notes.error()));
        return;
    }
    setErrorText({});
    const QStringList words = SearchTarget::words(m_filter);
    for (const auto &n : *notes) {
        CaseNoteRow row;
        row.id = QString::fromStdString(n.id);
        row.kind = CaseNoteKinds::label(n.caseKind);
        row.date = QLocale().toString(n.eventDate, QLocale::ShortFormat);
        if (n.subjectEntity == "child") {
            auto child = store.get("child", n.subjectId);
            if (child && child->has_value())
                row.about =
                    QString::fromStdString((*child)->text(store::fields::child::first_name));
        } else {
            row.about = tr("Familjen");
        }
        row.author = Authorship::who(store, n.author);
        row.isSigned = n.status == domain::Note::Status::Signed;
        if (!SearchTarget::matchesAll(
                QStringList{n.body, row.kind, row.about, row.author}.join(u'\n'), words))
            continue;
        m_rows.push_back(std::move(row));
    }
}

QVariant CaseNoteModel::roleData(const CaseNoteRow &row, int role) const
{
    switch (role) {
    case NoteIdRole:
        return row.id;
    case KindRole:
        return row.kind;
    case DateRole:
        return row.date;
    case AboutRole:
        return row.about;
    case AuthorRole:
        return row.author;
    case SignedRole:
        return row.isSigned;
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseNoteModel::roleNames() const
{
    return {{NoteIdRole, "noteId"}, {KindRole, "kind"},     {DateRole, "date"},
            {AboutRole, "about"},   {AuthorRole, "author"}, {SignedRole, "noteSigned"}};
}

} // namespace lykta::app
