#pragma once

#include "helpline.h"
#include "infocard.h"
#include "sync/core/result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace lykta::domain {

// The kiosk's content as files: one `cards.<language>.json` per language and one
// `helplines.json` (format in src/kiosk/content/README.md). Lykta ships its first set this
// way; the kiosk loads it into an empty store and an admin installs it for a unit with
// `lykta-content install`. Reading checks what KioskContentService checks, plus ids that
// are UUIDs and unique, so a bad file is refused whole before anything is written.
struct KioskContentPack
{
    QDate written; // the set's date: shipped values are older than any edit made after it
    std::vector<InfoCard> cards;
    std::vector<Helpline> helplines;

    // Every cards.*.json and helplines.json in `dir` (a folder or a ":/" resource path).
    // The error names the file and what is wrong, for admins and logs (not translated).
    static Result<KioskContentPack, QString> read(const QString &dir);
};

} // namespace lykta::domain
