import QtQuick
import QtQuick.Controls

// A large, rounded button a small child can hit: at least KioskTheme.touch high.
AbstractButton {
    id: button
    property color fill: KioskTheme.card
    property int fontSize: KioskTheme.buttonSize
    property bool selected: false

    implicitWidth: Math.max(KioskTheme.touch * 2, label.implicitWidth + 2 * KioskTheme.margin)
    implicitHeight: Math.max(KioskTheme.touch, label.implicitHeight + KioskTheme.spacing)
    Accessible.role: Accessible.Button
    Accessible.name: text

    background: Rectangle {
        radius: KioskTheme.radius
        color: button.fill
        border.width: button.selected ? Math.max(4, 5 * KioskTheme.scale) : Math.max(2, 2 * KioskTheme.scale)
        border.color: button.selected ? KioskTheme.accent : "#d6d3d1"
        opacity: button.enabled ? 1 : 0.5
        scale: button.pressed ? 0.97 : 1
    }
    contentItem: Label {
        id: label
        text: button.text
        font.pixelSize: button.fontSize
        font.weight: button.selected ? Font.Bold : Font.DemiBold
        color: KioskTheme.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
