#include "sqlsession.h"

namespace lykta::server::db {

Params &Params::add(std::int64_t value)
{
    m_values.push_back({Kind::Integer, value, 0, {}});
    return *this;
}

Params &Params::add(double value)
{
    m_values.push_back({Kind::Real, 0, value, {}});
    return *this;
}

Params &Params::add(std::string_view text)
{
    m_values.push_back({Kind::Text, 0, 0, std::string(text)});
    return *this;
}

Params &Params::addOptional(const std::string &text)
{
    return text.empty() ? addNull() : add(text);
}

Params &Params::addNull()
{
    m_values.push_back({});
    return *this;
}

Params &Params::addBytes(std::string_view bytes)
{
    m_values.push_back({Kind::Bytes, 0, 0, std::string(bytes)});
    return *this;
}

std::string valuesList(std::size_t rows, std::size_t columns, int first)
{
    std::string out;
    int n = first;
    for (std::size_t r = 0; r < rows; ++r) {
        out += r ? ", (" : "(";
        for (std::size_t c = 0; c < columns; ++c)
            out += (c ? ", $" : "$") + std::to_string(n++);
        out += ')';
    }
    return out;
}

} // namespace lykta::server::db
