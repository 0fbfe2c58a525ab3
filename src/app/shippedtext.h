#pragma once

#include <QCoreApplication>
#include <QString>

namespace lykta::app {

// Words Lykta itself ships as data — the step names of the conversation models it installs
// (ConversationTemplateService::defaults) and the programme planner's suggested themes — are
// stored in Swedish, the stable key, whatever language the person used. They are translated
// only where they are shown, and only when the stored text is exactly such a shipped word;
// anything a person typed or changed is shown as typed. Each is listed in shippedtext.cpp with
// QT_TRANSLATE_NOOP, so lupdate puts it in lykta_en.ts (context "ShippedText").
class ShippedText
{
    Q_DECLARE_TR_FUNCTIONS(ShippedText)

public:
    // The text to show for a stored step name or theme, in the current language.
    static QString display(const QString &stored);
    // Whether `stored` is one of Lykta's shipped words.
    static bool isShipped(const QString &stored);
    // The planner's starting list of themes (the Swedish keys).
    static QStringList suggestedThemes();
};

} // namespace lykta::app
