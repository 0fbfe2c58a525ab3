import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.Kiosk

// Where every visit starts: a language (named in itself, no flags) and an age band.
Page {
    id: page
    signal bandChosen(string band)
    readonly property string kioskPage: "start"
    background: null

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * KioskTheme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            width: Math.min(parent.width - 2 * KioskTheme.margin, KioskTheme.readingWidth * 1.2)
            x: (parent.width - width) / 2
            y: KioskTheme.margin
            spacing: KioskTheme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: KioskTheme.spacing
                Image {
                    source: "pictures/lantern.svg"
                    sourceSize.width: Math.round(120 * KioskTheme.scale)
                    sourceSize.height: Math.round(120 * KioskTheme.scale)
                    Layout.preferredWidth: sourceSize.width
                    Layout.preferredHeight: sourceSize.height
                    Accessible.ignored: true
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Math.round(KioskTheme.spacing / 2)
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Hej!")
                        font.pixelSize: KioskTheme.titleSize
                        font.weight: Font.Bold
                        color: KioskTheme.ink
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Här finns kort för dig som har någon i familjen som är sjuk, har ett beroende eller mår dåligt.")
                        font.pixelSize: KioskTheme.bodySize
                        color: KioskTheme.ink
                        wrapMode: Text.Wrap
                    }
                }
            }

            Label {
                Layout.topMargin: KioskTheme.spacing
                Layout.fillWidth: true
                text: qsTr("Välj språk")
                font.pixelSize: KioskTheme.buttonSize
                font.weight: Font.DemiBold
                color: KioskTheme.muted
            }
            Flow {
                id: languages
                Layout.fillWidth: true
                spacing: KioskTheme.spacing
                Repeater {
                    model: Kiosk.languages
                    delegate: BigButton {
                        required property var modelData
                        objectName: "language_" + modelData.code
                        // Nine languages fit in two rows with the age bands still on screen.
                        height: Math.round(KioskTheme.touch * 0.8)
                        text: modelData.name
                        selected: Kiosk.language === modelData.code
                        fill: selected ? KioskTheme.accentSoft : KioskTheme.card
                        onClicked: Kiosk.language = modelData.code
                    }
                }
            }

            Label {
                Layout.topMargin: KioskTheme.spacing
                Layout.fillWidth: true
                text: qsTr("Hur gammal är du?")
                font.pixelSize: KioskTheme.buttonSize
                font.weight: Font.DemiBold
                color: KioskTheme.muted
            }
            Flow {
                id: bands
                Layout.fillWidth: true
                spacing: KioskTheme.spacing
                // Three in a row when they fit with room for their words, else one per row.
                readonly property int columns: width > 3 * KioskTheme.touch * 3.2 ? 3 : 1
                Repeater {
                    model: [
                        { band: "3-6", label: qsTr("Jag är 3–6 år"), fill: KioskTheme.bandSmall },
                        { band: "7-12", label: qsTr("Jag är 7–12 år"), fill: KioskTheme.bandMiddle },
                        { band: "13-18", label: qsTr("Jag är 13–18 år"), fill: KioskTheme.bandTeen }
                    ]
                    delegate: BigButton {
                        required property var modelData
                        objectName: "band_" + modelData.band
                        width: (bands.width - (bands.columns - 1) * bands.spacing) / bands.columns
                        height: KioskTheme.touch * (bands.columns === 3 ? 1.4 : 1.3)
                        text: modelData.label
                        fill: modelData.fill
                        fontSize: KioskTheme.titleSize * 0.8
                        onClicked: page.bandChosen(modelData.band)
                    }
                }
            }
        }
    }
}
