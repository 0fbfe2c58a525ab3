#include "record.h"

#include <QString>
#include <QtGlobal>

namespace lykta::store {

const sync::Value &Record::value(std::string_view field) const
{
    static const sync::Value kNull;
    auto it = fields.find(field);
    // A record the store hands out holds every field of its entity, so a name it lacks is a
    // typo or a renamed column: loud in a debug build, never silently an empty value there.
    Q_ASSERT_X(it != fields.end(), "store::Record",
               qPrintable(QStringLiteral("%1 has no field %2")
                              .arg(QString::fromStdString(entity), QString::fromUtf8(field))));
    return it == fields.end() ? kNull : it->second;
}

std::string_view Record::checked(const Field &field) const
{
    Q_ASSERT_X(field.entity.empty() || field.entity == entity, "store::Record",
               qPrintable(QStringLiteral("%1.%2 read from a record of %3")
                              .arg(QString::fromUtf8(field.entity), QString::fromUtf8(field.name),
                                   QString::fromStdString(entity))));
    return field.name;
}

const sync::Value &Record::value(const Field &field) const
{
    return value(checked(field));
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
