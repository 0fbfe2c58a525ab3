import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// The notes about a group session, or about one child at it: signed notes with who wrote
// them and when and their corrections, the draft being written, and signing it. The draft
// keeps what is typed while the lists around it reload; it is saved when the field is left.
Column {
    id: section
    property alias sessionId: notes.sessionId
    property alias memberId: notes.memberId
    property string label
    Layout.fillWidth: true
    spacing: Theme.spacing

    SessionNoteModel {
        id: notes
        workspace: Workspace
        onLoaded: section.takeDraft()
    }
    Component.onCompleted: takeDraft()
    // Hiding a child's note or leaving the page keeps what was typed.
    Component.onDestruction: saveIfChanged()

    property string loadedFor: "-"
    function takeDraft() {
        if (loadedFor === notes.draftId)
            return
        loadedFor = notes.draftId
        editor.text = notes.draftBody
    }
    function saveIfChanged() {
        if (editor.text !== notes.draftBody && editor.text.trim().length > 0
                && notes.saveDraft(notes.draftId, editor.text) && draftNotice)
            draftNotice.draft.saved()
    }

    Label {
        width: parent.width
        visible: text.length > 0
        text: section.label
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Label {
        width: parent.width
        visible: notes.anonymous
        text: qsTr("Anonym grupp: skriv inga personnummer, efternamn eller adresser.")
        font.pixelSize: Theme.smallSize
        color: Theme.muted
        wrapMode: Text.Wrap
    }

    Repeater {
        model: notes
        delegate: Column {
            id: entry
            required property string noteId
            required property string noteBody
            required property bool noteSigned
            required property string noteAuthor
            required property string noteWritten
            required property string noteSignedText
            required property var amendments
            width: section.width
            spacing: 4
            visible: entry.noteId !== notes.draftId

            Label {
                width: parent.width
                text: entry.noteBody
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
            }
            Label {
                width: parent.width
                text: qsTr("Skriven %1 av %2").arg(entry.noteWritten).arg(entry.noteAuthor)
                font.pixelSize: Theme.smallSize
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                text: entry.noteSigned ? entry.noteSignedText : qsTr("Utkast, inte signerat")
                font.pixelSize: Theme.smallSize
                color: entry.noteSigned ? Theme.muted : Theme.accent
                wrapMode: Text.Wrap
            }
            Repeater {
                model: entry.amendments
                delegate: Column {
                    required property var modelData
                    width: entry.width
                    leftPadding: Theme.margin
                    spacing: 2
                    Label {
                        width: parent.width - parent.leftPadding
                        text: qsTr("Rättelse %1 av %2. Skäl: %3").arg(modelData.written)
                              .arg(modelData.author).arg(modelData.reason)
                        font.pixelSize: Theme.smallSize
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        width: parent.width - parent.leftPadding
                        text: modelData.body
                        wrapMode: Text.Wrap
                    }
                }
            }
            Button {
                visible: entry.noteSigned
                text: qsTr("Skriv rättelse")
                implicitHeight: Theme.touch
                Accessible.name: section.label.length > 0
                                 ? qsTr("Skriv rättelse: %1").arg(section.label) : text
                onClicked: {
                    amendDialog.noteId = entry.noteId
                    amendDialog.open()
                }
            }
        }
    }

    DraftNotice {
        id: draftNotice
        width: parent.width
        formKey: "note/" + notes.sessionId + "/" + notes.memberId
        items: [editor, amendReason, amendBody]
    }
    TextSection {
        id: editor
        width: parent.width
        label: notes.hasDraft ? qsTr("Utkast (sparas när du lämnar fältet)")
                              : qsTr("Ny anteckning")
        onEditingFinished: section.saveIfChanged()
    }
    Label {
        width: parent.width
        visible: notes.errorText.length > 0
        text: notes.errorText
        color: Theme.error
        wrapMode: Text.Wrap
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        Button {
            text: qsTr("Spara utkast")
            implicitHeight: Theme.touch
            enabled: editor.text.trim().length > 0 && editor.text !== notes.draftBody
            Accessible.name: section.label.length > 0
                             ? qsTr("Spara utkast: %1").arg(section.label) : text
            onClicked: if (notes.saveDraft(notes.draftId, editor.text)) draftNotice.draft.saved()
        }
        Button {
            text: qsTr("Signera …")
            highlighted: true
            implicitHeight: Theme.touch
            enabled: editor.text.trim().length > 0
            Accessible.name: section.label.length > 0
                             ? qsTr("Signera: %1").arg(section.label) : text
            onClicked: signDialog.open()
        }
    }

    Dialog {
        id: signDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        modal: true
        title: qsTr("Signera anteckningen?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        contentItem: Label {
            text: qsTr("En signerad anteckning kan aldrig ändras. Fel rättas med en rättelse som visas bredvid.")
            wrapMode: Text.Wrap
        }
        onAccepted: if (notes.sign(notes.draftId, editor.text)) draftNotice.draft.saved()
    }

    Dialog {
        id: amendDialog
        property string noteId
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 520)
        modal: true
        title: qsTr("Skriv rättelse")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Column {
            width: amendDialog.availableWidth
            spacing: Theme.spacing
            Label {
                width: parent.width
                text: qsTr("Anteckningen står kvar som den är; rättelsen visas under den med ditt namn och tid.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
            }
            FormField {
                id: amendReason
                width: parent.width
                label: qsTr("Skäl till rättelsen")
            }
            TextSection {
                id: amendBody
                width: parent.width
                label: qsTr("Rättelse")
            }
            Label {
                width: parent.width
                visible: notes.errorText.length > 0
                text: notes.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
        onAccepted: {
            if (notes.amend(noteId, amendReason.text, amendBody.text)) {
                amendReason.text = ""
                amendBody.text = ""
                draftNotice.draft.saved()
            } else {
                open() // keep what was typed and show why
            }
        }
    }
}
