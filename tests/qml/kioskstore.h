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

inline std::unique_ptr<store::Store> firstStartKioskStore(const QString &db, const QString &pin,
                                                          const QStringList &extraContent = {})
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
    if (!kiosk::KioskSeed::seedIfEmpty(**opened, *pack))
        qFatal("cannot seed the kiosk store");
    if (!kiosk::KioskPin::set(kiosk::KioskPin::pathFor(db), pin))
        qFatal("cannot set the PIN");
    return std::move(*opened);
}

} // namespace lykta::test
