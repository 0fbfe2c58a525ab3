import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.Kiosk

// One card, to read: its picture beside the text on a wide screen, above it on a tall one.
// Right-to-left languages mirror the whole page (KioskView sets LayoutMirroring).
Page {
    id: page
    required property string cardId
    // Follows the model: a sync may reorder the cards, or withdraw this one (row -1).
    readonly property int row: Kiosk.cards.revision, Kiosk.cards.indexOf(cardId)
    readonly property var card: Kiosk.cards.revision, Kiosk.cards.get(row)
    // Another card, by its place in the list.
    signal moveTo(int row)
    // This card is no longer published.
    signal withdrawn()
    onRowChanged: if (row < 0) withdrawn()
    // Another card's text: what was being read is no longer on screen.
    onCardIdChanged: if (Kiosk.reader) Kiosk.reader.stop()
    readonly property string kioskPage: "card"
    background: null

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: layout.y + layout.implicitHeight + KioskTheme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        // First, where the adult with a child looks for it: read this card aloud.
        ReadAloudBar {
            id: readAloud
            objectName: "readAloudBar"
            x: KioskTheme.margin
            y: KioskTheme.margin
            width: flick.width - 2 * KioskTheme.margin
            height: visible ? implicitHeight : 0
            // The 112 line last: after the text it belongs to.
            parts: [layout.title, layout.body].concat(layout.emergency ? [layout.emergencyText] : [])
        }
        CardView {
            id: layout
            x: KioskTheme.margin
            y: KioskTheme.margin + readAloud.height + (readAloud.visible ? KioskTheme.spacing : 0)
            width: flick.width - 2 * KioskTheme.margin
            screenWidth: page.width
            screenHeight: page.height
            title: page.card.title || ""
            body: page.card.body || ""
            picture: page.card.picture || ""
            emergency: page.card.emergency || false
            discreet: Kiosk.ageBand === "13-18"
            markPart: Kiosk.reader ? Kiosk.reader.part : -1
            markStart: Kiosk.reader ? Kiosk.reader.start : 0
            markLength: Kiosk.reader ? Kiosk.reader.length : 0


            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: KioskTheme.spacing
                spacing: KioskTheme.spacing
                BigButton {
                    objectName: "previousCard"
                    visible: page.row > 0
                    text: qsTr("Förra kortet")
                    onClicked: page.moveTo(page.row - 1)
                }
                Item { Layout.fillWidth: true }
                BigButton {
                    objectName: "nextCard"
                    visible: page.row + 1 < Kiosk.cards.count
                    text: qsTr("Nästa kort")
                    fill: KioskTheme.accentSoft
                    onClicked: page.moveTo(page.row + 1)
                }
            }
        }
    }
}
