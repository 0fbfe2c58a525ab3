import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// The unit's support groups.
Page {
    id: page
    signal opened(string id, string name)
    // Where the pages opened from the list go: the section's ListDetail stack (Main.qml).
    required property StackView stack
    background: null

    function openNew() {
        page.stack.push(groupEditPage)
    }
    function openFirst() {
        if (groups.count > 0)
            list.itemAtIndex(0).clicked()
    }

    GroupListModel {
        id: groups
        workspace: Workspace
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        HeaderRow {
            label: qsTr("Stödgrupper")
            title: true
            actionText: qsTr("Ny grupp")
            onTriggered: page.openNew()
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: groups
            delegate: ListRow {
                required property string groupId
                required property string name
                required property string programme
                required property string ageBand
                required property bool anonymous
                required property int capacity
                required property int memberCount
                title: name
                detail: qsTr("%1 · %2 år · %3 av %4 platser").arg(programme).arg(ageBand)
                        .arg(memberCount).arg(capacity)
                badge: anonymous ? qsTr("Anonym") : qsTr("Identifierad")
                onClicked: page.opened(groupId, name)
            }
            EmptyState {
                visible: list.count === 0
                message: qsTr("Inga grupper ännu. Börja med Ny grupp: namn, ålder, platser och ledare.")
            }
        }
    }

    Component {
        id: groupEditPage
        GroupEditPage {
            onSaved: (id, name) => {
                page.stack.clear()
                page.opened(id, name)
            }
        }
    }
}
