#include "kioskhelplinemodel.h"

#include "kioskcontentlabels.h"
#include "kioskcontentservice.h"
#include "kiosklanguage.h"

#include <QLocale>

namespace lykta::app {

QHash<int, QByteArray> KioskHelplineModel::roleNames() const
{
    return {{LineIdRole, "lineId"},           {LineNameRole, "lineName"},
            {NumberRole, "number"},           {HoursRole, "hours"},
            {AudienceRole, "audience"},       {VerifiedRole, "verified"},
            {VerifiedIsoRole, "verifiedIso"}, {CheckDueRole, "checkDue"},
            {LanguagesRole, "languages"}};
}

void KioskHelplineModel::reload()
{
    domain::KioskContentService content(workspace()->store());
    m_rows = content.helplines();
    const bool manage = content.mayManage(workspace()->actor());
    if (manage != m_canManage) {
        m_canManage = manage;
        emit canManageChanged();
    }
}

QVariant KioskHelplineModel::roleData(const domain::Helpline &line, int role) const
{
    switch (role) {
    case LineIdRole:
        return QString::fromStdString(line.id);
    case LineNameRole:
        return line.name;
    case NumberRole:
        return line.number;
    case HoursRole:
        return line.hours;
    case AudienceRole:
        return line.audience;
    case VerifiedRole:
        return QLocale().toString(line.lastVerified, QStringLiteral("d MMMM yyyy"));
    case VerifiedIsoRole:
        return line.lastVerified.toString(Qt::ISODate);
    case CheckDueRole:
        return !line.lastVerified.isValid() ||
               line.lastVerified.daysTo(QDate::currentDate()) > kCheckDueDays;
    case LanguagesRole: {
        QStringList names;
        for (const domain::KioskLanguage &l : domain::KioskLanguage::all()) {
            const QString code = QString::fromLatin1(l.code);
            if (code == domain::KioskLanguage::fallback() || line.translations.contains(code))
                names << KioskContentLabels::languageName(code);
        }
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QString KioskHelplineModel::lineIdAt(int row) const
{
    return data(index(row), LineIdRole).toString();
}

bool KioskHelplineModel::markCheckedToday(const QString &lineId)
{
    if (!workspace())
        return false;
    auto r = domain::KioskContentService(workspace()->store())
                 .markVerified(workspace()->actor(), lineId.toStdString());
    return settle(r ? nullptr : &r.error());
}

} // namespace lykta::app
