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
    DomainResult<bool> update(const store::Actor &actor, const ConversationTemplate &t);
    DomainResult<ConversationTemplate> get(const std::string &id) const;
    DomainResult<ConversationTemplate> byKind(const QString &kind) const;
    std::vector<ConversationTemplate> all() const;

    static DomainResult<bool> validate(const ConversationTemplate &t);

private:
    store::Store &m_store;
};

} // namespace lykta::domain
