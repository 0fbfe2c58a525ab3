#include "kvacodemodel.h"

#include "conversationtemplateservice.h"
#include "kvacodeservice.h"
#include "managerrole.h"

#include <algorithm>
#include <utility>

namespace lykta::app {

void KvaCodeModel::reload()
{
    m_canEdit = isManager(*workspace());
    m_kinds = choicesFromStore();
    const domain::KvaCodeService codes(workspace()->store());
    m_rows = codes.codes();
    const auto versions = codes.listVersions();
    const QStringList before = std::exchange(m_versions, {versions.begin(), versions.end()});
    if (before != m_versions)
        emit listVersionsChanged();
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const auto &a, const auto &b) { return a.retired < b.retired; });
}

QVariantList KvaCodeModel::choicesFromStore() const
{
    QVariantList out{QVariantMap{{QStringLiteral("kind"), QString()},
                                 {QStringLiteral("name"), tr("Inte kopplad")}}};
    for (const auto &t : domain::ConversationTemplateService(workspace()->store()).all())
        out.append(QVariantMap{{QStringLiteral("kind"), t.kind}, {QStringLiteral("name"), t.name}});
    return out;
}

QVariantList KvaCodeModel::kindChoices() const
{
    return m_kinds;
}

bool KvaCodeModel::setKind(const QString &codeId, int kindIndex)
{
    if (!workspace())
        return false;
    if (!isManager(*workspace())) {
        const auto e = domain::domainError(domain::DomainErrc::NotPermitted, "role");
        return settle(&e);
    }
    if (kindIndex < 0 || kindIndex >= m_kinds.size()) {
        const auto e = domain::domainError(domain::DomainErrc::OutOfRange, "conversation_kind");
        return settle(&e);
    }
    const QString kind = m_kinds.at(kindIndex).toMap().value(QStringLiteral("kind")).toString();
    auto r = domain::KvaCodeService(workspace()->store())
                 .setKind(workspace()->actor(), codeId.toStdString(), kind);
    return settle(r ? nullptr : &r.error());
}

QVariant KvaCodeModel::roleData(const domain::KvaCode &row, int role) const
{
    switch (role) {
    case IdRole:
        return QString::fromStdString(row.id);
    case CodeRole:
        return row.code;
    case TitleRole:
        return row.title;
    case ListVersionRole:
        return row.listVersion;
    case KindRole:
        return row.conversationKind;
    case KindIndexRole: {
        const auto it = std::find_if(m_kinds.begin(), m_kinds.end(), [&row](const QVariant &k) {
            return k.toMap().value(QStringLiteral("kind")).toString() == row.conversationKind;
        });
        return it == m_kinds.end() ? 0 : static_cast<int>(it - m_kinds.begin());
    }
    case RetiredRole:
        return row.retired;
    default:
        return {};
    }
}

QHash<int, QByteArray> KvaCodeModel::roleNames() const
{
    return {{IdRole, "codeId"},      {CodeRole, "code"},
            {TitleRole, "title"},    {ListVersionRole, "listVersion"},
            {KindRole, "kind"},      {KindIndexRole, "kindIndex"},
            {RetiredRole, "retired"}};
}

} // namespace lykta::app
