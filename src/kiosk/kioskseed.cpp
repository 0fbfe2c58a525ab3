#include "kioskseed.h"

#include "kioskcontentservice.h"

#include <QDateTime>
#include <QTimeZone>

namespace lykta::kiosk {

namespace {

class DeltaList
{
public:
    explicit DeltaList(std::int64_t wallMs) : m_wallMs(wallMs) {}

    // One record, one timestamp: as one write on a device would be.
    void record(const char *entity, const std::string &id, std::vector<store::FieldValue> fields)
    {
        const sync::Hlc hlc{m_wallMs, ++m_record, KioskSeed::kShippedContentDevice};
        for (auto &f : fields)
            m_deltas.push_back({{KioskSeed::kShippedContentDevice, ++m_counter},
                                entity,
                                id,
                                f.field,
                                std::move(f.value),
                                hlc,
                                {},
                                {}});
    }
    std::vector<sync::Delta> &deltas() { return m_deltas; }

private:
    std::int64_t m_wallMs;
    std::uint16_t m_record = 0;
    std::uint64_t m_counter = 0;
    std::vector<sync::Delta> m_deltas;
};

} // namespace

Result<int, store::StoreError> KioskSeed::seedIfEmpty(store::Store &store,
                                                      const domain::KioskContentPack &pack)
{
    for (const char *entity : {"info_card", "helpline"}) {
        auto held = store.list(entity);
        if (!held)
            return held.error();
        if (!held->empty())
            return 0;
    }
    auto cursor = store.pullCursor();
    if (!cursor)
        return cursor.error();

    const QDateTime written(pack.written, QTime(0, 0), QTimeZone::utc());
    DeltaList list(written.toMSecsSinceEpoch());
    for (const domain::InfoCard &c : pack.cards)
        list.record("info_card", c.id, domain::KioskContentService::fieldsOf(c));
    for (const domain::Helpline &h : pack.helplines)
        list.record("helpline", h.id, domain::KioskContentService::fieldsOf(h));
    auto applied = store.applyRemote(list.deltas(), *cursor);
    if (!applied)
        return applied.error();
    return static_cast<int>(pack.cards.size() + pack.helplines.size());
}

} // namespace lykta::kiosk
