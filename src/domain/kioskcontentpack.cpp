#include "kioskcontentpack.h"

#include "kioskcontentservice.h"
#include "kiosklanguage.h"
#include "sync/core/uuid.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <set>

namespace lykta::domain {

namespace {

constexpr qsizetype kMaxFileBytes = 4 * 1024 * 1024;

Result<QJsonObject, QString> readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return path + QStringLiteral(": cannot read");
    if (file.size() > kMaxFileBytes)
        return path + QStringLiteral(": larger than 4 MiB");
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return path + QStringLiteral(": not a JSON object (") + error.errorString() +
               QStringLiteral(" at byte ") + QString::number(error.offset) + ')';
    return doc.object();
}

// A body is text, or an array of paragraphs (easier to write and review), joined by a blank
// line.
QString bodyText(const QJsonValue &v)
{
    if (!v.isArray())
        return v.toString();
    QStringList paragraphs;
    for (const QJsonValue &p : v.toArray())
        paragraphs << p.toString();
    return paragraphs.join(QStringLiteral("\n\n"));
}

bool isPictureName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{0,64}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

Result<KioskContentPack, QString> KioskContentPack::read(const QString &dir)
{
    KioskContentPack pack;
    std::set<std::string> ids;
    const auto newId = [&](const QJsonObject &o,
                           const QString &where) -> Result<std::string, QString> {
        const std::string id = o.value(QStringLiteral("id")).toString().toStdString();
        if (!sync::isUuid(id))
            return where + QStringLiteral(": id is not a UUID");
        if (!ids.insert(id).second)
            return where + QStringLiteral(": id used twice");
        return id;
    };

    const QStringList cardFiles =
        QDir(dir).entryList({QStringLiteral("cards.*.json")}, QDir::Files, QDir::Name);
    if (cardFiles.isEmpty())
        return dir + QStringLiteral(": no cards.<language>.json");
    for (const QString &name : cardFiles) {
        const QString path = dir + '/' + name;
        auto object = readObject(path);
        if (!object)
            return object.error();
        const QJsonObject &o = *object;
        if (o.value(QStringLiteral("format")).toString() != QLatin1String("lykta-kiosk-cards/1"))
            return path + QStringLiteral(": format is not lykta-kiosk-cards/1");
        const QString language = o.value(QStringLiteral("language")).toString();
        if (language.isEmpty() || name != QStringLiteral("cards.%1.json").arg(language))
            return path + QStringLiteral(": language must match the file name");
        const QDate written =
            QDate::fromString(o.value(QStringLiteral("written")).toString(), Qt::ISODate);
        if (!written.isValid())
            return path + QStringLiteral(": written is not an ISO date");
        pack.written = std::max(pack.written, written);
        // "review": "native-speaker": the whole file is a draft Lykta wrote in a language no
        // one on the team speaks natively; each card waits for a reviewer (InfoCard::needsReview).
        const QJsonValue review = o.value(QStringLiteral("review"));
        if (!review.isUndefined() && review.toString() != QLatin1String("native-speaker"))
            return path + QStringLiteral(": review is \"native-speaker\" or absent");
        const bool draft = !review.isUndefined();
        int n = 0;
        for (const QJsonValue &v : o.value(QStringLiteral("cards")).toArray()) {
            const QString where = QStringLiteral("%1: card %2").arg(path).arg(++n);
            const QJsonObject c = v.toObject();
            auto id = newId(c, where);
            if (!id)
                return id.error();
            InfoCard card;
            card.id = *id;
            card.title = c.value(QStringLiteral("title")).toString().trimmed();
            card.body = bodyText(c.value(QStringLiteral("body")));
            card.picture = c.value(QStringLiteral("picture")).toString();
            card.ageBand = c.value(QStringLiteral("band")).toString();
            card.language = language;
            card.published = c.value(QStringLiteral("published")).toBool(true);
            card.sortOrder = c.value(QStringLiteral("order")).toInt();
            card.emergency = c.value(QStringLiteral("emergency")).toBool(false);
            card.needsReview = draft;
            card.published = card.published && !draft;
            if (card.title.isEmpty() || card.body.trimmed().isEmpty())
                return where + QStringLiteral(": title and body are required");
            if (!KioskContentService::isAgeBand(card.ageBand))
                return where + QStringLiteral(": band must be 3-6, 7-12 or 13-18");
            if (!isPictureName(card.picture))
                return where +
                       QStringLiteral(": picture is a name of lowercase letters, digits, -");
            pack.cards.push_back(std::move(card));
        }
        if (n == 0)
            return path + QStringLiteral(": no cards");
    }

    const QString helplinePath = dir + QStringLiteral("/helplines.json");
    if (QFile::exists(helplinePath)) {
        auto object = readObject(helplinePath);
        if (!object)
            return object.error();
        if (object->value(QStringLiteral("format")).toString() !=
            QLatin1String("lykta-kiosk-helplines/1"))
            return helplinePath + QStringLiteral(": format is not lykta-kiosk-helplines/1");
        int n = 0;
        for (const QJsonValue &v : object->value(QStringLiteral("helplines")).toArray()) {
            const QString where = QStringLiteral("%1: helpline %2").arg(helplinePath).arg(++n);
            const QJsonObject h = v.toObject();
            auto id = newId(h, where);
            if (!id)
                return id.error();
            Helpline line;
            line.id = *id;
            line.name = h.value(QStringLiteral("name")).toString().trimmed();
            line.number = h.value(QStringLiteral("number")).toString().trimmed();
            line.hours = h.value(QStringLiteral("hours")).toString();
            line.audience = h.value(QStringLiteral("audience")).toString();
            line.lastVerified =
                QDate::fromString(h.value(QStringLiteral("lastVerified")).toString(), Qt::ISODate);
            const QJsonObject translations = h.value(QStringLiteral("translations")).toObject();
            for (auto it = translations.begin(); it != translations.end(); ++it) {
                if (it.key() == KioskLanguage::fallback() || !KioskLanguage::isKnown(it.key()))
                    return where + QStringLiteral(": no content language ") + it.key();
                const QJsonObject t = it.value().toObject();
                line.translations[it.key()] = {
                    t.value(QStringLiteral("name")).toString().trimmed(),
                    t.value(QStringLiteral("hours")).toString().trimmed(),
                    t.value(QStringLiteral("audience")).toString().trimmed(),
                    t.value(QStringLiteral("review")).toString() ==
                        QLatin1String("native-speaker")};
            }
            // A chat or web page: {"url": "https://…", "verified": "YYYY-MM-DD" or null}.
            const auto link = [&](const char *key) {
                const QJsonObject l = h.value(QLatin1String(key)).toObject();
                return HelplineLink{
                    l.value(QStringLiteral("url")).toString().trimmed(),
                    QDate::fromString(l.value(QStringLiteral("verified")).toString(), Qt::ISODate)};
            };
            line.chat = link("chat");
            line.web = link("web");
            if (line.name.isEmpty() ||
                (line.number.isEmpty() && line.chat.url.isEmpty() && line.web.url.isEmpty()))
                return where + QStringLiteral(": a name, and a number, chat or web, are required");
            if (!line.number.isEmpty() && !line.lastVerified.isValid())
                return where + QStringLiteral(": lastVerified is not an ISO date");
            pack.helplines.push_back(std::move(line));
        }
    }
    return pack;
}

} // namespace lykta::domain
