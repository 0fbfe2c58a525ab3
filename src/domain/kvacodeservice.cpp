#include "kvacodeservice.h"

#include "detail.h"
#include "sync/core/uuid.h"

#include <QRegularExpression>

#include <map>

namespace lykta::domain {

using namespace detail;

namespace {

KvaCode toCode(const store::Record &r)
{
    return KvaCode{r.id, qtext(r, "list_version"), qtext(r, "code"), qtext(r, "title"),
                   qtext(r, "conversation_kind")};
}

QStringList splitLine(const QString &line)
{
    const QChar sep = line.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    QStringList parts = line.split(sep);
    for (QString &p : parts) {
        p = p.trimmed();
        if (p.size() >= 2 && p.startsWith(QLatin1Char('"')) && p.endsWith(QLatin1Char('"')))
            p = p.mid(1, p.size() - 2).trimmed();
    }
    return parts;
}

} // namespace

bool KvaCodeService::isWellFormed(const QString &code)
{
    // KVÅ codes are two letters and three digits, e.g. DU055.
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}[0-9]{3}$"));
    return pattern.match(code).hasMatch();
}

DomainResult<std::size_t> KvaCodeService::importCsv(const store::Actor &actor, const QString &csv,
                                                    const QString &listVersion)
{
    const QString version = listVersion.trimmed();
    if (version.isEmpty())
        return domainError(DomainErrc::Empty, "list_version");

    std::map<QString, KvaCode> parsed;
    const QStringList lines = csv.split(QRegularExpression(QStringLiteral("\\r?\\n")));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = splitLine(line);
        const QString code = parts.value(0).toUpper();
        const std::string where = "line " + std::to_string(i + 1);
        if (i == 0 && !isWellFormed(code) && code == QLatin1String("CODE"))
            continue; // a header line
        if (!isWellFormed(code))
            return domainError(DomainErrc::InvalidKvaCode, where);
        if (parts.size() < 3 || parts.at(2).isEmpty())
            return domainError(DomainErrc::Empty, where);
        parsed[code] = KvaCode{{}, version, code, parts.at(1), parts.at(2)};
    }
    if (parsed.empty())
        return domainError(DomainErrc::Empty, "csv");

    std::map<QString, std::string> existing; // code -> id in this version
    for (const auto &c : codes(version))
        existing[c.code] = c.id;

    std::vector<store::Change> changes;
    for (const auto &[code, k] : parsed) {
        std::vector<store::FieldValue> fields{{"list_version", text(version)},
                                              {"code", text(code)},
                                              {"title", text(k.title)},
                                              {"conversation_kind", text(k.conversationKind)}};
        if (auto it = existing.find(code); it != existing.end()) {
            changes.push_back({store::ChangeKind::Update, "kva_code", it->second, fields});
            existing.erase(it);
        } else {
            // A unit's code list is its own (the store sets the actor's unit).
            changes.push_back({store::ChangeKind::Create, "kva_code", sync::newUuidV7(), fields});
        }
    }
    for (const auto &[code, id] : existing)
        changes.push_back({store::ChangeKind::Delete, "kva_code", id, {}});
    if (auto w = write(m_store, actor, changes); !w)
        return w.error();
    return parsed.size();
}

std::vector<KvaCode> KvaCodeService::codes(const QString &listVersion) const
{
    std::vector<store::Condition> where;
    if (!listVersion.isEmpty())
        where.push_back({"list_version", text(listVersion)});
    std::vector<KvaCode> out;
    if (auto rows = listLive(m_store, "kva_code", where, "code")) {
        for (const auto &r : *rows)
            out.push_back(toCode(r));
    }
    return out;
}

std::vector<KvaCode> KvaCodeService::codesForKind(const QString &conversationKind) const
{
    std::vector<KvaCode> out;
    if (auto rows = listLive(m_store, "kva_code", {{"conversation_kind", text(conversationKind)}},
                             "code")) {
        for (const auto &r : *rows)
            out.push_back(toCode(r));
    }
    return out;
}

bool KvaCodeService::isKnown(const QString &code) const
{
    auto rows = listLive(m_store, "kva_code", {{"code", text(code.trimmed().toUpper())}});
    return rows && !rows->empty();
}

} // namespace lykta::domain
