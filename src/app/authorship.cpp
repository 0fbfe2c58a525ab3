#include "authorship.h"

#include "unitservice.h"

#include <QDateTime>
#include <QLocale>

namespace lykta::app {

QString Authorship::who(store::Store &store, const std::string &staffId)
{
    const domain::UnitService units(store);
    auto staff = units.staff(staffId);
    if (!staff)
        return tr("okänd person");
    QStringList parts{staff->name};
    if (!staff->title.isEmpty())
        parts << staff->title;
    if (auto unit = units.unit(staff->unitId); unit && !unit->name.isEmpty())
        parts << unit->name;
    return parts.join(QStringLiteral(", "));
}

QString Authorship::when(const QString &isoTime)
{
    const auto at = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    if (!at.isValid())
        return isoTime;
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace lykta::app
