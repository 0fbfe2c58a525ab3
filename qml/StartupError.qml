import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Shown instead of the app when the store cannot be opened; says what happened and what
// to do. The file is left as it was.
ApplicationWindow {
    required property string message
    width: 800
    height: 600
    visible: true
    title: qsTr("Lykta")
    Material.accent: Theme.accent

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 560)
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Lykta kan inte starta")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: message
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Button {
            text: qsTr("Stäng")
            Layout.preferredHeight: Theme.touch
            onClicked: Qt.quit()
        }
    }
}
