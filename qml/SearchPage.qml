import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Search over everything written: notes, conversations and corrections.
Page {
    property alias query: field.text
    background: null

    SearchModel {
        id: results
        workspace: Workspace
        query: field.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Sök i anteckningar")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
        }
        TextField {
            id: field
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            Layout.preferredHeight: Theme.touch
            placeholderText: qsTr("Skriv ett eller flera ord")
            Accessible.name: qsTr("Sök")
            inputMethodHints: Qt.ImhNoPredictiveText
        }
        Label {
            objectName: "searchError"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            visible: results.errorText.length > 0
            text: results.errorText
            color: Theme.error
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: results
            objectName: "searchResults"
            delegate: ItemDelegate {
                required property string kind
                required property string snippet
                width: ListView.view.width
                height: Math.max(Theme.touch + 16, body.implicitHeight + 24)
                Accessible.name: kind
                contentItem: ColumnLayout {
                    id: body
                    spacing: 2
                    Label {
                        text: kind
                        color: Theme.accent
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        Layout.fillWidth: true
                        text: snippet
                        textFormat: Text.StyledText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.bodySize
                    }
                }
            }
            BusyIndicator {
                objectName: "searchBusy"
                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.margin
                running: results.busy
                visible: running
                Accessible.name: qsTr("Söker …")
            }
            EmptyState {
                visible: list.count === 0 && !results.busy && results.errorText.length === 0
                message: field.text.length === 0 ? qsTr("Sökningen gäller allt som skrivits på den här enheten.")
                                                 : qsTr("Inga träffar.")
            }
        }
    }
}
