#pragma once

#include "booking.h"
#include "domainerror.h"
#include "store/store.h"

#include <QDateTime>

#include <vector>

namespace lykta::domain {

// Booking the steps of a conversation series: one booked meeting per step at a time, in an
// active series, never in the past. Rebooking changes when, where and who; cancelling keeps
// the booking as cancelled.
class BookingService
{
public:
    static constexpr int kMaxDurationMin = 8 * 60;

    explicit BookingService(store::Store &store) : m_store(store) {}

    // `now` is the device's local time: a booking must not start before it.
    DomainResult<std::string> book(const store::Actor &actor, const Booking &booking,
                                   const QDateTime &now);
    // Changes date, time, duration, place and participants of a booked (not cancelled) one.
    DomainResult<bool> rebook(const store::Actor &actor, const Booking &booking,
                              const QDateTime &now);
    DomainResult<bool> cancel(const store::Actor &actor, const std::string &bookingId);

    DomainResult<Booking> booking(const store::Actor &actor, const std::string &id);
    // The series' bookings that stand (not cancelled), by date and time.
    DomainResult<std::vector<Booking>> bookings(const std::string &seriesId) const;
    // Who a step can name: the child, the family's guardians, the unit's staff (the actor
    // first) and the network; those the step's participants name are suggested.
    DomainResult<std::vector<BookingParticipant>>
    choices(const store::Actor &actor, const std::string &seriesId, int step) const;

private:
    DomainResult<bool> validate(const store::Actor &actor, const Booking &b,
                                const store::Record &series, const QDateTime &now) const;

    store::Store &m_store;
};

} // namespace lykta::domain
