#include "conflictlistmodel.h"

#include "placetext.h"

#include <QLocale>

#include <algorithm>

namespace lykta::app {

namespace {

QString whenText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

void ConflictListModel::reload()
{
    m_rows.clear();
    domain::ConflictService service(workspace()->store());
    auto conflicts = service.list();
    if (!conflicts)
        return;
    const QString unknown = tr("okänd medarbetare");
    for (const domain::Conflict &c : *conflicts) {
        ConflictRow row;
        const sync::Hlc &h = c.key.copy;
        row.key =
            QStringLiteral("%1/%2/%3/%4/%5")
                .arg(QString::fromStdString(c.key.entity), QString::fromStdString(c.key.entityId),
                     QString::fromStdString(c.key.field))
                .arg(h.packedTime())
                .arg(h.device);
        row.place = PlaceText::of(c.place);
        row.currentText = c.current.text;
        row.currentAuthor = c.current.authorName.isEmpty() ? unknown : c.current.authorName;
        row.currentWhen = whenText(c.current.writtenAt);
        row.copyText = c.copy.text;
        row.copyAuthor = c.copy.authorName.isEmpty() ? unknown : c.copy.authorName;
        row.copyWhen = whenText(c.copy.writtenAt);
        row.isSigned = c.place.isSigned;
        row.conflict = c.key;
        row.currentVersion = c.current.version;
        m_rows.push_back(std::move(row));
    }
}

bool ConflictListModel::keepCurrent(const QString &key)
{
    return resolve(key, nullptr, false);
}

bool ConflictListModel::keepCopy(const QString &key)
{
    return resolve(key, nullptr, true);
}

bool ConflictListModel::keepMerged(const QString &key, const QString &text)
{
    return resolve(key, &text, false);
}

bool ConflictListModel::resolve(const QString &key, const QString *text, bool fromCopy)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&](const ConflictRow &r) { return r.key == key; });
    if (it == m_rows.end()) {
        const domain::DomainError gone = domain::domainError(domain::DomainErrc::NotFound);
        return settle(&gone, tr("Konflikten är redan löst, här eller på en annan enhet."));
    }
    const QString chosen = text ? *text : fromCopy ? it->copyText : it->currentText;
    domain::ConflictService service(workspace()->store());
    auto resolved = service.resolve(workspace()->actor(), it->conflict, it->currentVersion, chosen);
    if (resolved)
        return settle(nullptr);
    QString words;
    switch (resolved.error().code) {
    case domain::DomainErrc::Empty:
        words = tr("Texten får inte vara tom. Behåll en av versionerna om ingen text ska bort.");
        break;
    case domain::DomainErrc::NotFound:
        words = tr("Konflikten är redan löst, här eller på en annan enhet.");
        break;
    case domain::DomainErrc::WrongState:
        words = tr("Texten har ändrats sedan du öppnade konflikten. Läs igenom den igen.");
        break;
    case domain::DomainErrc::SignedImmutable:
        words = tr("Anteckningen är signerad och kan inte ändras. Båda versionerna finns kvar; "
                   "skriv en rättelse om något behöver läggas till.");
        break;
    default:
        break;
    }
    const bool ok = settle(&resolved.error(), words);
    refresh(); // what changed under the person (a pull, another resolution) shows now
    return ok;
}

QVariant ConflictListModel::roleData(const ConflictRow &row, int role) const
{
    switch (role) {
    case KeyRole:
        return row.key;
    case PlaceRole:
        return row.place;
    case CurrentTextRole:
        return row.currentText;
    case CurrentAuthorRole:
        return row.currentAuthor;
    case CurrentWhenRole:
        return row.currentWhen;
    case CopyTextRole:
        return row.copyText;
    case CopyAuthorRole:
        return row.copyAuthor;
    case CopyWhenRole:
        return row.copyWhen;
    case MergeDraftRole:
        return row.currentText + QStringLiteral("\n\n") + row.copyText;
    case SignedRole:
        return row.isSigned;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const
{
    return {{KeyRole, "conflictKey"},         {PlaceRole, "place"},
            {CurrentTextRole, "currentText"}, {CurrentAuthorRole, "currentAuthor"},
            {CurrentWhenRole, "currentWhen"}, {CopyTextRole, "copyText"},
            {CopyAuthorRole, "copyAuthor"},   {CopyWhenRole, "copyWhen"},
            {MergeDraftRole, "mergeDraft"},   {SignedRole, "signedRecord"}};
}

} // namespace lykta::app
