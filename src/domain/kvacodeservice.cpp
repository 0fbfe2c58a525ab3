#include "kvacodeservice.h"

#include "detail.h"
#include "sync/core/uuid.h"

#include <QRegularExpression>

#include <set>

namespace lykta::domain {

using namespace detail;

namespace {

KvaCode toCode(const store::Record &r)
{
    return KvaCode{r.id,
                   qtext(r, fields::kva_code::list_version),
                   qtext(r, fields::kva_code::code),
                   qtext(r, fields::kva_code::title),
                   qtext(r, fields::kva_code::conversation_kind),
                   r.integer(fields::kva_code::retired) != 0};
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

bool isHeader(const QString &firstColumn)
{
    static const std::set<QString> kHeaders{QStringLiteral("CODE"), QStringLiteral("KOD"),
                                            QStringLiteral("KVÅ"), QStringLiteral("KVÅ-KOD")};
    return kHeaders.count(firstColumn) != 0;
}

std::vector<store::FieldValue> codeFields(const KvaCode &k)
{
    return {{fields::kva_code::list_version, text(k.listVersion)},
            {fields::kva_code::code, text(k.code)},
            {fields::kva_code::title, text(k.title)},
            {fields::kva_code::conversation_kind, text(k.conversationKind)},
            {fields::kva_code::retired, flag(k.retired)}};
}

} // namespace

bool KvaCodeService::isWellFormed(const QString &code)
{
    // KVÅ codes are two letters and three digits, e.g. DU055.
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}[0-9]{3}$"));
    return pattern.match(code).hasMatch();
}

DomainResult<std::map<QString, KvaCode>> KvaCodeService::parse(const QString &csv,
                                                               const QString &version)
{
    std::map<QString, KvaCode> parsed;
    const QStringList lines = csv.split(QRegularExpression(QStringLiteral("\\r?\\n")));
    bool first = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = splitLine(line);
        const QString code = parts.value(0).toUpper();
        const std::string where = "line " + std::to_string(i + 1);
        const bool header = first && isHeader(code);
        first = false;
        if (header)
            continue;
        if (!isWellFormed(code))
            return domainError(DomainErrc::InvalidKvaCode, where);
        if (parts.value(1).isEmpty())
            return domainError(DomainErrc::Empty, where);
        parsed[code] = KvaCode{{}, version, code, parts.at(1), parts.value(2), false};
    }
    if (parsed.empty())
        return domainError(DomainErrc::Empty, "csv");
    return parsed;
}

DomainResult<KvaImportPreview> KvaCodeService::previewCsv(const QString &csv,
                                                          const QString &listVersion) const
{
    const QString version = listVersion.trimmed();
    if (version.isEmpty())
        return domainError(DomainErrc::Empty, "list_version");
    auto parsed = parse(csv, version);
    if (!parsed)
        return parsed.error();

    KvaImportPreview preview;
    std::map<QString, KvaCode> existing;
    for (auto &c : codes(version))
        existing.emplace(c.code, std::move(c));
    for (auto &[code, k] : *parsed) {
        auto it = existing.find(code);
        if (it == existing.end()) {
            preview.added.push_back(std::move(k));
            continue;
        }
        KvaCode next = it->second;
        next.title = k.title;
        if (!k.conversationKind.isEmpty())
            next.conversationKind = k.conversationKind;
        next.retired = false;
        if (next.title != it->second.title ||
            next.conversationKind != it->second.conversationKind || it->second.retired)
            preview.changed.push_back(std::move(next));
        else
            ++preview.unchanged;
        existing.erase(it);
    }
    for (auto &[code, k] : existing) {
        if (k.retired)
            continue;
        k.retired = true;
        preview.retired.push_back(std::move(k));
    }
    return preview;
}

DomainResult<std::size_t> KvaCodeService::importCsv(const store::Actor &actor, const QString &csv,
                                                    const QString &listVersion)
{
    auto preview = previewCsv(csv, listVersion);
    if (!preview)
        return preview.error();
    std::vector<store::Change> changes;
    // A unit's code list is its own (the store sets the actor's unit).
    for (const auto &k : preview->added)
        changes.push_back(
            {store::ChangeKind::Create, "kva_code", sync::newUuidV7(), codeFields(k)});
    for (const auto &k : preview->changed)
        changes.push_back({store::ChangeKind::Update, "kva_code", k.id, codeFields(k)});
    for (const auto &k : preview->retired)
        changes.push_back({store::ChangeKind::Update,
                           "kva_code",
                           k.id,
                           {{fields::kva_code::retired, flag(true)}}});
    if (!changes.empty()) {
        if (auto w = write(m_store, actor, changes); !w)
            return w.error();
    }
    return preview->added.size() + preview->changed.size() + preview->unchanged;
}

DomainResult<bool> KvaCodeService::setKind(const store::Actor &actor, const std::string &codeId,
                                           const QString &conversationKind)
{
    if (auto r = getLive(m_store, "kva_code", codeId, "kva_code"); !r)
        return r.error();
    store::Change c{store::ChangeKind::Update,
                    "kva_code",
                    codeId,
                    {{fields::kva_code::conversation_kind, text(conversationKind.trimmed())}}};
    if (auto w = write(m_store, actor, std::span(&c, 1)); !w)
        return w.error();
    return true;
}

std::vector<KvaCode> KvaCodeService::codes(const QString &listVersion) const
{
    std::vector<store::Condition> where;
    if (!listVersion.isEmpty())
        where.push_back({fields::kva_code::list_version, text(listVersion)});
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
    if (conversationKind.trimmed().isEmpty())
        return out;
    if (auto rows =
            listLive(m_store, "kva_code",
                     {{fields::kva_code::conversation_kind, text(conversationKind)}}, "code")) {
        for (const auto &r : *rows)
            if (r.integer(fields::kva_code::retired) == 0)
                out.push_back(toCode(r));
    }
    return out;
}

bool KvaCodeService::isKnown(const QString &code) const
{
    auto rows =
        listLive(m_store, "kva_code", {{fields::kva_code::code, text(code.trimmed().toUpper())}});
    if (!rows)
        return false;
    return std::any_of(rows->begin(), rows->end(), [](const store::Record &r) {
        return r.integer(fields::kva_code::retired) == 0;
    });
}

std::vector<QString> KvaCodeService::listVersions() const
{
    std::set<QString> versions;
    for (const auto &c : codes())
        versions.insert(c.listVersion);
    return {versions.begin(), versions.end()};
}

} // namespace lykta::domain
