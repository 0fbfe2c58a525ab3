#include "casenotekinds.h"

#include "casenoteservice.h"

namespace lykta::app {

QString CaseNoteKinds::label(const QString &key)
{
    if (key == QLatin1String("phone_call"))
        return tr("Telefonsamtal");
    if (key == QLatin1String("home_visit"))
        return tr("Hembesök");
    if (key == QLatin1String("school_meeting"))
        return tr("Möte med skolan");
    if (key == QLatin1String("health_care_meeting"))
        return tr("Möte med hälso- och sjukvården");
    return tr("Övrigt");
}

QVariantList CaseNoteKinds::choices()
{
    QVariantList out;
    for (const QString &key : domain::CaseNoteService::kinds())
        out.append(
            QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("label"), label(key)}});
    return out;
}

} // namespace lykta::app
