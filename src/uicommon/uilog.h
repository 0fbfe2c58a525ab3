#pragma once

#include <QLoggingCategory>

// lykta.ui: what the app and the kiosk share: the self-test page tour.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
