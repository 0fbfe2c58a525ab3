#pragma once

// Helpers shared by the services' .cpp files: turning store records into domain values and
// back. Not part of the public API.

#include "domainerror.h"
#include "store/fields.h"
#include "store/store.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace lykta::domain::detail {

// Every field the services read or write, generated from the migrations.
namespace fields = store::fields;

inline sync::Value text(const QString &s)
{
    if (s.isNull())
        return std::monostate{};
    return s.toStdString();
}
inline sync::Value text(const std::string &s)
{
    if (s.empty())
        return std::monostate{};
    return s;
}
inline sync::Value date(const QDate &d)
{
    if (!d.isValid())
        return std::monostate{};
    return d.toString(Qt::ISODate).toStdString();
}
inline sync::Value integer(std::int64_t v)
{
    return v;
}
inline sync::Value flag(bool b)
{
    return std::int64_t{b ? 1 : 0};
}

// A field's value as Qt reads it; the field is a generated one (store/fields.h), of r's entity.
inline QString qtext(const store::Record &r, const store::Field &field)
{
    if (r.isNull(field))
        return {};
    return QString::fromStdString(r.text(field));
}
inline QDate qdate(const store::Record &r, const store::Field &field)
{
    return QDate::fromString(QString::fromStdString(r.text(field)), Qt::ISODate);
}
inline int int32(const store::Record &r, const store::Field &field)
{
    return static_cast<int>(r.integer(field));
}
// A field whose name is made at run time (a helpline's translated columns): checked when read.
inline QString qtextNamed(const store::Record &r, const std::string &field)
{
    if (r.isNull(field))
        return {};
    return QString::fromStdString(r.text(field));
}

// Now, as ISO 8601 UTC text with milliseconds: when an entry was written on the device.
inline QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Whole years between birth and a date (the child's age on that day).
int ageOn(const QDate &birth, const QDate &day);

DomainError fromStore(const store::StoreError &e);

// A live record, or NotFound naming `field`.
DomainResult<store::Record> getLive(const store::Store &store, std::string_view entity,
                                    std::string_view id, std::string field);

// The live records matching all conditions.
DomainResult<std::vector<store::Record>> listLive(const store::Store &store,
                                                  std::string_view entity,
                                                  const std::vector<store::Condition> &where = {},
                                                  std::string_view orderBy = {});

DomainResult<bool> auditRead(store::Store &store, const store::Actor &actor,
                             std::string_view entity, std::string_view id);
// The same for every record of a list, in one transaction.
DomainResult<bool> auditReadAll(store::Store &store, const store::Actor &actor,
                                std::string_view entity, std::span<const std::string> ids);

// One write; the created or changed ids in order.
DomainResult<std::vector<std::string>> write(store::Store &store, const store::Actor &actor,
                                             std::span<const store::Change> changes);

// Signs a draft note or conversation: status, who signed and when, in one write. After this
// the store refuses every change to the record.
DomainResult<bool> sign(store::Store &store, const store::Actor &actor, std::string_view entity,
                        const std::string &id);

} // namespace lykta::domain::detail
