import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.Kiosk

// Numbers to call, each with who it is for, when it answers and when someone last checked it.
Page {
    id: page
    background: null

    ListView {
        id: list
        objectName: "helplineList"
        anchors.fill: parent
        anchors.margins: KioskTheme.margin
        spacing: KioskTheme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: Kiosk.helplines
        header: Column {
            width: Math.min(list.width, KioskTheme.readingWidth * 1.2)
            spacing: KioskTheme.spacing
            bottomPadding: KioskTheme.spacing
            Label {
                width: parent.width
                text: qsTr("Hjälplinjer")
                font.pixelSize: KioskTheme.titleSize
                font.weight: Font.Bold
                color: KioskTheme.ink
                wrapMode: Text.Wrap
            }
            EmergencyLine {
                width: parent.width
            }
        }
        delegate: Rectangle {
            required property string name
            required property string number
            required property string hours
            required property string audience
            required property string verified
            width: Math.min(list.width, KioskTheme.readingWidth * 1.2)
            height: row.implicitHeight + 2 * KioskTheme.margin
            radius: KioskTheme.radius
            color: KioskTheme.card
            border.color: "#e7e5e4"
            border.width: Math.max(2, 2 * KioskTheme.scale)

            RowLayout {
                id: row
                x: KioskTheme.margin
                y: KioskTheme.margin
                width: parent.width - 2 * KioskTheme.margin
                spacing: KioskTheme.spacing
                Image {
                    source: "pictures/helpline.svg"
                    sourceSize.width: Math.round(96 * KioskTheme.scale)
                    sourceSize.height: Math.round(96 * KioskTheme.scale)
                    Layout.alignment: Qt.AlignTop
                    Accessible.ignored: true
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Math.round(KioskTheme.spacing / 3)
                    Label {
                        Layout.fillWidth: true
                        text: name
                        font.pixelSize: KioskTheme.buttonSize
                        font.weight: Font.DemiBold
                        color: KioskTheme.ink
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: number
                        font.pixelSize: KioskTheme.titleSize
                        font.weight: Font.Bold
                        color: KioskTheme.accent
                        wrapMode: Text.Wrap
                        Accessible.name: qsTr("Telefonnummer %1").arg(number)
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: audience.length > 0
                        text: audience
                        font.pixelSize: KioskTheme.bodySize
                        color: KioskTheme.ink
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: hours.length > 0
                        //: when a helpline answers, e.g. "Öppet: dygnet runt"
                        text: qsTr("Öppet: %1").arg(hours)
                        font.pixelSize: KioskTheme.bodySize
                        color: KioskTheme.ink
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        //: the date someone last checked that the number answers
                        text: qsTr("Senast kontrollerat %1").arg(verified)
                        font.pixelSize: KioskTheme.smallSize
                        color: KioskTheme.muted
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
