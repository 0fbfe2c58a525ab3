// lykta-content: for staff with the content role, to install, write, preview and publish the
// kiosk's cards in their own (enrolled) store; `lykta-sync sync` then sends the change to the
// server, and every kiosk of the unit has it on its next sync. No screen needed.
#include "clistore.h"
#include "kioskcontentpack.h"
#include "kioskcontentservice.h"
#include "storereplica.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <map>

using namespace lykta;

namespace {

constexpr const char *kUsage =
    "usage (PATH is an enrolled staff store whose staff member has the content role;\n"
    "       see lykta-sync enroll):\n"
    "  lykta-content install   --database PATH [--dir DIR]   (Lykta's shipped set by default)\n"
    "  lykta-content list      --database PATH\n"
    "  lykta-content show      --database PATH --card ID     (the card as the kiosk shows it)\n"
    "  lykta-content add       --database PATH --band 3-6|7-12|13-18 --lang CODE --title T\n"
    "                          --body TEXT [--picture NAME] [--order N]\n"
    "  lykta-content edit      --database PATH --card ID [--title T] [--body TEXT]\n"
    "                          [--picture NAME] [--band B] [--lang CODE] [--order N]\n"
    "  lykta-content publish   --database PATH --card ID\n"
    "  lykta-content unpublish --database PATH --card ID\n"
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
    const QString hint = e.code == domain::DomainErrc::NotPermitted
                             ? QStringLiteral(" (this store's staff member does not have the "
                                              "content role here; lykta-sync sync if it was given)")
                             : QString();
    return fail(QStringLiteral("refused: %1 %2%3")
                    .arg(domain::toString(e.code), QString::fromStdString(e.field), hint));
}

void printCard(const domain::InfoCard &c)
{
    std::printf("%s\t%s\t%s\t%s\t%d\t%s\n", c.id.c_str(), c.published ? "published" : "draft",
                qPrintable(c.language), qPrintable(c.ageBand), c.sortOrder, qPrintable(c.title));
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
    for (qsizetype i = 2; i < args.size(); ++i) {
        if (!args.at(i).startsWith(QLatin1String("--")) || i + 1 >= args.size())
            return usage();
        o[args.at(i).mid(2)] = args.at(i + 1);
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

    const std::string id = get("card").toStdString();
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
    if (command == QLatin1String("publish") || command == QLatin1String("unpublish")) {
        if (auto r = content.setPublished(actor, id, command == QLatin1String("publish")); !r)
            return fail(r.error());
        return 0;
    }
    return usage();
}
