#include "leaveguard.h"

#include "formdraft.h"

#include <QQuickItem>

namespace lykta::app {

QList<FormDraft *> LeaveGuard::draftsIn(QObject *page)
{
    if (!page)
        return {};
    // A form's sections are child items, not always QObject children of the page: walk both.
    QList<FormDraft *> drafts = page->findChildren<FormDraft *>();
    if (auto *item = qobject_cast<QQuickItem *>(page)) {
        for (QQuickItem *child : item->childItems())
            for (FormDraft *draft : draftsIn(child))
                if (!drafts.contains(draft))
                    drafts.append(draft);
    }
    return drafts;
}

bool LeaveGuard::needsAsking(QObject *page) const
{
    const auto drafts = draftsIn(page);
    return std::any_of(drafts.begin(), drafts.end(), [](FormDraft *d) { return d->dirty(); });
}

bool LeaveGuard::keep(QObject *page) const
{
    bool all = true;
    for (FormDraft *draft : draftsIn(page))
        if (draft->dirty())
            all = draft->flush() && all;
    return all;
}

bool LeaveGuard::discard(QObject *page) const
{
    bool all = true;
    for (FormDraft *draft : draftsIn(page))
        all = draft->discard() && all;
    return all;
}

} // namespace lykta::app
