import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Over everything, for good: a manager reported this tablet lost or stolen, and on its last
// contact with the server it erased its store, key file, drafts and enrollment. Nothing of
// the app can be reached any more; the text says what happened and whether the server knows.
Rectangle {
    id: screen
    color: Theme.surface
    MouseArea { anchors.fill: parent } // nothing underneath can be touched

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 560)
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            objectName: "erasedTitle"
            text: qsTr("Surfplattan är raderad")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "erasedText"
            text: SyncController.erasedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "erasedClose"
            text: qsTr("Stäng Lykta")
            Layout.preferredHeight: Theme.touch
            onClicked: Qt.quit()
        }
    }
}
