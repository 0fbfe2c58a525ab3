#pragma once

#include "helpline.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace lykta::kiosk {

// The helplines the kiosk lists, each with the date someone last checked it answers. Name,
// hours and audience are in the chosen language where written, otherwise in Swedish.
class HelplineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk's helplines come from Kiosk.helplines")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        NumberRole,
        HoursRole,
        AudienceRole,
        VerifiedRole, // the last verified date, as the current locale writes a date
        ChatRole,     // the chat's address once someone has checked it, else empty
        ChatVerifiedRole,
        WebRole, // the web page's address once someone has checked it, else empty
        WebVerifiedRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // One helpline as a map of its roles (ui::rowAsMap), for reading aloud.
    Q_INVOKABLE QVariantMap get(int row) const;

    void setHelplines(std::vector<domain::Helpline> helplines);
    // The content language the texts are shown in.
    void setLanguage(const QString &language);

signals:
    void countChanged();
    // The rows' texts changed (a sync, or another language): for bindings that read get().
    void textsChanged();

private:
    std::vector<domain::Helpline> m_helplines;
    QString m_language = QStringLiteral("sv");
};

} // namespace lykta::kiosk
