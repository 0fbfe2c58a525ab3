#include "csv.h"

namespace lykta::followup {

QString CsvWriter::quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\r')) && !field.contains(QLatin1Char('\n')))
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

CsvWriter &CsvWriter::row(const std::vector<Field> &fields)
{
    QStringList out;
    for (const auto &f : fields) {
        QString text = f.text;
        if (!f.number && !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
            text.prepend(QLatin1Char('\''));
        out << quoted(text);
    }
    m_bytes += out.join(QLatin1Char(',')).toUtf8();
    m_bytes += "\r\n";
    return *this;
}

CsvWriter &CsvWriter::row(const QStringList &texts)
{
    std::vector<Field> fields;
    for (const auto &t : texts)
        fields.push_back({t, false});
    return row(fields);
}

CsvTable parseCsv(const QByteArray &utf8)
{
    CsvTable table;
    const QString text = QString::fromUtf8(utf8);
    if (text.toUtf8() != utf8) {
        table.error = QStringLiteral("not UTF-8");
        return table;
    }
    QStringList record;
    QString field;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto fail = [&](const QString &why) {
        table.error = QStringLiteral("line %1: %2").arg(line).arg(why);
        table.rows.clear();
        return table;
    };
    while (i < n) {
        // One field.
        if (text[i] == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(QStringLiteral("unclosed quote"));
                if (text[i] == QLatin1Char('"')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (text[i] == QLatin1Char('\n'))
                    ++line;
                field += text[i++];
            }
        } else {
            while (i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\r') &&
                   text[i] != QLatin1Char('\n')) {
                if (text[i] == QLatin1Char('"'))
                    return fail(QStringLiteral("quote inside an unquoted field"));
                field += text[i++];
            }
        }
        record << field;
        field.clear();
        if (i >= n)
            return fail(QStringLiteral("the last record has no CRLF"));
        if (text[i] == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (text[i] != QLatin1Char('\r') || i + 1 >= n || text[i + 1] != QLatin1Char('\n'))
            return fail(QStringLiteral("a record must end with CRLF"));
        i += 2;
        if (!table.rows.empty() && record.size() != table.rows.front().size())
            return fail(QStringLiteral("%1 fields, the header has %2")
                            .arg(record.size())
                            .arg(table.rows.front().size()));
        table.rows.push_back(record);
        record.clear();
        ++line;
    }
    if (table.rows.empty())
        return fail(QStringLiteral("no header"));
    return table;
}

} // namespace lykta::followup
