#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct SearchRow
{
    QString entity, id, kind, snippet;
};

// Full-text search over everything staff wrote; snippets come as rich text with the
// matched words in bold (the text itself is escaped first). The search runs off the UI
// thread (busy meanwhile); while a person types on, results for what they typed before are
// dropped. A query that cannot be searched says why in errorText.
class SearchModel : public RowListModel<SearchRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    enum Role
    {
        EntityRole = Qt::UserRole + 1,
        IdRole,
        KindRole,
        SnippetRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QString query() const { return m_query; }
    void setQuery(const QString &query);

    QHash<int, QByteArray> roleNames() const override;

    static QString highlight(const std::string &snippet);
    // The longest query searched; a longer one is refused with a message.
    static constexpr int kMaxQueryLength = 200;

signals:
    void queryChanged();

protected:
    void refresh() override;
    void reload() override;
    QVariant roleData(const SearchRow &row, int role) const override;

private:
    // What a hit is: a note, a case note with its kind of contact, a conversation, ...
    static QString kindWords(const store::Store &store, const store::SearchHit &hit);

    QString m_query;
};

} // namespace lykta::app
