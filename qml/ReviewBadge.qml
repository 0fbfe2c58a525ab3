import QtQuick
import QtQuick.Controls

// The mark of a draft Lykta wrote in a language that no one in the team has as their mother
// tongue: it waits for someone who has, and no kiosk shows it until then.
// In a layout give it Layout.fillWidth and Layout.maximumWidth: naturalWidth: as wide as its
// text, and wrapped only where the line does not fit.
Label {
    id: badge
    // The width of the text on one line, with the padding.
    readonly property real naturalWidth: Math.ceil(metrics.advanceWidth) + leftPadding + rightPadding + 1
    //: a card Lykta wrote in a new language: a native speaker reads it before a kiosk shows it
    text: qsTr("Behöver granskas av någon som har språket som modersmål")
    color: "#7c2d12"
    font.pixelSize: Theme.smallSize
    font.weight: Font.DemiBold
    wrapMode: Text.Wrap
    leftPadding: 8
    rightPadding: 8
    topPadding: 3
    bottomPadding: 3
    TextMetrics {
        id: metrics
        font: badge.font
        text: badge.text
    }
    background: Rectangle {
        color: "#fde68a"
        radius: 4
        border.color: "#d97706"
    }
}
