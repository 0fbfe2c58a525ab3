#include "bookingservice.h"

#include "conversationseries.h"
#include "conversationtemplateservice.h"
#include "detail.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace lykta::domain {

using namespace detail;

namespace {

QString participantsJson(const QStringList &keys)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
}

QStringList participantsFromJson(const QString &json)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

Booking toBooking(const store::Record &r)
{
    Booking b;
    b.id = r.id;
    b.unitId = r.text(fields::booking::unit_id);
    b.seriesId = r.text(fields::booking::series_id);
    b.step = int32(r, fields::booking::step);
    b.date = qdate(r, fields::booking::date);
    b.time = QTime::fromString(qtext(r, fields::booking::time), QStringLiteral("HH:mm"));
    b.durationMin = int32(r, fields::booking::duration_min);
    b.place = qtext(r, fields::booking::place);
    b.participants = participantsFromJson(qtext(r, fields::booking::participants));
    b.staffId = r.text(fields::booking::staff_id);
    b.status = r.text(fields::booking::status) == "cancelled" ? Booking::Status::Cancelled
                                                              : Booking::Status::Booked;
    return b;
}

std::vector<store::FieldValue> bookingFields(const Booking &b)
{
    return {{fields::booking::date, date(b.date)},
            {fields::booking::time, text(b.time.toString(QStringLiteral("HH:mm")))},
            {fields::booking::duration_min, integer(b.durationMin)},
            {fields::booking::place, text(b.place.trimmed())},
            {fields::booking::participants, text(participantsJson(b.participants))}};
}

// Whether the step's participants name this kind of person.
bool suggests(Participants p, BookingParticipant::Kind kind)
{
    using Kind = BookingParticipant::Kind;
    switch (p) {
    case Participants::Parents:
        return kind == Kind::Guardian || kind == Kind::Guardians;
    case Participants::Child:
        return kind == Kind::Child;
    case Participants::ParentsAndChild:
    case Participants::Family:
        return kind == Kind::Child || kind == Kind::Guardian || kind == Kind::Guardians;
    case Participants::Network:
        return kind == Kind::Guardian || kind == Kind::Guardians || kind == Kind::Network;
    }
    return false;
}

} // namespace

DomainResult<std::vector<BookingParticipant>>
BookingService::choices(const store::Actor &actor, const std::string &seriesId, int step) const
{
    using Kind = BookingParticipant::Kind;
    auto series = getLive(m_store, "conversation_series", seriesId, "series_id");
    if (!series)
        return series.error();
    auto tmpl = ConversationTemplateService(m_store).forSeries(*series);
    if (!tmpl)
        return tmpl.error();
    if (step < 0 || step >= static_cast<int>(tmpl->steps.size()))
        return domainError(DomainErrc::OutOfRange, "step");
    const Participants who = tmpl->steps[static_cast<std::size_t>(step)].participants;
    auto child =
        getLive(m_store, "child", series->text(fields::conversation_series::child_id), "child_id");
    if (!child)
        return child.error();
    auto guardians = listLive(
        m_store, "guardian",
        {{fields::guardian::family_id, series->text(fields::conversation_series::family_id)}},
        "name");
    if (!guardians)
        return guardians.error();
    auto staff = listLive(
        m_store, "staff",
        {{fields::staff::unit_id, series->text(fields::conversation_series::unit_id)}}, "name");
    if (!staff)
        return staff.error();

    std::vector<BookingParticipant> out;
    const auto add = [&](QString key, Kind kind, QString name) {
        out.push_back({std::move(key), kind, std::move(name), suggests(who, kind)});
    };
    add(QStringLiteral("child"), Kind::Child, qtext(*child, fields::child::first_name));
    for (const auto &g : *guardians)
        add(QStringLiteral("guardian:") + QString::fromStdString(g.id), Kind::Guardian,
            qtext(g, fields::guardian::name));
    if (guardians->empty())
        add(QStringLiteral("guardians"), Kind::Guardians, {});
    // The one booking comes first and is expected at the meeting.
    std::stable_partition(staff->begin(), staff->end(),
                          [&](const store::Record &s) { return s.id == actor.staffId; });
    for (const auto &s : *staff) {
        add(QStringLiteral("staff:") + QString::fromStdString(s.id), Kind::Staff,
            qtext(s, fields::staff::name));
        out.back().suggested = s.id == actor.staffId;
    }
    add(QStringLiteral("network"), Kind::Network, {});
    return out;
}

