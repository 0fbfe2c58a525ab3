// lykta-content: for staff with the content role, to install, write, preview, publish and
// approve the kiosk's cards, check and approve its helplines and set its idle times in their
// own (enrolled) store; `lykta-sync sync` then sends the change to the server, and every kiosk
// of the unit has it on its next sync. No screen needed.
#include "clistore.h"
#include "kioskcontentpack.h"
#include "kioskcontentservice.h"
#include "kiosklanguage.h"
#include "storereplica.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <cstdio>
#include <map>

using namespace lykta;

namespace {

constexpr const char *kUsage =
    "usage (PATH is an enrolled staff store whose staff member has the content role;\n"
    "       see lykta-sync enroll):\n"
    "  lykta-content install   --database PATH [--dir DIR]   (Lykta's shipped set by default)\n"
    "  lykta-content list      --database PATH               (id, published|draft|review, lang,\n"
    "                          band, order, title; review: a draft for a native speaker)\n"
    "  lykta-content show      --database PATH --card ID     (the card as the kiosk shows it)\n"
    "  lykta-content add       --database PATH --band 3-6|7-12|13-18 --lang CODE --title T\n"
    "                          --body TEXT [--picture NAME] [--order N]\n"
    "  lykta-content edit      --database PATH --card ID [--title T] [--body TEXT]\n"
    "                          [--picture NAME] [--band B] [--lang CODE] [--order N]\n"
    "  lykta-content publish   --database PATH --card ID     (not a draft to review: approve)\n"
    "  lykta-content unpublish --database PATH --card ID\n"
    "  lykta-content approve   --database PATH --card ID     (a native speaker has read and\n"
    "                          corrected the draft: no longer a draft, and published)\n"
    "  lykta-content helplines --database PATH               (each with its checks and the\n"
    "                          languages whose texts wait for review)\n"
    "  lykta-content approve-helpline --database PATH --helpline ID --lang CODE\n"
    "                          (a native speaker has read its texts in that language)\n"
    "  lykta-content verify    --database PATH --helpline ID [--chat|--web]\n"
    "                          [--date YYYY-MM-DD]   (the number, or the chat or web page,\n"
    "                          answered that day; today by default)\n"
    "  lykta-content settings  --database PATH [--start S] [--cards S] [--card S]\n"
    "                          [--helplines S]   (seconds a kiosk waits before it starts\n"
    "                          over, per page, 15..1800; without options: the current ones)\n"
    "The ID may also come right after the command: lykta-content approve ID --database PATH.\n"
    "Changes reach the server with `lykta-sync sync --database PATH`.\n"
    "exit codes: 0 done, 1 error, 2 usage\n";

const QString kShippedContent = QStringLiteral(":/kiosk/content");

int usage()
{
    std::fputs(kUsage, stderr);
    return 2;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "lykta-content: %s\n", qPrintable(what));
    return 1;
}

int fail(const domain::DomainError &e)
{
    QString hint;
    if (e.code == domain::DomainErrc::NotPermitted && e.field == "needs_review")
        hint = QStringLiteral(" (a draft for a native speaker to review: lykta-content approve "
                              "once someone has)");
    else if (e.code == domain::DomainErrc::NotPermitted)
        hint = QStringLiteral(" (this store's staff member does not have the content role here; "
                              "lykta-sync sync if it was given)");
    else if (e.code == domain::DomainErrc::OutOfRange && e.field.starts_with("idle_"))
        hint = QStringLiteral(" (%1..%2 seconds)")
                   .arg(domain::KioskSettings::kMinSeconds)
                   .arg(domain::KioskSettings::kMaxSeconds);
    return fail(QStringLiteral("refused: %1 %2%3")
                    .arg(domain::toString(e.code), QString::fromStdString(e.field), hint));
}

void printCard(const domain::InfoCard &c)
{
    const char *state = c.needsReview ? "review" : c.published ? "published" : "draft";
    std::printf("%s\t%s\t%s\t%s\t%d\t%s\n", c.id.c_str(), state, qPrintable(c.language),
                qPrintable(c.ageBand), c.sortOrder, qPrintable(c.title));
}

