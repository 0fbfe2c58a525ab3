#pragma once

#include "rowlistmodel.h"
#include "searchtarget.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct SearchRow
{
    QString entity, id, kindKey, snippet;
    SearchTarget target;
};

// Search over everything staff wrote and every family, child and group, in the staff member's
// own unit only; snippets come as rich text with the matched words in bold (the text itself is
// escaped first). A hit says what it is, about whom, its date and author, and which page opens
// it with which properties and where in which field the match is (SearchTarget). Narrowed by
// kind, period and "only mine". A child is found by name; by personnummer only when the whole
// number is typed. The search runs off the UI thread (busy meanwhile); while a person types on,
// results for what they typed before are dropped. A query or a date that cannot be searched
// says why in errorText.
class SearchModel : public RowListModel<SearchRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY filterChanged)
    Q_PROPERTY(bool onlyMine READ onlyMine WRITE setOnlyMine NOTIFY filterChanged)
    Q_PROPERTY(QVariantList kindChoices READ kindChoices CONSTANT)
    Q_PROPERTY(QVariantList periodChoices READ periodChoices CONSTANT)
    // The most hits shown (names first, then the newest); narrowing finds older ones.
    Q_PROPERTY(int limit READ limit CONSTANT)
    // Records a first sync brought that are not in the search index yet (Store::unindexed), and
    // the words that say so; read with each search, and again when the indexing is done.
    Q_PROPERTY(int unindexed READ unindexed NOTIFY unindexedChanged)
    Q_PROPERTY(QString unindexedText READ unindexedText NOTIFY unindexedChanged)

public:
    enum Role
    {
        EntityRole = Qt::UserRole + 1,
        IdRole,
        KindRole,
        KindKeyRole,
        SnippetRole,
        AboutRole,
        DateRole,
        AuthorRole,
        PageRole,
        ArgsRole,
        MatchFieldRole,
        MatchOffsetRole,
        MatchLengthRole,
    };
    Q_ENUM(Role)

    enum Period
    {
        AnyTime,
        Last30Days,
        Last12Months,
        ThisYear,
    };
    Q_ENUM(Period)

    using RowListModel::RowListModel;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString from() const { return m_from; }
    void setFrom(const QString &from);
    QString to() const { return m_to; }
    void setTo(const QString &to);
    bool onlyMine() const { return m_onlyMine; }
    void setOnlyMine(bool onlyMine);

    static int limit() { return store::SearchFilter{}.limit; }
    int unindexed() const { return m_unindexed; }
    QString unindexedText() const;

    // Every kind a person can narrow to, as {value, text}; the first ("") is every kind.
    static QVariantList kindChoices();
    // The period presets, as {value, text} (value a Period).
    static QVariantList periodChoices();
    // Sets from and to for a preset, counted back from `today`.
    Q_INVOKABLE void choosePeriod(int period, QDate today = QDate::currentDate());

    QHash<int, QByteArray> roleNames() const override;

    static QString highlight(const std::string &snippet);
    // The longest query searched; a longer one is refused with a message.
    static constexpr int kMaxQueryLength = 200;

signals:
    void queryChanged();
    void filterChanged();
    void unindexedChanged();

protected:
    void refresh() override;
    void reload() override;
    QVariant roleData(const SearchRow &row, int role) const override;

private:
    // Why the query or the filters cannot be searched; empty when they can.
    QString problem(const QString &text) const;
    void setFilter(QString &member, const QString &value);
    void setUnindexed(int count);

    QString m_query;
    QString m_kind;
    QString m_from;
    QString m_to;
    bool m_onlyMine = false;
    int m_unindexed = 0;
};

} // namespace lykta::app
