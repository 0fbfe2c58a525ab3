#pragma once

#include "conversationtemplate.h"
#include "domainerror.h"
#include "store/store.h"

#include <vector>

namespace lykta::domain {

// Conversation models as editable data. installDefaults() adds the three models Lykta
// ships (BRA-samtal, Föra barnen på tal, Beardslee) with step names, participants and
// follow-up timing only: never a model's guide questions or texts.
class ConversationTemplateService
{
public:
    explicit ConversationTemplateService(store::Store &store) : m_store(store) {}

    static std::vector<ConversationTemplate> defaults();

    // Adds each default whose kind is not present yet; running it again adds nothing.
    DomainResult<std::size_t> installDefaults(const store::Actor &actor);

    DomainResult<std::string> create(const store::Actor &actor, const ConversationTemplate &t);
    // Saves the template as its next version. Series already started keep the steps they were
    // started with (forSeries); only series started afterwards follow the edit.
    DomainResult<bool> update(const store::Actor &actor, const ConversationTemplate &t);
    DomainResult<ConversationTemplate> get(const std::string &id) const;
    DomainResult<ConversationTemplate> byKind(const QString &kind) const;
    std::vector<ConversationTemplate> all() const;

    // The template as the series follows it: the steps and version copied when the series
    // started (startSeries stores them with seriesFields), or the template as it is now for a
    // series started before series kept a copy.
    DomainResult<ConversationTemplate> forSeries(const store::Record &series) const;
    DomainResult<ConversationTemplate> forSeries(const std::string &seriesId) const;
    // What a new series stores of its template so that later edits leave it alone.
    static std::vector<store::FieldValue> seriesFields(const ConversationTemplate &t);

    static DomainResult<bool> validate(const ConversationTemplate &t);

private:
    store::Store &m_store;
};

} // namespace lykta::domain
