import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Settings of this device: the app's language (switched at once), when it locks itself and
// whether it syncs by itself on mobile data.
// Connecting to the server stays on the sync page.
Page {
    id: page
    background: null

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        Column {
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
            x: Theme.margin
            spacing: Theme.spacing

            Item { width: 1; height: Theme.margin - Theme.spacing }
            Label {
                width: parent.width
                text: qsTr("Inställningar")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }

            Label {
                width: parent.width
                topPadding: Theme.spacing
                text: qsTr("Språk")
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            Label {
                width: parent.width
                text: qsTr("Appens texter byts direkt. Anteckningar och annat som skrivits ändras inte.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            // Each language is named in its own words, so it can be found in either.
            Column {
                RadioButton {
                    text: "Svenska"
                    checked: Language.code === "sv"
                    implicitHeight: Theme.touch
                    onClicked: Language.setCode("sv")
                }
                RadioButton {
                    text: "English"
                    checked: Language.code === "en"
                    implicitHeight: Theme.touch
                    onClicked: Language.setCode("en")
                }
            }

            Label {
                width: parent.width
                topPadding: Theme.spacing
                text: qsTr("Lås")
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            Label {
                width: parent.width
                text: qsTr("Lås efter så många minuter utan att någon rört skärmen")
                wrapMode: Text.Wrap
            }
            SpinBox {
                from: 1
                to: 60
                value: Lock.idleMinutes
                editable: true
                implicitHeight: Theme.touch
                Accessible.name: qsTr("Minuter till låsning")
                onValueModified: Lock.idleMinutes = value
            }
            Button {
                text: qsTr("Lås nu")
                implicitHeight: Theme.touch
                onClicked: Lock.lock()
            }

            Label {
                width: parent.width
                topPadding: Theme.spacing
                text: qsTr("Synkronisering")
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            Label {
                width: parent.width
                text: qsTr("Lykta synkar av sig själv när nätet kommer tillbaka, strax efter att du signerat och var 15:e minut. På mobildata bara om du tillåter det här; Synkronisera nu fungerar alltid.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Switch {
                width: parent.width
                text: qsTr("Synka även på mobildata")
                checked: SyncScheduler.allowMetered
                implicitHeight: Theme.touch
                onToggled: SyncScheduler.allowMetered = checked
            }
            Item { width: 1; height: Theme.margin }
        }
    }
}
