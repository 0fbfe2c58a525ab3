#include "helpline.h"

namespace lykta::domain {

HelplineText Helpline::textIn(const QString &language) const
{
    HelplineText out{name, hours, audience};
    const auto it = translations.find(language);
    if (it == translations.end() || it->second.draft)
        return out;
    const auto pick = [](const QString &translated, QString &shown) {
        if (!translated.trimmed().isEmpty())
            shown = translated;
    };
    pick(it->second.name, out.name);
    pick(it->second.hours, out.hours);
    pick(it->second.audience, out.audience);
    return out;
}

} // namespace lykta::domain
