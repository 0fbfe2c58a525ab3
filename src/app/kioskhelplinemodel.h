#pragma once

#include "helpline.h"
#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// The unit's kiosk helplines for the people who manage them: the Swedish text, the number,
// when someone last checked that it answers, and in which languages it is written. "Checked
// today" goes through here; only staff with the content role may (canManage).
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
        NumberRole,
        HoursRole,
        AudienceRole,
        VerifiedRole,    // the last verified date as the locale writes it
        VerifiedIsoRole, // yyyy-MM-dd
        CheckDueRole,    // last verified more than kCheckDueDays ago
        LanguagesRole,   // the languages it is written in (Swedish first), as one line
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QHash<int, QByteArray> roleNames() const override;
    bool canManage() const { return m_canManage; }

    // Someone called the number today and it answered.
    Q_INVOKABLE bool markCheckedToday(const QString &lineId);
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
