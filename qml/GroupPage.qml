import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// One support group: its details and places, and its planned sessions and attendance.
Page {
    id: page
    required property string groupId
    required property string groupName
    background: null

    // The self-test opens the first session, and the questionnaires.
    function openFirst() {
        if (sessions.count > 0)
            list.itemAtIndex(0).clicked()
    }
    function openQuestionnaires() {
        page.StackView.view.push(questionnairePage, {groupId: page.groupId, groupName: page.groupName})
    }
    function openDetails() {
        page.StackView.view.push(groupEditPage, {groupId: page.groupId})
    }
    function openMembers() {
        page.StackView.view.push(membersPage, {groupId: page.groupId, groupName: details.name})
    }

    // The group's details and places, shown in the header.
    GroupEditor {
        id: details
        workspace: Workspace
        groupId: page.groupId
    }
    GroupMemberModel {
        id: members
        workspace: Workspace
        groupId: page.groupId
    }

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
            text: details.name || page.groupName
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            text: [details.programme, qsTr("%1–%2 år").arg(details.minAge).arg(details.maxAge),
                   details.statusLabel(details.status),
                   details.anonymous ? qsTr("Anonym") : qsTr("Identifierad")]
                  .filter(t => t.length > 0).join(" · ")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            text: [qsTr("Start %1").arg(details.startDate), details.place,
                   details.leaderNames.length > 0 ? qsTr("Ledare: %1").arg(details.leaderNames) : ""]
                  .filter(t => t.length > 0).join(" · ")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 av %2 platser").arg(members.placesTaken).arg(members.capacity)
                  + (members.full ? " · " + qsTr("Gruppen är full") : "")
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            spacing: Theme.spacing
            Button {
                text: qsTr("Deltagare")
                implicitHeight: Theme.touch
                onClicked: page.openMembers()
            }
            Button {
                text: qsTr("Ändra")
                implicitHeight: Theme.touch
                onClicked: page.openDetails()
            }
            Button {
                text: qsTr("Skattningar")
                implicitHeight: Theme.touch
                onClicked: page.openQuestionnaires()
            }
        }
        HeaderRow {
            label: qsTr("Träffar")
            actionText: qsTr("Planera träff")
            onTriggered: planner.open()
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: sessions
            delegate: ListRow {
                required property string sessionId
                required property int number
                required property string date
                required property string theme
                required property int present
                title: qsTr("Träff %1: %2").arg(number).arg(theme)
                detail: date
                badge: present > 0 ? qsTr("%n närvarande", "", present) : ""
                onClicked: page.StackView.view.push(sessionPage, {
                    groupId: page.groupId, sessionId: sessionId,
                    sessionTitle: qsTr("Träff %1: %2").arg(number).arg(theme) })
            }
            EmptyState {
                visible: list.count === 0
                message: qsTr("Inga träffar planerade.")
            }
        }
    }

    Dialog {
        id: planner
        title: qsTr("Planera träff")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 480)
        // Planning closes the dialog only when the session is saved: a refused date keeps it open
        // with what was typed and says why (re-opening it from onAccepted did not work: the
        // dialog closed, and what was typed with it).
        footer: DialogButtonBox {
            standardButtons: DialogButtonBox.Cancel
            Button {
                text: qsTr("Planera")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: {
                    if (sessions.plan(planDate.text, planTheme.text).length > 0) {
                        planTheme.text = ""
                        planner.close()
                    }
                }
            }
        }
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            FormField {
                id: planDate
                label: qsTr("Datum (ÅÅÅÅ-MM-DD)")
                text: Qt.formatDate(new Date(), "yyyy-MM-dd")
                inputMethodHints: Qt.ImhDate
            }
            FormField {
                id: planTheme
                label: qsTr("Tema")
            }
            Label {
                Layout.fillWidth: true
                visible: sessions.errorText.length > 0
                text: sessions.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
    }

    Component { id: sessionPage; SessionPage {} }
    Component { id: questionnairePage; QuestionnairePage {} }
    Component { id: groupEditPage; GroupEditPage { onSaved: page.StackView.view.pop() } }
    Component { id: membersPage; GroupMembersPage {} }
}