// "checked 2026-11-22", or that no kiosk shows the address yet.
QString checked(const QDate &day)
{
    return day.isValid() ? QStringLiteral("checked ") + day.toString(Qt::ISODate)
                         : QStringLiteral("not checked (no kiosk shows it)");
}

void printHelpline(const domain::Helpline &h)
{
    std::printf("%s\t%s\n", h.id.c_str(), qPrintable(h.name));
    if (!h.number.isEmpty())
        std::printf("  phone  %s, %s\n", qPrintable(h.number), qPrintable(checked(h.lastVerified)));
    if (!h.chat.url.isEmpty())
        std::printf("  chat   %s, %s\n", qPrintable(h.chat.url),
                    qPrintable(checked(h.chat.verified)));
    if (!h.web.url.isEmpty())
        std::printf("  web    %s, %s\n", qPrintable(h.web.url),
                    qPrintable(checked(h.web.verified)));
    QStringList languages{domain::KioskLanguage::fallback()};
    for (const domain::KioskLanguage &l : domain::KioskLanguage::all()) {
        const auto it = h.translations.find(QString::fromUtf8(l.code));
        if (it != h.translations.end())
            languages << it->first + (it->second.draft ? QStringLiteral(" (review)") : QString());
    }
    std::printf("  texts  %s\n", qPrintable(languages.join(QStringLiteral(", "))));
}

