#include "kvaimportcontroller.h"

#include "errortext.h"
#include "kvacodeservice.h"
#include "managerrole.h"

#include <QFile>
#include <QUrl>

namespace lykta::app {

namespace {

// A code list is a few hundred lines; anything far larger is not one.
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

} // namespace

void KvaImportController::load()
{
    clearErrors();
    m_preview.reset();
    m_canImport = workspace() && isManager(*workspace());
    emit previewChanged();
}

void KvaImportController::setFile(const QString &file)
{
    if (file == m_file)
        return;
    m_file = file;
    m_preview.reset(); // a preview belongs to the file it was made from
    emit previewChanged();
}

void KvaImportController::setListVersion(const QString &version)
{
    if (version == m_listVersion)
        return;
    m_listVersion = version;
    m_preview.reset();
    emit previewChanged();
}

int KvaImportController::added() const
{
    return m_preview ? static_cast<int>(m_preview->added.size()) : 0;
}

int KvaImportController::changed() const
{
    return m_preview ? static_cast<int>(m_preview->changed.size()) : 0;
}

int KvaImportController::retired() const
{
    return m_preview ? static_cast<int>(m_preview->retired.size()) : 0;
}

int KvaImportController::unchanged() const
{
    return m_preview ? static_cast<int>(m_preview->unchanged) : 0;
}

QVariantList KvaImportController::rows() const
{
    QVariantList out;
    if (!m_preview)
        return out;
    const auto add = [&out](const std::vector<domain::KvaCode> &codes, const QString &change,
                            const QString &words) {
        for (const auto &c : codes)
            out.append(QVariantMap{{QStringLiteral("code"), c.code},
                                   {QStringLiteral("title"), c.title},
                                   {QStringLiteral("change"), change},
                                   {QStringLiteral("changeText"), words}});
    };
    add(m_preview->added, QStringLiteral("added"), tr("Läggs till"));
    add(m_preview->changed, QStringLiteral("changed"), tr("Ändras"));
    add(m_preview->retired, QStringLiteral("retired"), tr("Utgår"));
    return out;
}

bool KvaImportController::readFile(QString &text)
{
    const QUrl url(m_file.trimmed());
    const QString path = url.isLocalFile() ? url.toLocalFile() : m_file.trimmed();
    if (path.isEmpty())
        return fail(QStringLiteral("file"), tr("Välj en CSV-fil med koder."));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("file"),
                    tr("Filen gick inte att öppna. Kontrollera var den ligger."));
    if (f.size() > kMaxFileBytes)
        return fail(QStringLiteral("file"), tr("Filen är för stor för att vara en kodlista."));
    text = QString::fromUtf8(f.readAll());
    return true;
}

bool KvaImportController::refuse(const domain::DomainError &error)
{
    // "line 3": the message names the line, shown at the file.
    if (error.field.rfind("line ", 0) == 0) {
        //: %1 is a line number of the imported file, %2 what is wrong with it
        return fail(QStringLiteral("file"), tr("Rad %1: %2")
                                                .arg(QString::fromStdString(error.field.substr(5)),
                                                     ui::ErrorText::forDomain(error)));
    }
    if (error.field == "csv")
        return fail(QStringLiteral("file"), tr("Filen innehåller inga koder."));
    return fail(error);
}

bool KvaImportController::preview()
{
    clearErrors();
    m_preview.reset();
    emit previewChanged();
    if (!workspace())
        return false;
    if (!isManager(*workspace()))
        return fail(domain::domainError(domain::DomainErrc::NotPermitted, "role"));
    QString text;
    if (!readFile(text))
        return false;
    auto p = domain::KvaCodeService(workspace()->store()).previewCsv(text, m_listVersion);
    if (!p)
        return refuse(p.error());
    m_preview = std::move(*p);
    emit previewChanged();
    return true;
}

bool KvaImportController::confirm()
{
    clearErrors();
    if (!workspace())
        return false;
    if (!isManager(*workspace()))
        return fail(domain::domainError(domain::DomainErrc::NotPermitted, "role"));
    if (!m_preview)
        return fail(QStringLiteral("file"), tr("Förhandsgranska importen först."));
    QString text;
    if (!readFile(text))
        return false;
    if (auto r = domain::KvaCodeService(workspace()->store())
                     .importCsv(workspace()->actor(), text, m_listVersion);
        !r)
        return refuse(r.error());
    m_preview.reset();
    emit previewChanged();
    workspace()->notifyChanged();
    return true;
}

} // namespace lykta::app
