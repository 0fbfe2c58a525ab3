#pragma once

#include "kvacode.h"
#include "rowlistmodel.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lykta::app {

// Mer → KVÅ-koder: the unit's imported codes with the conversation model each is mapped to
// (retired codes last, marked). Managers change a mapping with setKind; anyone else is
// refused (canEdit). kindChoices lists "not mapped" and every template of the unit.
class KvaCodeModel : public RowListModel<domain::KvaCode>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY reloaded)
    // One map per choice: kind ("" for none) and name.
    Q_PROPERTY(QVariantList kindChoices READ kindChoices NOTIFY reloaded)
    // The list versions imported so far, sorted by name.
    Q_PROPERTY(QStringList listVersions READ listVersions NOTIFY listVersionsChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CodeRole,
        TitleRole,
        ListVersionRole,
        KindRole,
        KindIndexRole, // the index in kindChoices
        RetiredRole,
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;
    QHash<int, QByteArray> roleNames() const override;
    bool canEdit() const { return m_canEdit; }
    QVariantList kindChoices() const;
    QStringList listVersions() const { return m_versions; }

    // Maps the code to the kind at `kindIndex` of kindChoices; true when saved.
    Q_INVOKABLE bool setKind(const QString &codeId, int kindIndex);

signals:
    void listVersionsChanged();

protected:
    void reload() override;
    QVariantList choicesFromStore() const;
    QVariant roleData(const domain::KvaCode &row, int role) const override;

private:
    bool m_canEdit = false;
    QVariantList m_kinds;
    QStringList m_versions;
};

} // namespace lykta::app
