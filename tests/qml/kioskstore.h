#pragma once

// A kiosk store as on its first start (the shipped content, and the packs in `extraContent`),
// with a staff PIN set the way `lykta --kiosk --set-pin` sets it: for the kiosk's Qt Quick
// Tests. Stops the test (qFatal) when any step fails.

#include "kioskcontentpack.h"
#include "kioskpin.h"
#include "kioskseed.h"

#include <QStringList>

#include <memory>

namespace lykta::test {

// How the shipped drafts in new languages arrive: as shipped (waiting for review, not shown),
// or as a unit has them once a native speaker approved every one.
enum class Drafts
{
    AsShipped,
    Approved,
};

inline std::unique_ptr<store::Store> firstStartKioskStore(const QString &db, const QString &pin,
                                                          const QStringList &extraContent = {},
                                                          Drafts drafts = Drafts::AsShipped)
{
    store::StoreOptions options;
    options.database.path = db.toStdString();
    auto opened = store::Store::open(options);
    if (!opened)
        qFatal("cannot open the kiosk store");
    auto pack = domain::KioskContentPack::read(QStringLiteral(":/kiosk/content"));
    if (!pack)
        qFatal("cannot read the shipped content");
    for (const QString &dir : extraContent) {
        auto extra = domain::KioskContentPack::read(dir);
        if (!extra)
            qFatal("cannot read the content in %s", qPrintable(dir));
        pack->cards.insert(pack->cards.end(), extra->cards.begin(), extra->cards.end());
    }
    if (drafts == Drafts::Approved) {
        for (domain::InfoCard &card : pack->cards) {
            card.published = true;
            card.needsReview = false;
        }
        for (domain::Helpline &line : pack->helplines) {
            for (auto &[language, text] : line.translations)
                text.draft = false;
            // As a unit has them once someone opened each address and it answered.
            for (domain::HelplineLink *link : {&line.chat, &line.web}) {
                if (!link->url.isEmpty())
                    link->verified = pack->written;
            }
        }
    }
    if (!kiosk::KioskSeed::seedIfEmpty(**opened, *pack))
        qFatal("cannot seed the kiosk store");
    if (!kiosk::KioskPin::set(kiosk::KioskPin::pathFor(db), pin))
        qFatal("cannot set the PIN");
    return std::move(*opened);
}

} // namespace lykta::test
