#include "sessioneditor.h"

#include "shippedtext.h"

#include <QLocale>

namespace lykta::app {

void SessionEditor::setSessionId(const QString &id)
{
    if (m_sessionId == id)
        return;
    m_sessionId = id;
    load();
}

void SessionEditor::load()
{
    clearErrors();
    m_session = {};
    if (workspace() && !m_sessionId.isEmpty()) {
        auto session = workspace()->groups().session(m_sessionId.toStdString());
        if (session)
            m_session = *session;
        else
            fail(session.error());
    }
    m_date = m_session.date.toString(Qt::ISODate);
    m_time = m_session.time.toString(QStringLiteral("HH:mm"));
    m_theme = ShippedText::display(m_session.theme);
    announceLoad();
}

QString SessionEditor::title() const
{
    if (m_session.id.empty())
        return {};
    return m_session.cancelled ? tr("Träff %1: %2 (inställd)")
                                     .arg(m_session.number)
                                     .arg(ShippedText::display(m_session.theme))
                               : tr("Träff %1: %2")
                                     .arg(m_session.number)
                                     .arg(ShippedText::display(m_session.theme));
}

QString SessionEditor::when() const
{
    const QString day = QLocale().toString(m_session.date, QStringLiteral("dddd d MMMM yyyy"));
    return m_session.time.isValid()
               ? QStringLiteral("%1 %2").arg(day, m_session.time.toString(QStringLiteral("HH:mm")))
               : day;
}

bool SessionEditor::saved(const domain::DomainResult<bool> &result)
{
    if (!result)
        return fail(result.error());
    workspace()->notifyChanged();
    load();
    return true;
}

bool SessionEditor::move()
{
    if (!workspace())
        return false;
    const QDate date = QDate::fromString(m_date.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return fail(QStringLiteral("date"), tr("Skriv datumet som ÅÅÅÅ-MM-DD."));
    QTime time;
    if (!m_time.trimmed().isEmpty()) {
        time = QTime::fromString(m_time.trimmed(), QStringLiteral("H:mm"));
        if (!time.isValid())
            return fail(QStringLiteral("time"), tr("Skriv tiden som TT:MM, till exempel 16:30."));
    }
    return saved(workspace()->groups().moveSession(workspace()->actor(), m_sessionId.toStdString(),
                                                   date, time));
}

bool SessionEditor::rename()
{
    if (!workspace())
        return false;
    return saved(workspace()->groups().renameSession(
        workspace()->actor(), m_sessionId.toStdString(),
        // A shipped theme left as shown keeps its key.
        m_theme == ShippedText::display(m_session.theme) ? m_session.theme : m_theme));
}

bool SessionEditor::cancel()
{
    if (!workspace())
        return false;
    return saved(
        workspace()->groups().cancelSession(workspace()->actor(), m_sessionId.toStdString()));
}

} // namespace lykta::app
