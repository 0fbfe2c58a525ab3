import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Settings of this device: the app's language (switched at once) and when it locks itself.
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
            Item { width: 1; height: Theme.margin }
        }
    }
}
