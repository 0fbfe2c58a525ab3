#include "kiosklog.h"

Q_LOGGING_CATEGORY(lcKiosk, "lykta.kiosk")
