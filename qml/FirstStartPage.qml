import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lykta.App

// The first start of a device that is not the demo: nobody can write until it is enrolled
// with the server as a staff member and has synced once (the window shows this page instead
// of the app until then).
Page {
    id: page
    background: Rectangle { color: Theme.surface }
    // Shown in the overlay, outside the window's content: its colours are set again here.
    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    property alias form: enroll.form

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, 640)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.margin }
            Label {
                Layout.fillWidth: true
                text: qsTr("Välkommen till Lykta")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Koppla enheten till kommunens Lykta-server innan du börjar skriva. "
                           + "Du behöver serverns adress och en engångskod från den som "
                           + "administrerar Lykta; har du fått en QR-kod kan du klistra in dess "
                           + "innehåll i adressfältet.")
                wrapMode: Text.Wrap
            }
            EnrollSection {
                id: enroll
                Layout.fillWidth: true
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
