#include "indicatortext.h"

#include <map>

namespace lykta::followup {

QString IndicatorText::indicator(IndicatorKey key)
{
    switch (key) {
    case IndicatorKey::ChildrenReached:
        return tr("Barn som nåtts");
    case IndicatorKey::ChildrenByAgeBand:
        return tr("Barn som nåtts, efter ålder");
    case IndicatorKey::ChildrenByGender:
        return tr("Barn som nåtts, efter kön");
    case IndicatorKey::SeriesStarted:
        return tr("Samtalsserier som påbörjats");
    case IndicatorKey::SeriesStatus:
        return tr("Påbörjade serier, läge nu");
    case IndicatorKey::SeriesOutcome:
        return tr("Påbörjade serier, vidare till");
    case IndicatorKey::Conversations:
        return tr("Samtal");
    case IndicatorKey::ConversationsByKind:
        return tr("Samtal efter slag");
    case IndicatorKey::ConversationsByKvaCode:
        return tr("Samtal efter KVÅ-kod");
    case IndicatorKey::DaysToFirstConversation:
        return tr("Dagar från första kontakt till första samtal");
    case IndicatorKey::GroupsRun:
        return tr("Grupper som genomförts");
    case IndicatorKey::SessionsHeld:
        return tr("Gruppträffar som hållits");
    case IndicatorKey::ChildrenInGroups:
        return tr("Barn i grupper");
    case IndicatorKey::AttendanceRate:
        return tr("Närvaro");
    case IndicatorKey::Mood:
        return tr("Mående vid träffarnas början och slut (1–5)");
    case IndicatorKey::ScorePairs:
        return tr("Skattningar före och efter, antal par");
    case IndicatorKey::ScoreBefore:
        return tr("Skattning före, medelvärde");
    case IndicatorKey::ScoreAfter:
        return tr("Skattning efter, medelvärde");
    case IndicatorKey::ScoreChange:
        return tr("Skattning, förändring efter − före");
    case IndicatorKey::FamiliesReached:
        return tr("Familjer som nåtts");
    case IndicatorKey::FamiliesByProblemType:
        return tr("Familjer efter förälderns situation");
    }
    return keyName(key);
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

QString IndicatorText::cell(IndicatorKey indicatorKey, const QString &categoryKey)
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
