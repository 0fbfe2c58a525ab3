#include "concernrecord.h"

namespace lykta::domain {

QString toKey(ConcernRecord::Outcome o)
{
    return o == ConcernRecord::Outcome::Filed ? QStringLiteral("filed")
                                              : QStringLiteral("not_filed");
}

} // namespace lykta::domain
