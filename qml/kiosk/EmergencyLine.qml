import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "Call 112 if it is urgent", in the screen's language: with every card about danger and at
// the top of the helplines. Large and red-bordered so it is seen before anything else.
Rectangle {
    id: line
    implicitWidth: label.implicitWidth + 2 * KioskTheme.margin
    implicitHeight: label.implicitHeight + 2 * KioskTheme.spacing
    radius: KioskTheme.radius
    color: "#fee2e2"
    border.color: "#b91c1c"
    border.width: Math.max(3, 4 * KioskTheme.scale)
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text
    readonly property alias text: label.text

    Label {
        id: label
        objectName: "emergencyLine"
        anchors.fill: parent
        anchors.leftMargin: KioskTheme.margin
        anchors.rightMargin: KioskTheme.margin
        verticalAlignment: Text.AlignVCenter
        //: Sweden's emergency number; shown large with cards about danger at home
        text: qsTr("Ring 112 om det är akut")
        font.pixelSize: Math.round(KioskTheme.titleSize * 0.8)
        font.weight: Font.Bold
        color: "#7f1d1d"
        wrapMode: Text.Wrap
    }
}
