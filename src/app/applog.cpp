#include "applog.h"

Q_LOGGING_CATEGORY(lcApp, "lykta.app")
