import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Creating or editing a family. Staff refer to a family by a name they choose; the parent's
// situation is asked for follow-up, never shown to the family.
Page {
    id: page
    property string familyId
    signal saved(string id, string name)
    background: null

    FamilyEditor {
        id: editor
        workspace: Workspace
        familyId: page.familyId
    }

    // The self-test types a name, as a person would, to show the leave dialog and then the
    // restored draft.
    function typeName(text) { nameField.text = text }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
            x: Theme.margin
            spacing: Theme.spacing

            Item { implicitHeight: Theme.margin - Theme.spacing }
            DraftNotice {
                id: draftNotice
                formKey: "family/" + (page.familyId || "new")
                items: [nameField, contact]
            }
            Label {
                Layout.fillWidth: true
                text: page.familyId.length > 0 ? qsTr("Ändra familj") : qsTr("Ny familj")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
            }
            FormField {
                id: nameField
                label: qsTr("Namn som ni använder för familjen")
                text: editor.name
                onTextChanged: editor.name = text
                error: editor.fieldErrors.name || ""
            }
            ChoiceField {
                id: problem
                label: qsTr("Förälderns situation")
                choices: editor.problemTypes
                key: editor.problemType
                onChosen: key => editor.problemType = key
            }
            FormField {
                id: contact
                label: qsTr("Första kontakt (ÅÅÅÅ-MM-DD)")
                text: editor.firstContact
                onTextChanged: editor.firstContact = text
                inputMethodHints: Qt.ImhDate
                error: editor.fieldErrors.first_contact || ""
            }
            Label {
                Layout.fillWidth: true
                visible: editor.errorText.length > 0 && Object.keys(editor.fieldErrors).length === 0
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Spara")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: {
                    if (editor.save()) {
                        draftNotice.draft.saved()
                        page.saved(editor.familyId, editor.name)
                    }
                }
            }
        }
    }
}
