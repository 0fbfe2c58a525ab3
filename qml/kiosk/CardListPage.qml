import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.Kiosk

// The cards for the chosen age band and language, as big picture tiles, and the helplines.
Page {
    id: page
    signal cardChosen(int row)
    signal helplinesChosen()
    readonly property string kioskPage: "cards"
    // The 13–18 band's discreet look: tiles of words, no illustrations, a smaller heading.
    readonly property bool discreet: Kiosk.ageBand === "13-18"
    background: null

    readonly property string heading: {
        switch (Kiosk.ageBand) {
        case "3-6": return qsTr("För dig som är 3–6 år")
        case "7-12": return qsTr("För dig som är 7–12 år")
        case "13-18": return qsTr("För dig som är 13–18 år")
        }
        return ""
    }

    GridView {
        id: grid
        objectName: "cardGrid"
        anchors.fill: parent
        anchors.margins: KioskTheme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        readonly property int columns: Math.max(1, Math.floor(width / (340 * KioskTheme.scale)))
        cellWidth: width / columns
        cellHeight: page.discreet ? KioskTheme.touch * 2 + KioskTheme.spacing
                                  : cellWidth * 0.72 + KioskTheme.spacing
        model: Kiosk.cards
        header: Label {
            width: grid.width
            bottomPadding: KioskTheme.spacing
            text: page.heading
            font.pixelSize: page.discreet ? Math.round(KioskTheme.titleSize * 0.75) : KioskTheme.titleSize
            font.weight: Font.Bold
            color: KioskTheme.ink
            wrapMode: Text.Wrap
        }
        delegate: CardTile {
            required property int index
            required property string title
            required property string picture
            objectName: "card_" + index
            width: grid.cellWidth - KioskTheme.spacing
            height: grid.cellHeight - KioskTheme.spacing
            text: title
            image: page.discreet ? "" : picture
            onClicked: page.cardChosen(index)
        }
        footer: Item {
            width: grid.width
            height: grid.cellHeight + KioskTheme.spacing
            CardTile {
                objectName: "helplinesTile"
                anchors.left: parent.left // mirrored with the grid in right-to-left languages
                y: KioskTheme.spacing
                width: grid.cellWidth - KioskTheme.spacing
                height: grid.cellHeight - KioskTheme.spacing
                text: qsTr("Hjälplinjer – här kan du ringa")
                image: page.discreet ? "" : "pictures/helpline.svg"
                fill: KioskTheme.accentSoft
                onClicked: page.helplinesChosen()
            }
        }

        Label {
            anchors.centerIn: parent
            width: Math.min(parent.width, KioskTheme.readingWidth)
            visible: grid.count === 0
            text: qsTr("Här finns inga kort ännu. Välj ett annat språk eller fråga någon som jobbar här.")
            font.pixelSize: KioskTheme.bodySize
            color: KioskTheme.muted
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
