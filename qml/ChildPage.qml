import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// One child: the conversation series offered to them, and starting a new one from a model
// (BRA-samtal, Föra barnen på tal, Beardslee).
Page {
    id: page
    required property string childId
    required property string childName
    // Opened from a search hit (Main.openHit): the name that matched is the page's title.
    property var match: null
    // The self-test shows the filter over the notes in use.
    function filterWith(text) {
        caseNotes.filterWith(text)
        const flick = scroll.contentItem
        flick.contentY = Math.max(0, Math.min(caseNotes.y, flick.contentHeight - flick.height))
    }
    background: null

    // The self-test opens the child's first series.
    function openFirst() {
        if (series.count > 0)
            list.itemAtIndex(0).clicked()
    }
    // The self-test's view of an earlier (closed) series.
    function openLast() {
        if (series.count === 0)
            return
        list.positionViewAtEnd() // the delegate may not exist until it is in view
        list.forceLayout()
        const item = list.itemAtIndex(series.count - 1)
        if (item)
            item.clicked()
    }
    function openDetails() {
        page.StackView.view.push(childEditPage, {childId: page.childId})
    }
    function startSeries(templateId) {
        chooser.close()
        const id = series.start(templateId)
        if (id.length > 0)
            openSeries(id)
    }
    // The self-test opens the child's newest case note.
    function openFirstNote() { caseNotes.openFirst() }
    function openNote(noteId) {
        page.StackView.view.push(caseNotePage, {noteId: noteId, childId: page.childId})
    }
    function openSeries(id) {
        page.StackView.view.push(seriesPage, {seriesId: id})
    }

    SeriesListModel {
        id: series
        workspace: Workspace
        childId: page.childId
    }
    TemplateListModel {
        id: templates
        workspace: Workspace
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
                text: page.childName
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Uppgifter och personnummer")
                implicitHeight: Theme.touch
                onClicked: page.StackView.view.push(childEditPage, {childId: page.childId})
            }
            HeaderRow {
                label: qsTr("Samtalsserier")
                actionText: qsTr("Starta samtalsserie")
                onTriggered: chooser.open()
            }
            Label {
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.maxContentWidth
                visible: series.errorText.length > 0
                text: series.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(contentHeight, count === 0 ? Theme.touch * 1.5 : 0)
                Layout.maximumWidth: Theme.maxContentWidth
                interactive: false
                model: series
                // The open tasks about this child, below the list as it scrolls.
                footer: TodayTasks {
                    width: ListView.view.width
                    subjectEntity: "child"
                    subjectId: page.childId
                    onOpened: id => page.StackView.view.push(taskPage, {taskId: id})
                }
                delegate: ListRow {
                    required property string seriesId
                    required property string name
                    required property string status
                    required property string started
                    required property string next
                    title: name
                    detail: next.length > 0 ? qsTr("Startad %1 · %2").arg(started).arg(next)
                                            : qsTr("Startad %1").arg(started)
                    badge: status
                    onClicked: page.openSeries(seriesId)
                }
                EmptyState {
                    visible: list.count === 0
                    message: qsTr("Ingen samtalsserie än. Starta en när barnet och familjen vill.")
                }
            }
            CaseNoteSection {
                id: caseNotes
                childId: page.childId
                onOpen: noteId => page.openNote(noteId)
            }
            Item { implicitHeight: Theme.margin - Theme.spacing }
        }
    }

    Dialog {
        id: chooser
        title: qsTr("Välj samtalsmodell")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 520)
        standardButtons: Dialog.Cancel
        contentItem: ListView {
            implicitHeight: Math.min(contentHeight, page.height * 0.6)
            clip: true
            model: templates
            delegate: ListRow {
                required property string templateId
                required property string name
                required property string ages
                required property int steps
                required property int version
                title: name
                // The series keeps this version of the model, whatever later edits change.
                detail: qsTr("%1 · %n steg", "", steps).arg(ages) + " · " + qsTr("version %1").arg(version)
                // Starting reloads every list, this one too: the rest runs in the page, not in
                // this delegate, which the reload destroys.
                onClicked: page.startSeries(templateId)
            }
        }
    }

    Component { id: seriesPage; SeriesPage {} }
    Component { id: caseNotePage; CaseNotePage {} }
    Component { id: taskPage; TaskPage {} }
    Component { id: childEditPage; ChildEditPage {} }
}
