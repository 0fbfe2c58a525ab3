#pragma once

#include <QLoggingCategory>

// lykta.store: never logs note text, names or personal numbers — only tables, fields, ids
// and SQLite's own messages.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
