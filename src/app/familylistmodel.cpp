#include "familylistmodel.h"

#include "errortext.h"
#include "familyservice.h"
#include "store/fields.h"

#include <unordered_map>

namespace lykta::app {

void FamilyListModel::setFilter(const QString &filter)
{
    if (assignAndRefresh(m_filter, filter))
        emit filterChanged();
}

void FamilyListModel::setShowClosed(bool show)
{
    if (m_showClosed == show)
        return;
    m_showClosed = show;
    emit showClosedChanged();
    refresh();
}

void FamilyListModel::refresh()
{
    if (workspace())
        reload(); // rows change when the read answers, not now
}

void FamilyListModel::reload()
{
    struct Answer
    {
        std::optional<domain::DomainError> error;
        std::vector<FamilyRow> rows;
    };
    readInBackground(
        [unitId = workspace()->actor().unitId, filter = m_filter,
         showClosed = m_showClosed](store::Store *store) {
            Answer answer;
            if (!store)
                return answer; // locked: the list reads again after the unlock
            auto families = domain::FamilyService(*store).families(unitId);
            if (!families) {
                answer.error = families.error();
                return answer;
            }
            // One read of the children for all families, not one per family.
            std::unordered_map<std::string, int> childCount;
            if (auto children = store->list("child")) {
                for (const auto &child : *children)
                    ++childCount[child.text(store::fields::child::family_id)];
            }
            for (const auto &family : *families) {
                if (!filter.isEmpty() && !family.name.contains(filter, Qt::CaseInsensitive))
                    continue;
                if (family.isClosed() && !showClosed && filter.isEmpty())
                    continue;
                const auto count = childCount.find(family.id);
                answer.rows.push_back({QString::fromStdString(family.id), family.name,
                                       family.problemType,
                                       family.firstContact.toString(Qt::ISODate),
                                       family.closedOn.toString(Qt::ISODate),
                                       count == childCount.end() ? 0 : count->second});
            }
            std::sort(answer.rows.begin(), answer.rows.end(),
                      [](const FamilyRow &a, const FamilyRow &b) {
                          return QString::localeAwareCompare(a.name, b.name) < 0;
                      });
            return answer;
        },
        [this](Answer answer) {
            // Locked meanwhile: nothing shows now, and the list reads again after the unlock.
            if (workspace()->store().isLocked()) {
                setErrorText({});
                replaceRows({});
                return;
            }
            if (answer.error) {
                setErrorText(ui::ErrorText::forDomain(*answer.error));
                return; // what was shown stays
            }
            setErrorText({});
            replaceRows(std::move(answer.rows));
        });
}

QVariant FamilyListModel::roleData(const FamilyRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case NameRole:
        return row.name;
    case ProblemTypeRole:
        return row.problemType;
    case ChildCountRole:
        return row.children;
    case FirstContactRole:
        return row.firstContact;
    case ClosedOnRole:
        return row.closedOn;
    default:
        return {};
    }
}

QHash<int, QByteArray> FamilyListModel::roleNames() const
{
    return {{IdRole, "familyId"},
            {NameRole, "name"},
            {ProblemTypeRole, "problemType"},
            {ChildCountRole, "childCount"},
            {FirstContactRole, "firstContact"},
            {ClosedOnRole, "closedOn"}};
}

} // namespace lykta::app
