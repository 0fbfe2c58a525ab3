#include "kioskhelplinemodel.h"

#include "kioskcontentlabels.h"
#include "kioskcontentservice.h"
#include "kiosklanguage.h"

#include <QLocale>

namespace lykta::app {

QHash<int, QByteArray> KioskHelplineModel::roleNames() const
{
    return {{LineIdRole, "lineId"},
            {LineNameRole, "lineName"},
            {NumberRole, "number"},
            {HoursRole, "hours"},
            {AudienceRole, "audience"},
            {VerifiedRole, "verified"},
            {VerifiedIsoRole, "verifiedIso"},
            {CheckDueRole, "checkDue"},
            {LanguagesRole, "languages"},
            {ContactsRole, "contacts"},
            {DraftLanguagesRole, "draftLanguages"}};
}

namespace {

QString localDate(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMMM yyyy")) : QString();
}

bool checkDue(const QDate &day)
{
    return !day.isValid() || day.daysTo(QDate::currentDate()) > KioskHelplineModel::kCheckDueDays;
}

QVariantMap contact(const char *kind, const QString &label, const QString &address,
                    const QDate &verified)
{
    return {{QStringLiteral("contact"), QString::fromLatin1(kind)},
            {QStringLiteral("label"), label},
            {QStringLiteral("address"), address},
            {QStringLiteral("verified"), localDate(verified)},
            {QStringLiteral("verifiedIso"), verified.toString(Qt::ISODate)},
            {QStringLiteral("checkDue"), checkDue(verified)}};
}

// The content languages other than Swedish that the helpline has texts in, in the kiosk's order.
template <class Visit>
void forEachTranslation(const domain::Helpline &line, Visit visit)
{
    for (const domain::KioskLanguage &l : domain::KioskLanguage::all()) {
        const QString code = QString::fromLatin1(l.code);
        const auto it = line.translations.find(code);
        if (code != domain::KioskLanguage::fallback() && it != line.translations.end())
            visit(code, it->second);
    }
}

} // namespace

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
        return localDate(line.lastVerified);
    case VerifiedIsoRole:
        return line.lastVerified.toString(Qt::ISODate);
    case CheckDueRole:
        return checkDue(line.lastVerified);
    case LanguagesRole: {
        QStringList names{KioskContentLabels::languageName(domain::KioskLanguage::fallback())};
        forEachTranslation(line, [&](const QString &code, const domain::HelplineText &t) {
            names << (t.draft ? tr("%1 (utkast)").arg(KioskContentLabels::languageName(code))
                              : KioskContentLabels::languageName(code));
        });
        return names.join(QStringLiteral(", "));
    }
    case ContactsRole: {
        QVariantList out;
        if (!line.number.isEmpty())
            out << contact("phone", tr("Telefon"), line.number, line.lastVerified);
        if (!line.chat.url.isEmpty())
            out << contact("chat", tr("Chatt"), line.chat.url, line.chat.verified);
        if (!line.web.url.isEmpty())
            out << contact("web", tr("Webb"), line.web.url, line.web.verified);
        return out;
    }
    case DraftLanguagesRole: {
        QVariantList out;
        forEachTranslation(line, [&](const QString &code, const domain::HelplineText &t) {
            if (t.draft)
                out << QVariantMap{
                    {QStringLiteral("key"), code},
                    {QStringLiteral("label"), KioskContentLabels::languageName(code)}};
        });
        return out;
    }
    default:
        return {};
    }
}

QString KioskHelplineModel::lineIdAt(int row) const
{
    return data(index(row), LineIdRole).toString();
}

bool KioskHelplineModel::markCheckedToday(const QString &lineId, const QString &contact)
{
    if (!workspace())
        return false;
    const auto kind = contact == QLatin1String("chat")  ? domain::HelplineContact::Chat
                      : contact == QLatin1String("web") ? domain::HelplineContact::Web
                                                        : domain::HelplineContact::Phone;
    auto r =
        domain::KioskContentService(workspace()->store())
            .markVerified(workspace()->actor(), lineId.toStdString(), QDate::currentDate(), kind);
    return settle(r ? nullptr : &r.error());
}

bool KioskHelplineModel::approveLanguage(const QString &lineId, const QString &language)
{
    if (!workspace())
        return false;
    auto r = domain::KioskContentService(workspace()->store())
                 .approveTranslation(workspace()->actor(), lineId.toStdString(), language);
    return settle(r ? nullptr : &r.error());
}

} // namespace lykta::app
