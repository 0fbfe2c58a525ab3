#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace lykta::followup {

// Writing CSV as RFC 4180 says: UTF-8, comma-separated, CRLF after every record (the
// header too), a field quoted when it holds a comma, quote, CR or LF, quotes doubled.
// Text fields that a spreadsheet would run as a formula (=, +, -, @ first) get a leading
// apostrophe; numbers are written as numbers.
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList &header) { row(header); }

    // A text field (guarded against formulas) or a number already formatted as text.
    struct Field
    {
        QString text;
        bool number = false;
    };
    CsvWriter &row(const std::vector<Field> &fields);
    CsvWriter &row(const QStringList &texts);

    QByteArray bytes() const { return m_bytes; }

    static QString quoted(const QString &field);

private:
    QByteArray m_bytes;
};

// Parses RFC 4180 text strictly: every record must have the header's field count, quotes
// must be closed and only doubled inside a quoted field. An error names the line. Used by
// the tests and by anyone checking an export before sending it on.
struct CsvTable
{
    std::vector<QStringList> rows; // the header first
    QString error;                 // empty when the text is valid
};
CsvTable parseCsv(const QByteArray &utf8);

} // namespace lykta::followup
