#include "searchmodel.h"

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

void SearchModel::reload()
{
    m_rows.clear();
    auto hits = workspace()->store().search(m_query.toStdString());
    if (!hits)
        return;
    for (const auto &hit : *hits) {
        QString kind;
        if (hit.entity == "note")
            kind = tr("Anteckning");
        else if (hit.entity == "conversation")
            kind = tr("Samtal");
        else if (hit.entity == "amendment")
            kind = tr("Rättelse");
        m_rows.push_back({QString::fromStdString(hit.entity), QString::fromStdString(hit.entityId),
                          kind, highlight(hit.snippet)});
    }
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
