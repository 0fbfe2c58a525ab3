import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One tile in the list of cards: the card's picture above its title; the whole tile is the
// touch target.
AbstractButton {
    id: tile
    property string image
    property color fill: KioskTheme.card
    Accessible.role: Accessible.Button
    Accessible.name: text

    background: Rectangle {
        radius: KioskTheme.radius
        color: tile.fill
        border.width: Math.max(2, 2 * KioskTheme.scale)
        border.color: tile.pressed ? KioskTheme.accent : "#e7e5e4"
        scale: tile.pressed ? 0.98 : 1
    }
    contentItem: ColumnLayout {
        spacing: Math.round(KioskTheme.spacing / 2)
        Image {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: KioskTheme.spacing / 2
            source: tile.image
            visible: tile.image.length > 0
            fillMode: Image.PreserveAspectFit
            sourceSize.height: Math.max(64, height)
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            Layout.fillHeight: tile.image.length === 0
            Layout.leftMargin: KioskTheme.spacing / 2
            Layout.rightMargin: KioskTheme.spacing / 2
            Layout.bottomMargin: KioskTheme.spacing / 2
            text: tile.text
            font.pixelSize: KioskTheme.buttonSize
            font.weight: Font.DemiBold
            color: KioskTheme.ink
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }
}
