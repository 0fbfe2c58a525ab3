#include "searchmodel.h"

#include "errortext.h"
#include "personnummer.h"

#include <algorithm>

namespace lykta::app {

void SearchModel::setQuery(const QString &query)
{
    if (assignAndRefresh(m_query, query))
        emit queryChanged();
}

void SearchModel::setFilter(QString &member, const QString &value)
{
    if (assignAndRefresh(member, value))
        emit filterChanged();
}

void SearchModel::setKind(const QString &kind)
{
    setFilter(m_kind, kind);
}

void SearchModel::setFrom(const QString &from)
{
    setFilter(m_from, from.trimmed());
}

void SearchModel::setTo(const QString &to)
{
    setFilter(m_to, to.trimmed());
}

void SearchModel::setOnlyMine(bool onlyMine)
{
    if (m_onlyMine == onlyMine)
        return;
    m_onlyMine = onlyMine;
    emit filterChanged();
    refresh();
}

QVariantList SearchModel::kindChoices()
{
    const auto choice = [](const char *value, const QString &text) {
        return QVariantMap{{QStringLiteral("value"), QString::fromLatin1(value)},
                           {QStringLiteral("text"), text}};
    };
    return {
        choice("", tr("Allt")),
        choice("conversation", tr("Samtal")),
        choice("case_note", tr("Anteckningar i ärenden")),
        choice("session_note", tr("Anteckningar från träffar")),
        choice("child_note", tr("Anteckningar om barn i grupper")),
        choice("amendment", tr("Rättelser")),
        choice("family", tr("Familjer")),
        choice("child", tr("Barn")),
        choice("group", tr("Grupper")),
    };
}

QVariantList SearchModel::periodChoices()
{
    const auto choice = [](Period value, const QString &text) {
        return QVariantMap{{QStringLiteral("value"), int(value)}, {QStringLiteral("text"), text}};
    };
    return {choice(AnyTime, tr("När som helst")), choice(Last30Days, tr("Senaste 30 dagarna")),
            choice(Last12Months, tr("Senaste 12 månaderna")), choice(ThisYear, tr("I år"))};
}

void SearchModel::choosePeriod(int period, QDate today)
{
    QDate from;
    switch (period) {
    case Last30Days:
        from = today.addDays(-30);
        break;
    case Last12Months:
        from = today.addMonths(-12);
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        break;
    default:
        break;
    }
    const QString to = from.isValid() ? today.toString(Qt::ISODate) : QString();
    const bool changed = m_from != from.toString(Qt::ISODate) || m_to != to;
    m_from = from.toString(Qt::ISODate);
    m_to = to;
    if (changed) {
        emit filterChanged();
        refresh();
    }
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

QString SearchModel::problem(const QString &text) const
{
    if (text.size() > kMaxQueryLength)
        return tr("Sökningen är för lång. Skriv högst %1 tecken.").arg(kMaxQueryLength);
    if (!text.isEmpty() &&
        std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return tr("Skriv minst en bokstav eller siffra för att söka.");
    const QDate from = QDate::fromString(m_from, Qt::ISODate);
    const QDate to = QDate::fromString(m_to, Qt::ISODate);
    if ((!m_from.isEmpty() && !from.isValid()) || (!m_to.isEmpty() && !to.isValid()))
        return tr("Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-01.");
    if (from.isValid() && to.isValid() && from > to)
        return tr("Från-datumet är efter till-datumet.");
    return {};
}

void SearchModel::reload()
{
    const QString text = m_query.trimmed();
    const QString why = problem(text);
    if (text.isEmpty() || !why.isEmpty()) {
        cancelRead();
        setErrorText(why);
        replaceRows({});
        // A count of a small table's rows: read here, as the page opens.
        const auto waiting = workspace()->store().unindexed();
        setUnindexed(waiting ? static_cast<int>(*waiting) : 0);
        return;
    }
    store::SearchFilter filter;
    filter.units = {workspace()->actor().unitId};
    if (!m_kind.isEmpty())
        filter.kinds = {m_kind.toStdString()};
    filter.from = m_from.toStdString();
    filter.to = m_to.toStdString();
    if (m_onlyMine)
        filter.author = workspace()->actor().staffId;
    // Only a whole, valid personnummer finds a child by it.
    if (auto pnr = domain::Personnummer::parse(text))
        filter.personnummer = pnr->normalized().toStdString();

    struct Answer
    {
        bool locked = false;
        std::optional<store::StoreError> error;
        std::vector<SearchRow> rows;
        int unindexed = 0;
    };
    readInBackground(
        [query = text.toStdString(), words = SearchTarget::words(text),
         filter = std::move(filter)](store::Store *store) {
            Answer answer;
            if (!store) {
                answer.locked = true;
                return answer;
            }
            // Counted first: a record indexed between the two reads is then found, not missed.
            if (auto waiting = store->unindexed())
                answer.unindexed = static_cast<int>(*waiting);
            auto hits = store->search(query, filter);
            if (!hits) {
                answer.error = hits.error();
                return answer;
            }
            for (const auto &hit : *hits) {
                answer.rows.push_back({QString::fromStdString(hit.entity),
                                       QString::fromStdString(hit.entityId),
                                       QString::fromStdString(hit.kind), highlight(hit.snippet),
                                       SearchTarget::read(*store, hit, words)});
            }
            return answer;
        },
        [this](Answer answer) {
            setUnindexed(answer.unindexed);
            // Locked meanwhile: nothing shows now, and the search runs again after the unlock.
            if (answer.locked || workspace()->store().isLocked()) {
                setErrorText({});
                replaceRows({});
                return;
            }
            setErrorText(answer.error ? ui::ErrorText::forStore(answer.error->code, {})
                                      : QString());
            replaceRows(std::move(answer.rows));
        });
}

void SearchModel::setUnindexed(int count)
{
    if (count == m_unindexed)
        return;
    m_unindexed = count;
    emit unindexedChanged();
}

QString SearchModel::unindexedText() const
{
    if (m_unindexed == 0)
        return {};
    return tr("Sökningen hittar inte allt ännu: %n poster från den senaste synkroniseringen "
              "läggs in i sökregistret. Det tar en liten stund.",
              nullptr, m_unindexed);
}

QVariant SearchModel::roleData(const SearchRow &row, int role) const
{
    switch (role) {
    case EntityRole:
        return row.entity;
    case IdRole:
        return row.id;
    case KindRole:
        return row.target.kindWords;
    case KindKeyRole:
        return row.kindKey;
    case SnippetRole:
        return row.snippet;
    case AboutRole:
        return row.target.about;
    case DateRole:
        return row.target.date;
    case AuthorRole:
        return row.target.author;
    case PageRole:
        return row.target.page;
    case ArgsRole:
        return row.target.args;
    case MatchFieldRole:
        return row.target.matchField;
    case MatchOffsetRole:
        return row.target.matchOffset;
    case MatchLengthRole:
        return row.target.matchLength;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{EntityRole, "entity"},
            {IdRole, "entityId"},
            {KindRole, "kind"},
            {KindKeyRole, "kindKey"},
            {SnippetRole, "snippet"},
            {AboutRole, "about"},
            {DateRole, "date"},
            {AuthorRole, "author"},
            {PageRole, "page"},
            {ArgsRole, "args"},
            {MatchFieldRole, "matchField"},
            {MatchOffsetRole, "matchOffset"},
            {MatchLengthRole, "matchLength"}};
}

} // namespace lykta::app
