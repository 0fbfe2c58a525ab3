#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

#include <string_view>

namespace lykta::app {

struct RejectionRow
{
    QString id; // the device's delta counter
    QString place, reason, keptText, when;
};

// Changes the server refused for good, waiting for a person: what was refused, why in plain
// words, and the text that is kept on this device (the record itself went back to the
// server's version). The text can be copied; marking one handled hides it here but keeps
// the text in the store.
class RejectionListModel : public RowListModel<RejectionRow>
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        PlaceRole,
        ReasonRole,
        KeptTextRole,
        WhenRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    QHash<int, QByteArray> roleNames() const override;

    // Puts the kept text on the clipboard; false with errorText when there is none.
    Q_INVOKABLE bool copyText(const QString &id);
    // Marks the refused change dealt with (ask the person first); its text stays stored.
    Q_INVOKABLE bool markHandled(const QString &id);

    // Why, in words; `detail` (the server's code-like hint) where it changes what to do.
    static QString reasonWords(sync::RejectReason reason, std::string_view detail = {});

protected:
    void reload() override;
    QVariant roleData(const RejectionRow &row, int role) const override;

private:
    const RejectionRow *find(const QString &id);
};

} // namespace lykta::app
