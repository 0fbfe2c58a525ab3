#pragma once

#include "conflictservice.h"
#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace lykta::app {

struct ConflictRow
{
    QString key;   // names the conflict for the actions (opaque to QML)
    QString place; // which record and field, in words: "Anteckning i samtal 12 maj"
    QString currentText, currentAuthor, currentWhen;
    QString copyText, copyAuthor, copyWhen;
    bool isSigned = false;
    store::ConflictKey conflict;
    sync::Hlc currentVersion;
};

// The texts two people wrote at the same time on two devices, side by side for a person to
// resolve: keep the text the record shows now, keep the other one, or keep a merge. Each
// choice is one ordinary change that syncs and resolves the conflict on every device.
class ConflictListModel : public RowListModel<ConflictRow>
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        PlaceRole,
        CurrentTextRole,
        CurrentAuthorRole,
        CurrentWhenRole,
        CopyTextRole,
        CopyAuthorRole,
        CopyWhenRole,
        MergeDraftRole,
        SignedRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QHash<int, QByteArray> roleNames() const override;

    // Each resolves the conflict `key` names; false with errorText set when it cannot.
    Q_INVOKABLE bool keepCurrent(const QString &key);
    Q_INVOKABLE bool keepCopy(const QString &key);
    Q_INVOKABLE bool keepMerged(const QString &key, const QString &text);

protected:
    void reload() override;
    QVariant roleData(const ConflictRow &row, int role) const override;

private:
    bool resolve(const QString &key, const QString *text, bool fromCopy);
};

} // namespace lykta::app
