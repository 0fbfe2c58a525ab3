#include "shippedtext.h"

#include <QStringList>

#include <algorithm>
#include <iterator>

namespace lykta::app {

namespace {

// The step names of ConversationTemplateService::defaults(); tst_shippedtext checks that
// every one is here, so a renamed default step cannot silently lose its translation.
constexpr const char *kStepNames[] = {
    QT_TRANSLATE_NOOP("ShippedText", "Inledande samtal med förälder och barn"),
    QT_TRANSLATE_NOOP("ShippedText", "Samtal med barnet"),
    QT_TRANSLATE_NOOP("ShippedText", "Uppföljning med barn och förälder"),
    QT_TRANSLATE_NOOP("ShippedText", "Första samtalet med föräldern"),
    QT_TRANSLATE_NOOP("ShippedText", "Andra samtalet med föräldern"),
    QT_TRANSLATE_NOOP("ShippedText", "Nätverksmöte"),
    QT_TRANSLATE_NOOP("ShippedText", "Föräldrasamtal 1"),
    QT_TRANSLATE_NOOP("ShippedText", "Föräldrasamtal 2"),
    QT_TRANSLATE_NOOP("ShippedText", "Barnsamtal"),
    QT_TRANSLATE_NOOP("ShippedText", "Föräldrasamtal 3"),
    QT_TRANSLATE_NOOP("ShippedText", "Familjemöte"),
    QT_TRANSLATE_NOOP("ShippedText", "Uppföljning 1"),
    QT_TRANSLATE_NOOP("ShippedText", "Uppföljning 2"),
};

//: A starting list of themes for a support group for children of parents with addiction,
//: mental illness or serious illness; the leader edits it before planning.
constexpr const char *kThemes[] = {
    QT_TRANSLATE_NOOP("ShippedText", "Vi lär känna varandra"),
    QT_TRANSLATE_NOOP("ShippedText", "Känslor"),
    QT_TRANSLATE_NOOP("ShippedText", "Min familj"),
    QT_TRANSLATE_NOOP("ShippedText", "Vad är sjukdom och beroende?"),
    QT_TRANSLATE_NOOP("ShippedText", "Hemligheter och skam"),
    QT_TRANSLATE_NOOP("ShippedText", "Att prata med en vuxen"),
    QT_TRANSLATE_NOOP("ShippedText", "Mina styrkor"),
    QT_TRANSLATE_NOOP("ShippedText", "Avslutning"),
};

template <std::size_t N>
bool listed(const char *const (&words)[N], const QString &text)
{
    return std::any_of(std::begin(words), std::end(words),
                       [&](const char *word) { return text == QString::fromUtf8(word); });
}

} // namespace

bool ShippedText::isShipped(const QString &stored)
{
    return listed(kStepNames, stored) || listed(kThemes, stored);
}

QString ShippedText::display(const QString &stored)
{
    return isShipped(stored) ? tr(stored.toUtf8().constData()) : stored;
}

QStringList ShippedText::suggestedThemes()
{
    QStringList themes;
    for (const char *theme : kThemes)
        themes << QString::fromUtf8(theme);
    return themes;
}

} // namespace lykta::app
