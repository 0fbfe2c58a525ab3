#include "rejectionlistmodel.h"

#include "errortext.h"
#include "fieldplace.h"
#include "placetext.h"
#include "sync/core/merge.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>

namespace lykta::app {

QString RejectionListModel::reasonWords(sync::RejectReason reason, std::string_view detail)
{
    if (detail == sync::kConflictsFullDetail)
        return tr("Det finns redan så många olösta versioner av den här texten att servern inte "
                  "tar emot fler. Lös konflikterna först och skriv sedan in texten igen.");
    switch (reason) {
    case sync::RejectReason::SignedImmutable:
        return tr("Anteckningen hade redan signerats när ändringen kom fram till servern. Behövs "
                  "texten, skriv en rättelse.");
    case sync::RejectReason::NotAuthorized:
        return tr("Ändringen gäller uppgifter utanför de enheter du arbetar i.");
    case sync::RejectReason::ClockTooFarAhead:
        return tr("Enhetens klocka gick fel när ändringen gjordes. Kontrollera datum och tid och "
                  "skriv in texten igen.");
    case sync::RejectReason::Invalid:
        return tr("Servern kunde inte ta emot ändringen i den här formen. Skriv in texten igen, "
                  "eller kontakta den som ansvarar för Lykta.");
    case sync::RejectReason::OutOfOrder:
    case sync::RejectReason::None:
        break;
    }
    return tr("Servern tog inte emot ändringen.");
}

void RejectionListModel::reload()
{
    m_rows.clear();
    store::Store &store = workspace()->store();
    auto edits = store.rejections();
    if (!edits)
        return;
    for (const store::RejectedEdit &e : *edits) {
        if (e.handledMs != 0)
            continue;
        RejectionRow row;
        row.id = QString::number(e.counter);
        row.place = PlaceText::of(domain::placeOf(store, e.entity, e.entityId, e.field));
        row.reason = reasonWords(e.reason, e.detail);
        if (const auto *text = std::get_if<std::string>(&e.value))
            row.keptText = QString::fromStdString(*text);
        row.when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.hlc.wallMs).toLocalTime(),
                                      QLocale::ShortFormat);
        m_rows.push_back(std::move(row));
    }
}

const RejectionRow *RejectionListModel::find(const QString &id)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&](const RejectionRow &r) { return r.id == id; });
    if (it != m_rows.end())
        return &*it;
    const domain::DomainError gone = domain::domainError(domain::DomainErrc::NotFound);
    settle(&gone, tr("Ändringen finns inte längre i listan."));
    return nullptr;
}

bool RejectionListModel::copyText(const QString &id)
{
    const RejectionRow *row = find(id);
    if (!row)
        return false;
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (row->keptText.isEmpty() || !app) {
        const domain::DomainError none = domain::domainError(domain::DomainErrc::Empty);
        return settle(&none, tr("Det finns ingen text att kopiera."));
    }
    QGuiApplication::clipboard()->setText(row->keptText);
    return settle(nullptr);
}

bool RejectionListModel::markHandled(const QString &id)
{
    if (!find(id))
        return false;
    auto marked = workspace()->store().markRejectionHandled(id.toULongLong());
    if (!marked) {
        const domain::DomainError error{
            domain::DomainErrc::Storage, {}, marked.error().code, marked.error().detail};
        return settle(&error, ui::ErrorText::forStore(marked.error().code));
    }
    return settle(nullptr);
}

QVariant RejectionListModel::roleData(const RejectionRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case PlaceRole:
        return row.place;
    case ReasonRole:
        return row.reason;
    case KeptTextRole:
        return row.keptText;
    case WhenRole:
        return row.when;
    default:
        return {};
    }
}

QHash<int, QByteArray> RejectionListModel::roleNames() const
{
    return {{IdRole, "rejectionId"},
            {PlaceRole, "place"},
            {ReasonRole, "reason"},
            {KeptTextRole, "keptText"},
            {WhenRole, "refusedWhen"}};
}

} // namespace lykta::app
