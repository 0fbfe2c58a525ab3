#include "record.h"

namespace lykta::store {

const sync::Value &Record::value(std::string_view field) const
{
    static const sync::Value kNull;
    auto it = fields.find(field);
    return it == fields.end() ? kNull : it->second;
}

std::string Record::text(std::string_view field) const
{
    const auto *s = std::get_if<std::string>(&value(field));
    return s ? *s : std::string();
}

std::int64_t Record::integer(std::string_view field) const
{
    const auto *i = std::get_if<std::int64_t>(&value(field));
    return i ? *i : 0;
}

bool Record::isNull(std::string_view field) const
{
    return sync::isNull(value(field));
}

} // namespace lykta::store
