import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// One family: its guardians and children, and closing the case. Opening it is recorded in the
// audit log.
Page {
    id: page
    required property string familyId
    required property string familyName
    // Opened from a search hit (Main.openHit): the name that matched is the page's title.
    property var match: null
    // The self-test shows the filter over the notes in use.
    function filterWith(text) {
        caseNotes.filterWith(text)
        const flick = scroll.contentItem
        flick.contentY = Math.max(0, Math.min(caseNotes.y, flick.contentHeight - flick.height))
    }
    background: null

    // The self-test opens the first child.
    function openFirst() {
        if (children.count > 0)
            list.itemAtIndex(0).clicked()
    }
    // The self-test opens the newest case note, and a new one.
    function openFirstNote() { caseNotes.openFirst() }
    function openNewNote() { openNote("") }
    function openNote(noteId) {
        page.StackView.view.push(caseNotePage, {noteId: noteId, familyId: page.familyId})
    }

    // The self-test opens a guardian's form and the closing form.
    function openGuardian() { guardianSection.openFirst() }
    function openClose() { page.StackView.view.push(familyClosePage, {closer: closing, familyName: page.familyName}) }

    FamilyCloser {
        id: closing
        workspace: Workspace
        familyId: page.familyId
    }

    ChildListModel {
        id: children
        workspace: Workspace
        familyId: page.familyId
    }

    // The whole page scrolls as one column; its lists are as tall as their rows.
    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.spacing

            Item { implicitHeight: Theme.margin - Theme.spacing }

            Label {
                Layout.fillWidth: true
                text: page.familyName
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.maxContentWidth
                spacing: Theme.spacing
                Button {
                    text: qsTr("Lägg till barn")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: page.StackView.view.push(childEditPage, {familyId: page.familyId})
                }
                Button {
                    text: qsTr("Ändra familj")
                    implicitHeight: Theme.touch
                    onClicked: page.StackView.view.push(familyEditPage, {familyId: page.familyId})
                }
                Button {
                    visible: !closing.closed
                    text: qsTr("Avsluta ärendet")
                    implicitHeight: Theme.touch
                    onClicked: page.openClose()
                }
                Button {
                    visible: closing.closed
                    text: qsTr("Öppna ärendet igen")
                    implicitHeight: Theme.touch
                    onClicked: closing.reopen()
                }
            }
            Label {
                objectName: "closedSummary"
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.maxContentWidth
                visible: closing.closed || closing.errorText.length > 0
                text: closing.errorText.length > 0 ? closing.errorText : closing.summary
                color: closing.errorText.length > 0 ? Theme.error : Theme.muted
                wrapMode: Text.Wrap
            }
            GuardianSection {
                id: guardianSection
                familyId: page.familyId
                onAddRequested: page.StackView.view.push(guardianEditPage, {familyId: page.familyId})
                onOpenRequested: id => page.StackView.view.push(guardianEditPage, {familyId: page.familyId, guardianId: id})
            }
            Label {
                text: qsTr("Barn")
                font.pixelSize: Theme.bodySize
                color: Theme.muted
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(contentHeight, count === 0 ? Theme.touch * 1.5 : 0)
                Layout.maximumWidth: Theme.maxContentWidth
                interactive: false
                model: children
                // The open tasks about this family, below the list as it scrolls.
                footer: TodayTasks {
                    width: ListView.view.width
                    subjectEntity: "family"
                    subjectId: page.familyId
                    onOpened: id => page.StackView.view.push(taskPage, {taskId: id})
                }
                delegate: ListRow {
                    required property string childId
                    required property string name
                    required property int age
                    required property bool identified
                    title: name
                    detail: qsTr("%n år", "", age)
                    badge: identified ? qsTr("Identifierad") : ""
                    onClicked: page.StackView.view.push(childPage, {childId: childId, childName: name})
                }
                EmptyState {
                    visible: list.count === 0
                    message: qsTr("Inga barn registrerade i familjen.")
                }
            }
            CaseNoteSection {
                id: caseNotes
                familyId: page.familyId
                onOpen: noteId => page.openNote(noteId)
            }
            Item { implicitHeight: Theme.margin - Theme.spacing }
        }
    }

    Component { id: childPage; ChildPage {} }
    Component { id: caseNotePage; CaseNotePage {} }
    Component { id: taskPage; TaskPage {} }
    Component {
        id: childEditPage
        ChildEditPage { onSaved: page.StackView.view.pop() }
    }
    Component {
        id: guardianEditPage
        GuardianEditPage { onSaved: page.StackView.view.pop() }
    }
    Component {
        id: familyClosePage
        FamilyClosePage { onSaved: page.StackView.view.pop() }
    }
    Component {
        id: familyEditPage
        FamilyEditPage { onSaved: page.StackView.view.pop() }
    }
}
