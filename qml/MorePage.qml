import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// "Mer": what is not part of the day's work — sync and conflicts, follow-up, kiosk content,
// settings. Each entry opens its page on this section's stack (Main.qml names the pages).
Page {
    id: page
    // Emitted with the name of a page Main.qml knows (see Main.morePages).
    signal opened(string name)
    property var entries: []
    background: null

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Mer")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: page.entries
            delegate: ListRow {
                required property var modelData
                title: modelData.title
                detail: modelData.detail
                onClicked: page.opened(modelData.name)
            }
        }
    }
}
