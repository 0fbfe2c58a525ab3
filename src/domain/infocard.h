#pragma once

#include <QString>

#include <string>

namespace lykta::domain {

// A card for the waiting-room kiosk: no personal data, by age band and language.
struct InfoCard
{
    std::string id;
    QString title;
    QString body;
    QString picture;
    QString ageBand;  // 3-6, 7-12, 13-18
    QString language; // a KioskLanguage code: sv, sv-easy, en, ar, so, prs, ti, uk, fi
    bool published = false;
    int sortOrder = 0;
    // About danger (at home or elsewhere): the kiosk shows "call 112 if it is urgent" with it.
    bool emergency = false;
    // A draft for a native speaker to review (shipped in a new language): it cannot be
    // published, and no kiosk shows it, until someone with the content role approves it.
    bool needsReview = false;

    friend bool operator==(const InfoCard &, const InfoCard &) = default;
};

} // namespace lykta::domain
