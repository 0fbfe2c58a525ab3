import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// For managers: the unit's open concern tasks, the oldest first, with how long each has
// waited and whose it is. Opening one shows its page, where it can be closed with its record.
Page {
    id: page
    background: null

    UnitConcernModel {
        id: concerns
        workspace: Workspace
    }

    function openFirst() {
        if (concerns.count > 0)
            page.StackView.view.push(taskPage, { taskId: concerns.data(concerns.index(0, 0), UnitConcernModel.IdRole) })
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Enhetens öppna orosanmälningar")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: concerns.permitted ? qsTr("Den äldsta först. En orosanmälan ska göras genast.")
                                     : concerns.errorText
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: concerns
            delegate: ListRow {
                required property string taskId
                required property string headline
                required property string subline
                required property string age
                required property int ageDays
                title: headline
                detail: subline
                badge: age
                badgeColor: ageDays > 0 ? Theme.error : Theme.accent
                onClicked: page.StackView.view.push(taskPage, { taskId: taskId })
            }
            EmptyState {
                visible: concerns.permitted && list.count === 0
                message: qsTr("Inga öppna orosanmälningar på enheten.")
            }
        }
    }

    Component { id: taskPage; TaskPage {} }
}
