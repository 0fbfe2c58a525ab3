#include "placetext.h"

#include <QLocale>

namespace lykta::app {

QString PlaceText::of(const domain::FieldPlace &place)
{
    const QString day =
        place.date.isValid() ? QLocale().toString(place.date, QStringLiteral("d MMMM")) : QString();
    const auto withDay = [&](const QString &withDate, const QString &without) {
        return day.isEmpty() ? without : withDate.arg(day);
    };
    const std::string &entity = place.entity;
    if (entity == "note") {
        if (place.subjectEntity == "conversation")
            return withDay(tr("Anteckning i samtal %1"), tr("Anteckning i ett samtal"));
        if (place.subjectEntity == "group_session")
            return withDay(tr("Anteckning från gruppträff %1"),
                           tr("Anteckning från en gruppträff"));
        return withDay(tr("Anteckning %1"), tr("Anteckning"));
    }
    if (entity == "conversation") {
        const std::string &f = place.field;
        const QString section = f == "wants_to_know"       ? tr("Vad vill barnet veta?")
                                : f == "information_given" ? tr("Information som gavs")
                                : f == "child_view" ? tr("Barnets egen berättelse, med barnets ord")
                                : f == "advice"     ? tr("Råd")
                                : f == "support_agreed" ? tr("Stöd som vi kom överens om")
                                : f == "next_step"      ? tr("Nästa steg")
                                                        : tr("Text");
        //: %1 is a section of a conversation record, %2 the conversation's date
        return day.isEmpty() ? tr("%1 i ett samtal").arg(section)
                             : tr("%1 i samtal %2").arg(section, day);
    }
    if (entity == "amendment")
        return tr("Rättelse");
    if (entity == "info_card")
        return tr("Informationskort");
    return tr("Text");
}

} // namespace lykta::app
