#pragma once

#include "store.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>
#include <string>
#include <vector>

namespace lykta::store {

struct Draft
{
    std::string formKey;
    QJsonObject fields;
    QDateTime savedAt;
};

// What a person has typed into a form and not yet saved for real, kept in the store's
// local_draft table: in the same encrypted file, but never through Store::write, so a keystroke
// makes no outbox delta and no audit entry, and the server never hears of it. Drafts belong to
// one staff member, so a device handed to a colleague never shows them another's text. A form
// key names one form on one record ("conversation/<id>", "family/new", …).
class DraftStore
{
public:
    DraftStore(Store &store, std::string staffId);

    // Replaces the form's draft (Locked while the store is locked: keep it and save later).
    Result<bool, StoreError> save(std::string_view formKey, const QJsonObject &fields,
                                  const QDateTime &savedAt = QDateTime::currentDateTimeUtc());
    Result<std::optional<Draft>, StoreError> load(std::string_view formKey) const;
    // Removes the form's draft; nothing to remove is not an error.
    Result<bool, StoreError> discard(std::string_view formKey);
    // Every form this staff member has a draft for, the newest first.
    Result<std::vector<Draft>, StoreError> all() const;
    // Every draft on the device, whoever's: what a store that starts afresh would lose.
    Result<std::vector<Draft>, StoreError> anyone() const;

private:
    Result<Database *, StoreError> open() const;
    Result<std::vector<Draft>, StoreError> read(bool everyone) const;

    Store &m_store;
    std::string m_staffId;
};

} // namespace lykta::store
