import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// One support group: its planned sessions and attendance.
Page {
    id: page
    required property string groupId
    required property string groupName
    background: null

    SessionListModel {
        id: sessions
        workspace: Workspace
        groupId: page.groupId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: page.groupName
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Träffar")
            font.pixelSize: Theme.bodySize
            color: Theme.muted
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: sessions
            delegate: ListRow {
                required property int number
                required property string date
                required property string theme
                required property int present
                title: qsTr("Träff %1: %2").arg(number).arg(theme)
                detail: date
                badge: present > 0 ? qsTr("%n närvarande", "", present) : ""
            }
            EmptyState {
                visible: list.count === 0
                message: qsTr("Inga träffar planerade.")
            }
        }
    }
}
