#pragma once

#include <QLoggingCategory>

// lykta.kiosk: the waiting-room kiosk: its store, enrollment and sync. Never card text or anything
// a child chose.
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)
