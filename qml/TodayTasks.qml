import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// The top of Today: the staff member's open tasks (concerns to report first), each opening
// its page. On a family's or child's page, with subjectEntity and subjectId set: the open
// tasks about them. Nothing shows when there are none.
Column {
    id: section
    property alias subjectEntity: tasks.subjectEntity
    property alias subjectId: tasks.subjectId
    // Emitted with the task to open.
    signal opened(string taskId)
    readonly property int count: tasks.count

    TaskListModel {
        id: tasks
        workspace: Workspace
    }

    visible: tasks.count > 0
    height: tasks.count > 0 ? implicitHeight : 0
    Label {
        width: section.width
        topPadding: Theme.spacing
        bottomPadding: 4
        text: tasks.subjectEntity.length > 0 ? qsTr("Öppna uppgifter") : qsTr("Uppgifter")
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        color: Theme.muted
    }
    Repeater {
        model: tasks
        delegate: ListRow {
            required property string taskId
            required property string headline
            required property string subline
            required property string badgeText
            required property bool urgent
            width: section.width
            title: headline
            detail: subline
            badge: badgeText
            badgeColor: urgent ? Theme.error : Theme.accent
            onClicked: section.opened(taskId)
        }
    }
}
