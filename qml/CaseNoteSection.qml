import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// The case notes on a family page (the family's own and its children's) or a child page,
// newest first, with a button for a new one. A row opens the note to read, edit, sign or
// correct. Set familyId, or childId for one child.
ColumnLayout {
    id: section
    property string familyId
    property string childId
    readonly property int count: notes.count
    // Opens a note (empty: a new one) on the page's stack.
    signal open(string noteId)

    Layout.fillWidth: true
    Layout.maximumWidth: Theme.maxContentWidth
    spacing: Theme.spacing

    // The self-test shows the filter in use.
    function filterWith(text) { filterField.text = text }
    // The self-test opens the newest note.
    function openFirst() {
        if (notes.count > 0)
            list.itemAtIndex(0).clicked()
    }

    CaseNoteModel {
        id: notes
        workspace: Workspace
        familyId: section.childId.length > 0 ? "" : section.familyId
        childId: section.childId
        filter: filterField.text
    }

    HeaderRow {
        label: qsTr("Anteckningar i ärendet")
        actionText: qsTr("Ny anteckning")
        onTriggered: section.open("")
    }
    TextField {
        id: filterField
        objectName: "noteFilter"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touch
        visible: notes.count > 0 || text.length > 0
        placeholderText: qsTr("Filtrera anteckningarna")
        Accessible.name: qsTr("Filtrera anteckningarna")
        inputMethodHints: Qt.ImhNoPredictiveText
    }
    Label {
        Layout.fillWidth: true
        visible: notes.errorText.length > 0
        text: notes.errorText
        color: Theme.error
        wrapMode: Text.Wrap
    }
    ListView {
        id: list
        Layout.fillWidth: true
        // As tall as its rows: the page around it scrolls.
        Layout.preferredHeight: Math.max(contentHeight, count === 0 ? Theme.touch * 1.5 : 0)
        interactive: false
        model: notes
        delegate: ListRow {
            required property string noteId
            required property string kind
            required property string date
            required property string about
            required property string author
            required property bool noteSigned
            title: kind + " · " + date
            detail: qsTr("%1 · %2").arg(about).arg(author)
            badge: noteSigned ? qsTr("Signerad") : qsTr("Utkast")
            badgeColor: noteSigned ? Theme.muted : Theme.accent
            onClicked: section.open(noteId)
        }
        EmptyState {
            visible: list.count === 0
            message: filterField.text.length > 0
                     ? qsTr("Inga anteckningar med de orden.")
                     : qsTr("Inga anteckningar än. Skriv om telefonsamtal, hembesök och möten här.")
        }
    }
}
