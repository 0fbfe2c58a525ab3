#include "helplineeditor.h"

#include "kioskcontentlabels.h"
#include "kioskcontentservice.h"
#include "kiosklanguage.h"

namespace lykta::app {

void HelplineEditor::setLineId(const QString &id)
{
    if (m_lineId == id)
        return;
    m_lineId = id;
    load();
}

void HelplineEditor::setTextLanguage(const QString &language)
{
    if (language == m_textLanguage || !domain::KioskLanguage::isKnown(language))
        return;
    keepTyped();
    m_textLanguage = language;
    showText();
    announceLoad();
}

QVariantList HelplineEditor::languages()
{
    return KioskContentLabels::languages();
}

void HelplineEditor::keepTyped()
{
    if (m_textLanguage == domain::KioskLanguage::fallback()) {
        m_line.name = m_name;
        m_line.hours = m_hours;
        m_line.audience = m_audience;
    } else {
        m_line.translations[m_textLanguage] = {m_name, m_hours, m_audience};
    }
}

void HelplineEditor::showText()
{
    domain::HelplineText t{m_line.name, m_line.hours, m_line.audience};
    if (m_textLanguage != domain::KioskLanguage::fallback()) {
        const auto it = m_line.translations.find(m_textLanguage);
        t = it == m_line.translations.end() ? domain::HelplineText{} : it->second;
    }
    m_name = t.name;
    m_hours = t.hours;
    m_audience = t.audience;
}

void HelplineEditor::load()
{
    clearErrors();
    m_line = {};
    m_line.lastVerified = QDate::currentDate();
    if (workspace()) {
        domain::KioskContentService content(workspace()->store());
        m_canManage = content.mayManage(workspace()->actor());
        if (!m_lineId.isEmpty()) {
            if (auto line = content.helpline(m_lineId.toStdString()))
                m_line = *line;
            else
                fail(domain::domainError(domain::DomainErrc::NotFound, "helpline_id"));
        }
    }
    m_number = m_line.number;
    m_lastVerified = m_line.lastVerified.toString(Qt::ISODate);
    showText();
    announceLoad();
}

bool HelplineEditor::save()
{
    clearErrors();
    if (!workspace())
        return false;
    keepTyped();
    domain::Helpline line = m_line;
    line.id = m_lineId.toStdString();
    line.number = m_number.trimmed();
    line.lastVerified = QDate::fromString(m_lastVerified.trimmed(), Qt::ISODate);
    domain::KioskContentService content(workspace()->store());
    const auto refused = [&](const domain::DomainError &e) {
        // The Swedish name is the one required: show it, with its message, in place.
        if (e.field == "name" && m_textLanguage != domain::KioskLanguage::fallback()) {
            m_textLanguage = domain::KioskLanguage::fallback();
            showText();
            announceLoad();
        }
        return fail(e);
    };
    if (m_lineId.isEmpty()) {
        auto id = content.addHelpline(workspace()->actor(), line);
        if (!id)
            return refused(id.error());
        m_lineId = QString::fromStdString(*id);
    } else if (auto r = content.updateHelpline(workspace()->actor(), line); !r) {
        return refused(r.error());
    }
    workspace()->notifyChanged();
    load();
    return true;
}

} // namespace lykta::app
