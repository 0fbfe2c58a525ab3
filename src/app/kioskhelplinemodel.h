#pragma once

#include "helpline.h"
#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The unit's kiosk helplines for the people who manage them: the Swedish text, the number,
// chat and web page with when someone last checked each, and in which languages it is written
// (and which of those wait for a native speaker's review). "Checked today" and approving a
// language's texts go through here; only staff with the content role may (canManage).
class KioskHelplineModel : public RowListModel<domain::Helpline>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool canManage READ canManage NOTIFY canManageChanged)

public:
    // A check older than this is shown as due (a number that changed would send a child
    // nowhere).
    static constexpr int kCheckDueDays = 180;

    enum Role
    {
        LineIdRole = Qt::UserRole + 1,
        LineNameRole,
        NumberRole, // empty for a helpline reached only on the web
        HoursRole,
        AudienceRole,
        VerifiedRole,    // the number's last verified date as the locale writes it
        VerifiedIsoRole, // yyyy-MM-dd
        CheckDueRole,    // the number last verified more than kCheckDueDays ago
        LanguagesRole,   // the languages it is written in (Swedish first), drafts marked
        // The ways to reach it, phone first: [{contact: phone|chat|web, label, address,
        // verified (as the locale writes it; empty: never checked, so no kiosk shows it),
        // verifiedIso, checkDue}].
        ContactsRole,
        // The languages whose texts wait for a native speaker's review: [{key, label}].
        DraftLanguagesRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QHash<int, QByteArray> roleNames() const override;
    bool canManage() const { return m_canManage; }

    // Someone called the number (`contact` "phone") or opened the chat ("chat") or web page
    // ("web") today and it answered.
    Q_INVOKABLE bool markCheckedToday(const QString &lineId,
                                      const QString &contact = QStringLiteral("phone"));
    // A native speaker has read the helpline's texts in `language`: kiosks show them.
    Q_INVOKABLE bool approveLanguage(const QString &lineId, const QString &language);
    // The id of the helpline in `row`; empty for a bad row.
    Q_INVOKABLE QString lineIdAt(int row) const;

signals:
    void canManageChanged();

protected:
    void reload() override;
    QVariant roleData(const domain::Helpline &line, int role) const override;

private:
    bool m_canManage = false;
};

} // namespace lykta::app
