#include "kiosksettingseditor.h"

#include "kioskcontentservice.h"

namespace lykta::app {

QVariantMap KioskSettingsEditor::defaults()
{
    const domain::KioskSettings d;
    return {{QStringLiteral("start"), d.idleStartSeconds},
            {QStringLiteral("cards"), d.idleCardsSeconds},
            {QStringLiteral("card"), d.idleCardSeconds},
            {QStringLiteral("helplines"), d.idleHelplinesSeconds}};
}

int KioskSettingsEditor::minSeconds()
{
    return domain::KioskSettings::kMinSeconds;
}

int KioskSettingsEditor::maxSeconds()
{
    return domain::KioskSettings::kMaxSeconds;
}

void KioskSettingsEditor::show(const domain::KioskSettings &settings)
{
    m_idleStart = settings.idleStartSeconds;
    m_idleCards = settings.idleCardsSeconds;
    m_idleCard = settings.idleCardSeconds;
    m_idleHelplines = settings.idleHelplinesSeconds;
}

void KioskSettingsEditor::load()
{
    clearErrors();
    domain::KioskSettings settings;
    if (workspace()) {
        domain::KioskContentService content(workspace()->store());
        m_canManage = content.mayManage(workspace()->actor());
        settings = content.settings(workspace()->actor().unitId);
    }
    show(settings);
    announceLoad();
}

void KioskSettingsEditor::useDefaults()
{
    clearErrors();
    show(domain::KioskSettings{});
    announceLoad();
}

bool KioskSettingsEditor::save()
{
    clearErrors();
    if (!workspace())
        return false;
    domain::KioskSettings settings;
    settings.idleStartSeconds = m_idleStart;
    settings.idleCardsSeconds = m_idleCards;
    settings.idleCardSeconds = m_idleCard;
    settings.idleHelplinesSeconds = m_idleHelplines;
    auto r = domain::KioskContentService(workspace()->store())
                 .setSettings(workspace()->actor(), settings);
    if (!r)
        return fail(r.error());
    workspace()->notifyChanged();
    load();
    return true;
}

} // namespace lykta::app
