#pragma once

#include "workspacemodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// Full-text search over everything staff wrote; snippets come as rich text with the
// matched words in bold (the text itself is escaped first).
class SearchModel : public WorkspaceModel
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

    using WorkspaceModel::WorkspaceModel;

    QString query() const { return m_query; }
    void setQuery(const QString &query);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString highlight(const std::string &snippet);

signals:
    void queryChanged();

protected:
    void reload() override;

private:
    struct Row
    {
        QString entity, id, kind, snippet;
    };
    QString m_query;
    std::vector<Row> m_rows;
};

} // namespace lykta::app
