import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// The day at a glance: open tasks (TodayTasks), booked conversation steps with their time
// and place, conversation steps that are due (overdue first) and group sessions in the next
// two weeks. Tapping a row opens it.
Page {
    id: page
    background: null

    TodayModel {
        id: today
        workspace: Workspace
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("I dag, %1").arg(new Date().toLocaleDateString(Qt.locale(), Locale.LongFormat))
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            visible: today.errorText.length > 0
            text: today.errorText
            color: Theme.error
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: today
            header: TodayTasks {
                width: ListView.view.width
                onOpened: id => page.StackView.view.push(taskPage, {taskId: id})
            }
            section.property: "section"
            section.delegate: Label {
                required property string section
                width: ListView.view.width
                topPadding: Theme.spacing
                bottomPadding: 4
                text: section
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                color: Theme.muted
            }
            delegate: ListRow {
                id: row
                required property string kind
                required property string headline
                required property string subline
                required property string due
                required property bool overdue
                required property string targetId
                required property string targetName
                title: headline
                detail: subline
                badge: overdue ? qsTr("Försenat, %1").arg(due) : due
                badgeColor: overdue ? Theme.error : Theme.accent
                onClicked: {
                    if (kind === "conversation" || kind === "booking")
                        page.StackView.view.push(seriesPage, {seriesId: targetId})
                    else if (kind === "session")
                        page.StackView.view.push(groupPage, {groupId: targetId, groupName: targetName})
                }
            }
            BusyIndicator {
                anchors.horizontalCenter: parent.horizontalCenter
                y: (list.headerItem ? list.headerItem.height : 0) + Theme.margin
                running: today.busy && list.count === 0
                visible: running
                Accessible.name: qsTr("Hämtar dagens samtal och träffar …")
            }
            EmptyState {
                visible: list.count === 0 && !today.busy && today.errorText.length === 0
                         && !(list.headerItem && list.headerItem.count > 0)
                message: qsTr("Inget inplanerat de närmaste två veckorna.")
            }
        }
    }

    Component { id: seriesPage; SeriesPage {} }
    Component { id: groupPage; GroupPage {} }
    Component { id: taskPage; TaskPage {} }
}
