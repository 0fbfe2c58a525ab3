#pragma once

#include "store/store.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace lykta::app {

// One search hit as a person sees it and opens it: what it is, about whom, its date and
// author, the page that shows the record with that page's properties, and where in which
// field the match is. Read on the ReadWorker's thread, from its own connection.
struct SearchTarget
{
    Q_DECLARE_TR_FUNCTIONS(SearchTarget)

public:
    QString kindWords;    // "Samtal", "Anteckning i ärendet: Hembesök", ...
    QString about;        // the child's, family's or group's name
    QString date;         // ISO date; empty for a child
    QString author;       // the staff member's name
    QString page;         // conversation, caseNote, session, child, family, group
    QVariantMap args;     // the page's properties
    QString matchField;   // the field the first matched word is in (e.g. child_view, body)
    int matchOffset = -1; // where in that field's text; -1 when not found (a personnummer)
    int matchLength = 0;

    // `words` are the searched words, lower-case; a field matches where a word of its text
    // starts with one of them, as the full-text index matches.
    static SearchTarget read(store::Store &store, const store::SearchHit &hit,
                             const QStringList &words);
    static QStringList words(const QString &query);
    // Where in `text` the first word starts with one of `words` (lower-case); -1 when none
    // does. `length` gets the matched word's length.
    static int matchAt(const QString &text, const QStringList &words, int *length = nullptr);
    // Whether every one of `words` starts a word of `text`: a page's own filter over its notes.
    static bool matchesAll(const QString &text, const QStringList &words);

private:
    void readNote(store::Store &store, const store::Record &note);
    void readConversation(store::Store &store, const store::Record &conversation);
    void findMatch(const store::Record &record, std::initializer_list<store::Field> fields,
                   const QStringList &words);
};

} // namespace lykta::app
