#include "templatelistmodel.h"

#include "conversationtemplateservice.h"

#include <algorithm>

namespace lykta::app {

void TemplateListModel::reload()
{
    m_rows.clear();
    const auto shipped = domain::ConversationTemplateService::defaults();
    for (const auto &t : domain::ConversationTemplateService(workspace()->store()).all()) {
        const bool own = std::none_of(shipped.begin(), shipped.end(),
                                      [&t](const auto &s) { return s.kind == t.kind; });
        m_rows.push_back({QString::fromStdString(t.id), t.name, t.minAge, t.maxAge,
                          static_cast<int>(t.steps.size()), t.version, own});
    }
}

QVariant TemplateListModel::roleData(const TemplateRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case NameRole:
        return row.name;
    case AgesRole:
        return tr("%1–%2 år").arg(row.minAge).arg(row.maxAge);
    case StepsRole:
        return row.steps;
    case VersionRole:
        return row.version;
    case OwnRole:
        return row.own;
    default:
        return {};
    }
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    return {{IdRole, "templateId"}, {NameRole, "name"},       {AgesRole, "ages"},
            {StepsRole, "steps"},   {VersionRole, "version"}, {OwnRole, "isOwn"}};
}

} // namespace lykta::app
