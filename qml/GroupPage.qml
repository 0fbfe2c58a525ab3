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

    // The self-test opens the first session, and the questionnaires.
    function openFirst() {
        if (sessions.count > 0)
            list.itemAtIndex(0).clicked()
    }
    function openQuestionnaires() {
        page.StackView.view.push(questionnairePage, {groupId: page.groupId, groupName: page.groupName})
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
            text: page.groupName
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Button {
            text: qsTr("Skattningar")
            implicitHeight: Theme.touch
            onClicked: page.openQuestionnaires()
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
        standardButtons: Dialog.Ok | Dialog.Cancel
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
        onAccepted: {
            if (sessions.plan(planDate.text, planTheme.text).length === 0)
                open() // keep what was typed and show why
            else
                planTheme.text = ""
        }
    }

    Component { id: sessionPage; SessionPage {} }
    Component { id: questionnairePage; QuestionnairePage {} }
}
