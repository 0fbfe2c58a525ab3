#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "lykta.store")
