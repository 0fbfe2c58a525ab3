import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Lykta.Kiosk

// The kiosk's window: full screen on the waiting-room device, the whole of it a KioskView.
ApplicationWindow {
    id: window
    property bool fullScreen: true
    width: 1280
    height: 800
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    title: qsTr("Lykta")
    color: KioskTheme.background
    Material.theme: Material.Light
    Material.accent: KioskTheme.accent
    Material.primary: KioskTheme.accent

    KioskView {
        id: view
        anchors.fill: parent
    }

    // Used by `lykta --kiosk --self-test`: every page, by name, in the order they are shown.
    function pageNames() {
        const names = ["start", "cards-3-6", "card-3-6", "cards-7-12", "card-7-12",
                       "cards-13-18", "card-13-18", "card-danger", "helplines", "pin"]
        if (Kiosk.languages.some(l => l.rightToLeft))
            names.push("rtl-cards", "rtl-card")
        return names
    }
    // The self-test's way to a page (PageTour calls this on every window it tours).
    function tourPage(name) { showPage(name) }
    function showPage(name) {
        view.animated = false
        view.goHome()
        const rtl = Kiosk.languages.find(l => l.rightToLeft)
        switch (name) {
        case "start": break
        case "cards-3-6": case "cards-7-12": case "cards-13-18":
            view.openBand(name.slice(6)); break
        case "card-3-6": case "card-7-12": case "card-13-18":
            view.openBand(name.slice(5)); view.openCard(0); break
        case "card-danger": view.openBand("13-18"); view.openCard(dangerRow()); break
        case "helplines": view.openBand("7-12"); view.openHelplines(); break
        case "pin": view.pinPad.open(); break
        case "rtl-cards": Kiosk.language = rtl.code; view.openBand(rtlBand()); break
        case "rtl-card": Kiosk.language = rtl.code; view.openBand(rtlBand()); view.openCard(0); break
        }
    }
    // The first card of the chosen band that shows the emergency line (0 when none does).
    function dangerRow() {
        for (let row = 0; row < Kiosk.cards.count; ++row) {
            if (Kiosk.cards.get(row).emergency)
                return row
        }
        return 0
    }
    // The first age band that has cards in the right-to-left language.
    function rtlBand() {
        for (const band of ["3-6", "7-12", "13-18"]) {
            Kiosk.ageBand = band
            if (Kiosk.cards.count > 0)
                return band
        }
        return "7-12"
    }
}