DomainResult<bool> BookingService::validate(const store::Actor &actor, const Booking &b,
                                            const store::Record &series, const QDateTime &now) const
{
    if (seriesStatusFromKey(qtext(series, fields::conversation_series::status)) !=
        ConversationSeries::Status::Active)
        return domainError(DomainErrc::WrongState, "series_id");
    if (!b.date.isValid())
        return domainError(DomainErrc::InvalidDate, "date");
    if (!b.time.isValid())
        return domainError(DomainErrc::InvalidDate, "time");
    if (QDateTime(b.date, b.time) < now) {
        const bool today = b.date == now.date();
        return domainError(DomainErrc::InvalidDate, today ? "time" : "date");
    }
    if (b.durationMin < 1 || b.durationMin > kMaxDurationMin)
        return domainError(DomainErrc::OutOfRange, "duration_min");
    if (b.place.trimmed().isEmpty())
        return domainError(DomainErrc::Empty, "place");
    if (b.participants.isEmpty())
        return domainError(DomainErrc::Empty, "participants");
    auto offered = choices(actor, series.id, b.step);
    if (!offered)
        return offered.error();
    for (const QString &key : b.participants) {
        const bool known = std::any_of(offered->begin(), offered->end(),
                                       [&](const BookingParticipant &p) { return p.key == key; });
        if (!known)
            return domainError(DomainErrc::OutOfRange, "participants");
    }
    return true;
}

DomainResult<std::string> BookingService::book(const store::Actor &actor, const Booking &booking,
                                               const QDateTime &now)
{
    auto series = getLive(m_store, "conversation_series", booking.seriesId, "series_id");
    if (!series)
        return series.error();
    if (auto v = validate(actor, booking, *series, now); !v)
        return v.error();
    auto standing = bookings(booking.seriesId);
    if (!standing)
        return standing.error();
    for (const auto &b : *standing)
        if (b.step == booking.step) // one meeting per step: rebook that one instead
            return domainError(DomainErrc::WrongState, "step");

    store::Change c{store::ChangeKind::Create, "booking", {}, bookingFields(booking)};
    c.fields.push_back({fields::any::unit_id, series->text(fields::conversation_series::unit_id)});
    c.fields.push_back({fields::booking::series_id, booking.seriesId});
    c.fields.push_back({fields::booking::step, integer(booking.step)});
    c.fields.push_back({fields::booking::staff_id, text(actor.staffId)});
    c.fields.push_back({fields::booking::status, std::string("booked")});
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return w->front();
}

DomainResult<bool> BookingService::rebook(const store::Actor &actor, const Booking &booking,
                                          const QDateTime &now)
{
    auto current = getLive(m_store, "booking", booking.id, "booking_id");
    if (!current)
        return current.error();
    const Booking was = toBooking(*current);
    if (was.status == Booking::Status::Cancelled)
        return domainError(DomainErrc::WrongState, "status");
    auto series = getLive(m_store, "conversation_series", was.seriesId, "series_id");
    if (!series)
        return series.error();
    Booking b = booking;
    b.seriesId = was.seriesId;
    b.step = was.step;
    if (auto v = validate(actor, b, *series, now); !v)
        return v.error();
    store::Change c{store::ChangeKind::Update, "booking", b.id, bookingFields(b)};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<bool> BookingService::cancel(const store::Actor &actor, const std::string &bookingId)
{
    auto current = getLive(m_store, "booking", bookingId, "booking_id");
    if (!current)
        return current.error();
    if (toBooking(*current).status == Booking::Status::Cancelled)
        return domainError(DomainErrc::WrongState, "status");
    store::Change c{store::ChangeKind::Update,
                    "booking",
                    bookingId,
                    {{fields::booking::status, std::string("cancelled")}}};
    auto w = write(m_store, actor, std::span(&c, 1));
    if (!w)
        return w.error();
    return true;
}

DomainResult<Booking> BookingService::booking(const store::Actor &actor, const std::string &id)
{
    auto r = getLive(m_store, "booking", id, "booking_id");
    if (!r)
        return r.error();
    if (auto a = auditRead(m_store, actor, "booking", id); !a)
        return a.error();
    return toBooking(*r);
}

DomainResult<std::vector<Booking>> BookingService::bookings(const std::string &seriesId) const
{
    auto rows = listLive(
        m_store, "booking",
        {{fields::booking::series_id, seriesId}, {fields::booking::status, std::string("booked")}});
    if (!rows)
        return rows.error();
    std::vector<Booking> out;
    for (const auto &r : *rows)
        out.push_back(toBooking(r));
    std::sort(out.begin(), out.end(), [](const Booking &a, const Booking &b) {
        return QDateTime(a.date, a.time) < QDateTime(b.date, b.time);
    });
    return out;
}

} // namespace lykta::domain
