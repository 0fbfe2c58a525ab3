#pragma once

#include "editorbase.h"
#include "kiosksettings.h"

#include <QVariantMap>

namespace lykta::app {

// The form behind the unit's kiosk idle times: how many seconds a kiosk waits after the last
// touch before it goes back to the start, on the start page, the card list, a card and the
// helplines (domain::KioskSettings). Shows the defaults while the unit has set none. Only staff
// with the content role may save (canManage); a value outside minSeconds..maxSeconds is refused
// with its message in place (fieldErrors idle_start_s, idle_cards_s, idle_card_s,
// idle_helplines_s).
class KioskSettingsEditor : public EditorBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int idleStart MEMBER m_idleStart NOTIFY idleStartChanged)
    Q_PROPERTY(int idleCards MEMBER m_idleCards NOTIFY idleCardsChanged)
    Q_PROPERTY(int idleCard MEMBER m_idleCard NOTIFY idleCardChanged)
    Q_PROPERTY(int idleHelplines MEMBER m_idleHelplines NOTIFY idleHelplinesChanged)
    Q_PROPERTY(bool canManage READ canManage NOTIFY loaded)
    // {start, cards, card, helplines}: the seconds a kiosk uses when none are set.
    Q_PROPERTY(QVariantMap defaults READ defaults CONSTANT)
    Q_PROPERTY(int minSeconds READ minSeconds CONSTANT)
    Q_PROPERTY(int maxSeconds READ maxSeconds CONSTANT)

public:
    using EditorBase::EditorBase;

    bool canManage() const { return m_canManage; }
    static QVariantMap defaults();
    static int minSeconds();
    static int maxSeconds();

    // True when saved for the unit; every kiosk of the unit has them after its next sync.
    Q_INVOKABLE bool save();
    // Puts the defaults in the form (save() then sets them).
    Q_INVOKABLE void useDefaults();

signals:
    // (Re)loaded from the store: every property may be new (EditorBase::announceLoad).
    void loaded();
    void idleStartChanged();
    void idleCardsChanged();
    void idleCardChanged();
    void idleHelplinesChanged();

protected:
    void load() override;

private:
    void show(const domain::KioskSettings &settings);

    int m_idleStart = 0;
    int m_idleCards = 0;
    int m_idleCard = 0;
    int m_idleHelplines = 0;
    bool m_canManage = false;
};

} // namespace lykta::app
