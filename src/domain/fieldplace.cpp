#include "fieldplace.h"

#include "detail.h"

namespace lykta::domain {

namespace fields = store::fields;

FieldPlace placeOf(const store::Store &store, const std::string &entity, const std::string &id,
                   const std::string &field)
{
    FieldPlace place{entity, field, {}, {}, false};
    auto record = store.get(entity, id);
    if (!record || !*record)
        return place;
    const store::Record &r = **record;
    place.isSigned = r.text("status") == "signed";
    const auto dateOf = [&](std::string_view other, const std::string &otherId) {
        auto o = store.get(other, otherId);
        return o && *o ? detail::qdate(**o, std::string(other) == "conversation"
                                                ? fields::conversation::date
                                                : fields::group_session::date)
                       : QDate();
    };
    if (entity == "note") {
        place.subjectEntity = r.text(fields::note::subject_entity);
        if (place.subjectEntity == "conversation" || place.subjectEntity == "group_session")
            place.date = dateOf(place.subjectEntity, r.text(fields::note::subject_id));
        if (!place.date.isValid())
            place.date = detail::qdate(r, fields::note::event_date);
    } else if (entity == "conversation") {
        place.date = detail::qdate(r, fields::conversation::date);
    }
    return place;
}

} // namespace lykta::domain
