#pragma once

#include <QLoggingCategory>

// lykta.app: the staff app's controllers and models. Never note text, names or personal numbers:
// only what failed and the store's or server's error code.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
