#include "modelrow.h"

namespace lykta::ui {

QVariantMap rowAsMap(const QAbstractItemModel &model, int row)
{
    QVariantMap out;
    const QModelIndex i = model.index(row, 0);
    if (!i.isValid())
        return out;
    const auto names = model.roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        out.insert(QString::fromUtf8(it.value()), model.data(i, it.key()));
    return out;
}

} // namespace lykta::ui