void printSettings(const domain::KioskSettings &s)
{
    std::printf("start\t%d\ncards\t%d\ncard\t%d\nhelplines\t%d\n", s.idleStartSeconds,
                s.idleCardsSeconds, s.idleCardSeconds, s.idleHelplinesSeconds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return usage();
    const QString command = args.at(1);
    std::map<QString, QString> o;
    // The ID of the card or helpline may come first, without its option.
    qsizetype first = 2;
    QString positional;
    if (args.size() > 2 && !args.at(2).startsWith(QLatin1String("--"))) {
        positional = args.at(2);
        first = 3;
    }
    for (qsizetype i = first; i < args.size(); ++i) {
        const QString key = args.at(i).mid(2);
        if (args.at(i).startsWith(QLatin1String("--")) &&
            (key == QLatin1String("chat") || key == QLatin1String("web"))) {
            o[key] = QStringLiteral("yes"); // a switch, without a value
            continue;
        }
        if (!args.at(i).startsWith(QLatin1String("--")) || i + 1 >= args.size())
            return usage();
        o[key] = args.at(i + 1);
        ++i;
    }
    const auto get = [&](const char *key) {
        auto it = o.find(QString::fromLatin1(key));
        return it == o.end() ? QString() : it->second;
    };
    if (get("database").isEmpty())
        return usage();

    // Who acts: the staff member the store is enrolled for, in the unit the kiosks show.
    const std::string database = get("database").toStdString();
    if (!syncctl::Enrollment::exists(syncctl::Enrollment::pathFor(database)))
        return fail(QStringLiteral("not enrolled as a staff device (lykta-sync enroll first)"));
    auto opened = syncctl::openCliStore(database); // asks for the passphrase if encrypted
    if (!opened)
        return fail(QStringLiteral("cannot open the store: ") +
                    QString::fromStdString(opened.error()));
    // The enrollment's token and who it names open only with the store's key.
    const auto enrollment = syncctl::loadEnrollment(opened->options);
    if (!enrollment)
        return fail(QStringLiteral("the enrollment cannot be used: ") +
                    QString::fromLatin1(syncctl::toString(enrollment.error().code)));
    if (enrollment->kind != "staff" || enrollment->staffId.empty())
        return fail(QStringLiteral("not enrolled as a staff device (lykta-sync enroll first)"));
    const std::string unit =
        QString::fromStdString(enrollment->units).section(',', 0, 0).toStdString();
    const store::Actor actor{enrollment->staffId, unit};
    domain::KioskContentService content(*opened->store);

    if (command == QLatin1String("install")) {
        const QString dir = get("dir").isEmpty() ? kShippedContent : get("dir");
        auto pack = domain::KioskContentPack::read(dir);
        if (!pack)
            return fail(pack.error());
        auto installed = content.install(actor, *pack);
        if (!installed)
            return fail(installed.error());
        std::printf("%d new cards and helplines\n", *installed);
        return 0;
    }
    if (command == QLatin1String("list")) {
        for (const auto &card : content.cards())
            printCard(card);
        return 0;
    }
    if (command == QLatin1String("helplines")) {
        for (const auto &line : content.helplines())
            printHelpline(line);
        return 0;
    }
    if (command == QLatin1String("settings")) {
        domain::KioskSettings settings = content.settings(unit);
        bool changed = false;
        for (const auto &[key, seconds] :
             {std::pair<const char *, int *>{"start", &settings.idleStartSeconds},
              {"cards", &settings.idleCardsSeconds},
              {"card", &settings.idleCardSeconds},
              {"helplines", &settings.idleHelplinesSeconds}}) {
            if (!o.contains(QString::fromLatin1(key)))
                continue;
            bool number = false;
            *seconds = get(key).toInt(&number);
            if (!number)
                return fail(QStringLiteral("--%1 takes whole seconds").arg(QLatin1String(key)));
            changed = true;
        }
        if (changed) {
            if (auto r = content.setSettings(actor, settings); !r)
                return fail(r.error());
        }
        printSettings(content.settings(unit));
        return 0;
    }
    if (command == QLatin1String("approve-helpline") || command == QLatin1String("verify")) {
        const std::string line =
            (o.contains(QStringLiteral("helpline")) ? get("helpline") : positional).toStdString();
        if (line.empty())
            return usage();
        if (command == QLatin1String("approve-helpline")) {
            if (get("lang").isEmpty())
                return usage();
            if (auto r = content.approveTranslation(actor, line, get("lang")); !r)
                return fail(r.error());
            return 0;
        }
        if (o.contains(QStringLiteral("chat")) && o.contains(QStringLiteral("web")))
            return usage();
        const auto contact = o.contains(QStringLiteral("chat"))  ? domain::HelplineContact::Chat
                             : o.contains(QStringLiteral("web")) ? domain::HelplineContact::Web
                                                                 : domain::HelplineContact::Phone;
        QDate day = QDate::currentDate();
        if (o.contains(QStringLiteral("date"))) {
            day = QDate::fromString(get("date"), Qt::ISODate);
            if (!day.isValid())
                return fail(QStringLiteral("--date is YYYY-MM-DD"));
        }
        if (auto r = content.markVerified(actor, line, day, contact); !r)
            return fail(r.error());
        return 0;
    }
    if (command == QLatin1String("add")) {
        domain::InfoCard card;
        card.title = get("title");
        card.body = get("body").replace(QLatin1String("\\n"), QLatin1String("\n"));
        card.picture = get("picture");
        card.ageBand = get("band");
        card.language = get("lang");
        card.sortOrder = get("order").toInt();
        auto id = content.addCard(actor, card);
        if (!id)
            return fail(id.error());
        std::printf("%s\n", id->c_str());
        return 0;
    }

    const std::string id =
        (o.contains(QStringLiteral("card")) ? get("card") : positional).toStdString();
    if (id.empty())
        return usage();
    auto card = content.card(id);
    if (!card)
        return fail(QStringLiteral("no card ") + get("card"));
    if (command == QLatin1String("show")) {
        printCard(*card);
        std::printf("picture: %s\n\n%s\n\n%s\n", qPrintable(card->picture), qPrintable(card->title),
                    qPrintable(card->body));
        return 0;
    }
    if (command == QLatin1String("edit")) {
        const auto set = [&](const char *key, QString &field) {
            if (o.contains(QString::fromLatin1(key)))
                field = get(key);
        };
        set("title", card->title);
        set("body", card->body);
        card->body.replace(QLatin1String("\\n"), QLatin1String("\n"));
        set("picture", card->picture);
        set("band", card->ageBand);
        set("lang", card->language);
        if (o.contains(QStringLiteral("order")))
            card->sortOrder = get("order").toInt();
        if (auto r = content.updateCard(actor, *card); !r)
            return fail(r.error());
        return 0;
    }
    if (command == QLatin1String("approve")) {
        if (auto r = content.approve(actor, id); !r)
            return fail(r.error());
        return 0;
    }
    if (command == QLatin1String("publish") || command == QLatin1String("unpublish")) {
        if (auto r = content.setPublished(actor, id, command == QLatin1String("publish")); !r)
            return fail(r.error());
        return 0;
    }
    return usage();
}
