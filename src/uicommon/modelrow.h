#pragma once

#include <QAbstractItemModel>
#include <QVariantMap>

namespace lykta::ui {

// One row of a list model as a map from role name to value (what QML's `get(row)` returns);
// empty for a row that does not exist.
QVariantMap rowAsMap(const QAbstractItemModel &model, int row);

} // namespace lykta::ui
