#include "indicatortext.h"

#include <map>

namespace lykta::followup {

QString IndicatorText::indicator(const QString &key)
{
    static const std::map<QString, const char *> labels{
        {QStringLiteral("children_reached"), QT_TR_NOOP("Barn som nåtts")},
        {QStringLiteral("children_by_age_band"), QT_TR_NOOP("Barn som nåtts, efter ålder")},
        {QStringLiteral("children_by_gender"), QT_TR_NOOP("Barn som nåtts, efter kön")},
        {QStringLiteral("series_started"), QT_TR_NOOP("Samtalsserier som påbörjats")},
        {QStringLiteral("series_status"), QT_TR_NOOP("Påbörjade serier, läge nu")},
        {QStringLiteral("series_outcome"), QT_TR_NOOP("Påbörjade serier, vidare till")},
        {QStringLiteral("conversations"), QT_TR_NOOP("Samtal")},
        {QStringLiteral("conversations_by_kind"), QT_TR_NOOP("Samtal efter slag")},
        {QStringLiteral("conversations_by_kva_code"), QT_TR_NOOP("Samtal efter KVÅ-kod")},
        {QStringLiteral("days_to_first_conversation"),
         QT_TR_NOOP("Dagar från första kontakt till första samtal")},
        {QStringLiteral("groups_run"), QT_TR_NOOP("Grupper som genomförts")},
        {QStringLiteral("sessions_held"), QT_TR_NOOP("Gruppträffar som hållits")},
        {QStringLiteral("children_in_groups"), QT_TR_NOOP("Barn i grupper")},
        {QStringLiteral("attendance_rate"), QT_TR_NOOP("Närvaro")},
        {QStringLiteral("mood"), QT_TR_NOOP("Mående vid träffarnas början och slut (1–5)")},
        {QStringLiteral("score_pairs"), QT_TR_NOOP("Skattningar före och efter, antal par")},
        {QStringLiteral("score_before"), QT_TR_NOOP("Skattning före, medelvärde")},
        {QStringLiteral("score_after"), QT_TR_NOOP("Skattning efter, medelvärde")},
        {QStringLiteral("score_change"), QT_TR_NOOP("Skattning, förändring efter − före")},
        {QStringLiteral("families_reached"), QT_TR_NOOP("Familjer som nåtts")},
        {QStringLiteral("families_by_problem_type"),
         QT_TR_NOOP("Familjer efter förälderns situation")},
    };
    auto it = labels.find(key);
    return it == labels.end() ? key : tr(it->second);
}

QString IndicatorText::category(const QString &key)
{
    static const std::map<QString, const char *> labels{
        {QStringLiteral("total"), QT_TR_NOOP("totalt")},
        {QStringLiteral("0-6"), QT_TR_NOOP("0–6 år")},
        {QStringLiteral("7-12"), QT_TR_NOOP("7–12 år")},
        {QStringLiteral("13-18"), QT_TR_NOOP("13–18 år")},
        {QStringLiteral("unknown"), QT_TR_NOOP("okänt")},
        {QStringLiteral("girl"), QT_TR_NOOP("flicka")},
        {QStringLiteral("boy"), QT_TR_NOOP("pojke")},
        {QStringLiteral("other"), QT_TR_NOOP("annat")},
        {QStringLiteral("unspecified"), QT_TR_NOOP("ej angivet")},
        {QStringLiteral("completed"), QT_TR_NOOP("avslutade")},
        {QStringLiteral("declined"), QT_TR_NOOP("avböjda")},
        {QStringLiteral("ended"), QT_TR_NOOP("avbrutna")},
        {QStringLiteral("active"), QT_TR_NOOP("pågående")},
        {QStringLiteral("support_group"), QT_TR_NOOP("stödgrupp")},
        {QStringLiteral("other_support"), QT_TR_NOOP("annat stöd")},
        {QStringLiteral("parent"), QT_TR_NOOP("med förälder")},
        {QStringLiteral("parent_and_child"), QT_TR_NOOP("med förälder och barn")},
        {QStringLiteral("child"), QT_TR_NOOP("med barnet")},
        {QStringLiteral("network"), QT_TR_NOOP("nätverksmöte")},
        {QStringLiteral("family"), QT_TR_NOOP("med hela familjen")},
        {QStringLiteral("untagged"), QT_TR_NOOP("utan kod")},
        {QStringLiteral("families"), QT_TR_NOOP("antal familjer")},
        {QStringLiteral("median"), QT_TR_NOOP("median")},
        {QStringLiteral("percent"), QT_TR_NOOP("procent")},
        {QStringLiteral("checks"), QT_TR_NOOP("antal skattningar")},
        {QStringLiteral("mean_start"), QT_TR_NOOP("medel vid början")},
        {QStringLiteral("mean_end"), QT_TR_NOOP("medel vid slut")},
        {QStringLiteral("mean_change"), QT_TR_NOOP("medelförändring")},
        {QStringLiteral("rose"), QT_TR_NOOP("steg")},
        {QStringLiteral("same"), QT_TR_NOOP("oförändrat")},
        {QStringLiteral("fell"), QT_TR_NOOP("sjönk")},
        {QStringLiteral("addiction"), QT_TR_NOOP("missbruk eller beroende")},
        {QStringLiteral("gambling"), QT_TR_NOOP("spelproblem")},
        {QStringLiteral("mental_illness"), QT_TR_NOOP("psykisk ohälsa")},
        {QStringLiteral("physical_illness"), QT_TR_NOOP("allvarlig fysisk sjukdom")},
        {QStringLiteral("disability"), QT_TR_NOOP("funktionsnedsättning")},
        {QStringLiteral("violence"), QT_TR_NOOP("våld i familjen")},
        {QStringLiteral("bereavement"), QT_TR_NOOP("förälder har avlidit")},
    };
    auto it = labels.find(key);
    return it == labels.end() ? key : tr(it->second);
}

QString IndicatorText::cell(const QString &indicatorKey, const QString &categoryKey)
{
    if (categoryKey == QLatin1String("total"))
        return indicator(indicatorKey);
    //: An indicator and one of its categories, e.g. "Barn som nåtts – 7–12 år"
    return tr("%1 – %2").arg(indicator(indicatorKey), category(categoryKey));
}

QString IndicatorText::suppressedMark(int threshold)
{
    //: Shown instead of a number too small to show without risk of recognising someone
    return tr("<%1").arg(threshold);
}

QString IndicatorText::hiddenMark()
{
    //: A number of 5 or more hidden so that a smaller hidden one cannot be worked out
    return tr("dolt");
}

} // namespace lykta::followup
