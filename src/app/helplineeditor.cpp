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

QVariantList HelplineEditor::languages() const
{
    QVariantList out = KioskContentLabels::languages();
    for (QVariant &v : out) {
        QVariantMap language = v.toMap();
        const auto it = m_line.translations.find(language.value(QStringLiteral("key")).toString());
        if (it != m_line.translations.end() && it->second.draft) {
            language.insert(
                QStringLiteral("label"),
                tr("%1 (utkast)").arg(language.value(QStringLiteral("label")).toString()));
            v = language;
        }
    }
    return out;
}

bool HelplineEditor::textDraft() const
{
    const auto it = m_line.translations.find(m_textLanguage);
    return it != m_line.translations.end() && it->second.draft;
}

void HelplineEditor::keepTyped()
{
    if (m_textLanguage == domain::KioskLanguage::fallback()) {
        m_line.name = m_name;
        m_line.hours = m_hours;
        m_line.audience = m_audience;
    } else {
        domain::HelplineText &t = m_line.translations[m_textLanguage]; // a draft stays a draft
        t.name = m_name;
        t.hours = m_hours;
        t.audience = m_audience;
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
    m_chatUrl = m_line.chat.url;
    m_chatVerified = m_line.chat.verified.toString(Qt::ISODate);
    m_webUrl = m_line.web.url;
    m_webVerified = m_line.web.verified.toString(Qt::ISODate);
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
    // A chat or web page: a date that is written must be one; an address that changed was not
    // checked on the day the old one was, unless a new date was written with it.
    const auto link = [](const domain::HelplineLink &held, const QString &url,
                         const QString &verified, bool &ok) {
        domain::HelplineLink out{url.trimmed(), QDate::fromString(verified.trimmed(), Qt::ISODate)};
        ok = verified.trimmed().isEmpty() || out.verified.isValid();
        if (out.url != held.url && out.verified == held.verified)
            out.verified = QDate();
        return out;
    };
    bool chatDate = false;
    bool webDate = false;
    line.chat = link(m_line.chat, m_chatUrl, m_chatVerified, chatDate);
    line.web = link(m_line.web, m_webUrl, m_webVerified, webDate);
    if (!chatDate)
        return fail(domain::domainError(domain::DomainErrc::InvalidDate, "chat_verified"));
    if (!webDate)
        return fail(domain::domainError(domain::DomainErrc::InvalidDate, "web_verified"));
    domain::KioskContentService content(workspace()->store());
    const auto refused = [&](const domain::DomainError &e) {
        // The Swedish name is the one required: show it, with its message, in place.
        if (e.field == "name" && m_textLanguage != domain::KioskLanguage::fallback()) {
            m_textLanguage = domain::KioskLanguage::fallback();
            showText();
            announceLoad();
        }
        if (e.code == domain::DomainErrc::Empty && e.field == "number")
            return fail(e, tr("Skriv ett telefonnummer, eller adressen till en chatt eller en "
                              "webbsida."));
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

bool HelplineEditor::approveText()
{
    const QString language = m_textLanguage;
    if (!save())
        return false;
    if (auto r = domain::KioskContentService(workspace()->store())
                     .approveTranslation(workspace()->actor(), m_lineId.toStdString(), language);
        !r)
        return fail(r.error());
    workspace()->notifyChanged();
    load();
    return true;
}

} // namespace lykta::app
