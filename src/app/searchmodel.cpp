#include "searchmodel.h"

#include "casenotekinds.h"
#include "errortext.h"

#include <algorithm>

namespace lykta::app {

void SearchModel::setQuery(const QString &query)
{
    if (assignAndRefresh(m_query, query))
        emit queryChanged();
}

QString SearchModel::highlight(const std::string &snippet)
{
    QString text = QString::fromStdString(snippet).toHtmlEscaped();
    text.replace(QChar(store::kMarkStart), QStringLiteral("<b>"));
    text.replace(QChar(store::kMarkEnd), QStringLiteral("</b>"));
    return text;
}

void SearchModel::refresh()
{
    if (workspace())
        reload(); // rows change when the search answers, not now
}

void SearchModel::reload()
{
    const QString text = m_query.trimmed();
    QString problem;
    if (text.size() > kMaxQueryLength)
        problem = tr("Sökningen är för lång. Skriv högst %1 tecken.").arg(kMaxQueryLength);
    else if (!text.isEmpty() &&
             std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        problem = tr("Skriv minst en bokstav eller siffra för att söka.");
    if (text.isEmpty() || !problem.isEmpty()) {
        cancelRead();
        setErrorText(problem);
        replaceRows({});
        return;
    }
    struct Answer
    {
        bool locked = false;
        std::optional<store::StoreError> error;
        std::vector<SearchRow> rows;
    };
    readInBackground(
        [query = text.toStdString()](store::Store *store) {
            Answer answer;
            if (!store) {
                answer.locked = true;
                return answer;
            }
            auto hits = store->search(query);
            if (!hits) {
                answer.error = hits.error();
                return answer;
            }
            for (const auto &hit : *hits) {
                answer.rows.push_back({QString::fromStdString(hit.entity),
                                       QString::fromStdString(hit.entityId), kindWords(*store, hit),
                                       highlight(hit.snippet)});
            }
            return answer;
        },
        [this](Answer answer) {
            // Locked meanwhile: nothing shows now, and the search runs again after the unlock.
            if (answer.locked || workspace()->store().isLocked()) {
                setErrorText({});
                replaceRows({});
                return;
            }
            setErrorText(answer.error ? ErrorText::forStore(answer.error->code, {}) : QString());
            replaceRows(std::move(answer.rows));
        });
}

QString SearchModel::kindWords(const store::Store &store, const store::SearchHit &hit)
{
    const std::string &entity = hit.entity;
    if (entity == "note") {
        auto note = store.get("note", hit.entityId);
        if (note && note->has_value() && (*note)->text("kind") == "case") {
            //: A case note outside a conversation series; %1 is its kind (Telefonsamtal)
            return tr("Anteckning i ärendet: %1")
                .arg(CaseNoteKinds::label(QString::fromStdString((*note)->text("case_kind"))));
        }
        return tr("Anteckning");
    }
    if (entity == "conversation")
        return tr("Samtal");
    if (entity == "amendment")
        return tr("Rättelse");
    return {};
}

QVariant SearchModel::roleData(const SearchRow &row, int role) const
{
    switch (role) {
    case EntityRole:
        return row.entity;
    case IdRole:
        return row.id;
    case KindRole:
        return row.kind;
    case SnippetRole:
        return row.snippet;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {
        {EntityRole, "entity"}, {IdRole, "entityId"}, {KindRole, "kind"}, {SnippetRole, "snippet"}};
}

} // namespace lykta::app
