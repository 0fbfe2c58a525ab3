#pragma once

#include "rowlistmodel.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct SeriesRow
{
    QString id, name, status, next;
    QDate started;
};

// One child's conversation series, newest first, with where each stands. start() begins a
// new one from a template.
class SeriesListModel : public RowListModel<SeriesRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        StatusRole,
        StartedRole,
        NextRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;
    QString childId() const { return m_childId; }
    void setChildId(const QString &id);
    QHash<int, QByteArray> roleNames() const override;

    // Starts a series today; returns the new series' id, or an empty string and sets
    // errorText (the child's age outside the model's band, say).
    Q_INVOKABLE QString start(const QString &templateId);

signals:
    void childIdChanged();

protected:
    void reload() override;
    QVariant roleData(const SeriesRow &row, int role) const override;

private:
    QString m_childId;
};

} // namespace lykta::app
