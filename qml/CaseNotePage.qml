import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// One case note on a family or a child (a phone call, a home visit, a meeting with the school
// or health care, something else): kind, date and text, and whether it holds the child's own
// words that guardians must not see. The author edits their draft and signs it; after that
// it never changes, and a correction is written under it. Opening it is logged.
Page {
    id: page
    property string noteId
    property string familyId
    property string childId
    background: null

    readonly property bool locked: !editor.canEdit

    // Opened from a search hit (Main.openHit): lands on the match once laid out.
    property var match: null
    SearchMatch { id: landing; match: page.match; flickable: scroll.contentItem; layout: form }
    Component.onCompleted: Qt.callLater(() => landing.show(landing.amendment(amendmentList) || bodyField))

    CaseNoteEditor {
        id: editor
        workspace: Workspace
        familyId: page.familyId
        childId: page.childId
        noteId: page.noteId
    }

    // Each control writes what is typed into the editor as it changes (a change signal per
    // value, so no other field is re-read); saving and signing take what it holds.

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: form
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
            x: Theme.margin
            spacing: Theme.spacing

            Item { implicitHeight: Theme.margin - Theme.spacing }
            Label {
                Layout.fillWidth: true
                text: editor.title
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: editor.writtenText.length > 0
                text: editor.writtenText
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: editor.isSigned ? editor.signedText + " · " + qsTr("kan inte ändras, men rättas med en rättelse")
                    : editor.writtenText.length === 0 ? qsTr("Sparas som utkast. När den är signerad kan den inte ändras.")
                    : page.locked ? qsTr("Utkast av en kollega: bara den som skrev det kan ändra och signera det.")
                    : qsTr("Utkast, inte signerat")
                color: editor.isSigned ? Theme.muted : Theme.accent
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            ChoiceField {
                id: kindField
                label: qsTr("Vad gäller anteckningen?")
                choices: editor.kinds
                key: editor.kind
                onChosen: key => editor.kind = key
                enabled: !page.locked
            }
            Label {
                Layout.fillWidth: true
                visible: !!editor.fieldErrors.case_kind
                text: editor.fieldErrors.case_kind || ""
                color: Theme.error
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            DraftNotice {
                id: draftNotice
                // Once signed, the same draft holds the correction being written.
                formKey: "casenote/" + (page.noteId.length > 0 ? page.noteId
                                        : "new/" + page.familyId + "/" + page.childId)
                items: editor.isSigned ? [amendReason, amendBody]
                                       : page.locked ? [] : [dateField, bodyField, privateBox]
            }
            FormField {
                id: dateField
                label: qsTr("Datum då det hände (ÅÅÅÅ-MM-DD)")
                text: editor.date
                onTextChanged: editor.date = text
                readOnly: page.locked
                inputMethodHints: Qt.ImhDate
                error: editor.fieldErrors.event_date || ""
            }
            TextSection {
                id: bodyField
                label: qsTr("Anteckning")
                text: editor.body
                onTextChanged: editor.body = text
                readOnly: page.locked
                error: editor.fieldErrors.body || ""
            }
            CheckBox {
                id: privateBox
                Layout.fillWidth: true
                text: qsTr("Barnets egna ord – inte för vårdnadshavare")
                checked: editor.childWordsPrivate
                onCheckedChanged: editor.childWordsPrivate = checked
                enabled: !page.locked
            }
            Label {
                Layout.fillWidth: true
                visible: editor.errorText.length > 0 && !editor.fieldErrors.body
                         && !editor.fieldErrors.event_date && !editor.fieldErrors.case_kind
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: !page.locked
                Button {
                    text: qsTr("Spara utkast")
                    implicitHeight: Theme.touch
                    onClicked: if (editor.save()) draftNotice.draft.saved()
                }
                Button {
                    text: qsTr("Signera …")
                    implicitHeight: Theme.touch
                    highlighted: true
                    onClicked: signDialog.open()
                }
            }

            GuardianCopyButton {
                Layout.fillWidth: true
                entity: "note"
                recordId: editor.noteId
                what: editor.title
                childWordsPrivate: editor.childWordsPrivate
            }

            // Corrections: the note above stays as it was.
            Label {
                Layout.fillWidth: true
                visible: editor.amendments.length > 0
                text: qsTr("Rättelser")
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            Repeater {
                id: amendmentList
                model: editor.amendments
                delegate: Frame {
                    required property var modelData
                    Layout.fillWidth: true
                    ColumnLayout {
                        width: parent.width
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Rättelse %1 av %2. Skäl: %3").arg(modelData.writtenAt)
                                  .arg(modelData.author).arg(modelData.reason)
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                        }
                        Label { Layout.fillWidth: true; text: modelData.body; wrapMode: Text.Wrap }
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: editor.isSigned
                spacing: 4
                FormField {
                    id: amendReason
                    label: qsTr("Skäl till rättelsen")
                    error: editor.fieldErrors.reason || ""
                }
                TextSection {
                    id: amendBody
                    label: qsTr("Rättelse")
                }
                Button {
                    text: qsTr("Spara rättelse")
                    implicitHeight: Theme.touch
                    onClicked: {
                        if (editor.amend(amendReason.text, amendBody.text)) {
                            amendReason.text = ""
                            amendBody.text = ""
                            draftNotice.draft.saved()
                        }
                    }
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }

    Dialog {
        id: signDialog
        title: qsTr("Signera anteckningen?")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 480)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: parent.width
            text: qsTr("En signerad anteckning kan aldrig ändras. Fel rättas med en rättelse som visas under den.")
            wrapMode: Text.Wrap
        }
        onAccepted: if (editor.sign()) draftNotice.draft.saved()
    }
}
