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
    readonly property bool wide: width > height * 1.1
    // Another card, by its place in the list.
    signal moveTo(int row)
    // This card is no longer published.
    signal withdrawn()
    onRowChanged: if (row < 0) withdrawn()
    background: null

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: layout.implicitHeight + 2 * KioskTheme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        GridLayout {
            id: layout
            x: KioskTheme.margin
            y: KioskTheme.margin
            width: flick.width - 2 * KioskTheme.margin
            columns: page.wide ? 2 : 1
            columnSpacing: KioskTheme.margin * 1.5
            rowSpacing: KioskTheme.spacing

            Image {
                id: picture
                objectName: "cardPicture"
                Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
                readonly property real side: page.wide ? Math.min(page.width * 0.34, page.height * 0.7)
                                                       : Math.min(page.width * 0.6, page.height * 0.3)
                Layout.preferredWidth: side
                Layout.preferredHeight: side
                visible: source.toString().length > 0
                source: page.card.picture || ""
                sourceSize.width: side
                sourceSize.height: side
                fillMode: Image.PreserveAspectFit
                Accessible.ignored: true
            }

            ColumnLayout {
                id: text
                objectName: "cardText"
                Layout.fillWidth: true
                Layout.maximumWidth: KioskTheme.readingWidth
                Layout.alignment: Qt.AlignTop
                spacing: KioskTheme.spacing
                Label {
                    id: title
                    objectName: "cardTitle"
                    Layout.fillWidth: true
                    text: page.card.title || ""
                    font.pixelSize: KioskTheme.titleSize
                    font.weight: Font.Bold
                    color: KioskTheme.ink
                    wrapMode: Text.Wrap
                }
                Label {
                    id: body
                    objectName: "cardBody"
                    Layout.fillWidth: true
                    text: page.card.body || ""
                    textFormat: Text.PlainText
                    font.pixelSize: KioskTheme.bodySize
                    lineHeight: 1.3
                    color: KioskTheme.ink
                    wrapMode: Text.Wrap
                }
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
}
