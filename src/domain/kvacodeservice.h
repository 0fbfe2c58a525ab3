#pragma once

#include "domainerror.h"
#include "kvacode.h"
#include "store/store.h"

#include <map>
#include <vector>

namespace lykta::domain {

// The organisation's imported KVÅ code lists. Lykta ships no codes: a list is imported as
// CSV text (code;title[;conversation kind] per line, ';' or ',' separated, an optional header
// line) under a version name. Importing the same version again adds the new codes, changes
// titles and kinds, and retires (never deletes) the codes the file no longer has.
class KvaCodeService
{
public:
    explicit KvaCodeService(store::Store &store) : m_store(store) {}

    // What importCsv would do, without writing. All lines are checked; a bad line refuses
    // the whole file and `field` names it ("line 3").
    DomainResult<KvaImportPreview> previewCsv(const QString &csv, const QString &listVersion) const;
    // Writes what previewCsv shows, in one write; returns the number of codes in the file.
    // A line without a kind keeps the kind the code is mapped to already.
    DomainResult<std::size_t> importCsv(const store::Actor &actor, const QString &csv,
                                        const QString &listVersion);
    // Maps a code to a conversation kind (empty: unmapped).
    DomainResult<bool> setKind(const store::Actor &actor, const std::string &codeId,
                               const QString &conversationKind);

    // Every code of the version (all versions when empty), retired ones included.
    std::vector<KvaCode> codes(const QString &listVersion = {}) const;
    // The codes a conversation of this kind may be tagged with: mapped and not retired.
    std::vector<KvaCode> codesForKind(const QString &conversationKind) const;
    // In an imported list and not retired.
    bool isKnown(const QString &code) const;
    // The list versions imported so far.
    std::vector<QString> listVersions() const;

    static bool isWellFormed(const QString &code);

private:
    // The file's codes by code, or the refusal naming the bad line.
    static DomainResult<std::map<QString, KvaCode>> parse(const QString &csv,
                                                          const QString &version);

    store::Store &m_store;
};

} // namespace lykta::domain
