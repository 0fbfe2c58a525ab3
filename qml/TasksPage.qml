import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// "Uppgifter": the staff member's open tasks, concerns to report first. A manager also
// reaches the unit's open concerns from here.
Page {
    id: page
    background: null

    TaskListModel {
        id: tasks
        workspace: Workspace
    }

    function openFirst() {
        if (tasks.count > 0)
            page.StackView.view.push(taskPage, { taskId: tasks.data(tasks.index(0, 0), TaskListModel.IdRole) })
    }
    function openUnit() {
        page.StackView.view.push(unitPage)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Uppgifter")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        ListRow {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            visible: tasks.isManager
            title: qsTr("Enhetens öppna orosanmälningar")
            detail: qsTr("För chefer: alla på enheten, den äldsta först")
            onClicked: page.openUnit()
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: tasks
            delegate: ListRow {
                required property string taskId
                required property string headline
                required property string subline
                required property string badgeText
                required property bool urgent
                title: headline
                detail: subline
                badge: badgeText
                badgeColor: urgent ? Theme.error : Theme.accent
                onClicked: page.StackView.view.push(taskPage, { taskId: taskId })
            }
            EmptyState {
                visible: list.count === 0
                message: qsTr("Du har inga öppna uppgifter.")
            }
        }
    }

    Component { id: taskPage; TaskPage {} }
    Component { id: unitPage; UnitConcernsPage {} }
}
