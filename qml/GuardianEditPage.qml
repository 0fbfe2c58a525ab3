import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Adding or editing a guardian: who they are to the children, custody, how to reach them and
// in which language. One who is no longer part of the family is marked so, never deleted.
// The personnummer is not typed here: identification has its own confirmation step.
Page {
    id: page
    property string guardianId
    property string familyId
    signal saved()
    background: null

    GuardianEditor {
        id: editor
        workspace: Workspace
        familyId: page.familyId
        guardianId: page.guardianId
    }

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
                formKey: "guardian/" + (page.guardianId || "new/" + page.familyId)
                items: [nameField, custody, phone, email, address, language, interpreter]
            }
            Label {
                Layout.fillWidth: true
                text: editor.guardianId.length > 0 ? qsTr("Uppgifter om vårdnadshavare eller förälder")
                                                   : qsTr("Ny vårdnadshavare eller förälder")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: editor.leftOn.length > 0
                text: qsTr("Inte längre i familjen sedan %1.").arg(editor.leftOn)
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            FormField {
                id: nameField
                label: qsTr("Namn")
                text: editor.name
                onTextChanged: editor.name = text
                error: editor.fieldErrors.name || ""
            }
            ChoiceField {
                id: relation
                label: qsTr("Relation till barnen")
                choices: editor.relations
                key: editor.relation
                onChosen: key => editor.relation = key
            }
            CheckBox {
                id: custody
                Layout.fillWidth: true
                text: qsTr("Vårdnadshavare")
                checked: editor.custody
                onCheckedChanged: editor.custody = checked
            }
            FormField {
                id: phone
                label: qsTr("Telefon")
                text: editor.phone
                onTextChanged: editor.phone = text
                inputMethodHints: Qt.ImhDialableCharactersOnly
                error: editor.fieldErrors.phone || ""
            }
            FormField {
                id: email
                label: qsTr("E-post")
                text: editor.email
                onTextChanged: editor.email = text
                inputMethodHints: Qt.ImhEmailCharactersOnly
                error: editor.fieldErrors.email || ""
            }
            FormField {
                id: address
                label: qsTr("Adress")
                text: editor.address
                onTextChanged: editor.address = text
                error: editor.fieldErrors.address || ""
            }
            FormField {
                id: language
                label: qsTr("Språk som personen föredrar")
                text: editor.language
                onTextChanged: editor.language = text
                error: editor.fieldErrors.language || ""
            }
            CheckBox {
                id: interpreter
                Layout.fillWidth: true
                text: qsTr("Behöver tolk")
                checked: editor.interpreter
                onCheckedChanged: editor.interpreter = checked
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
                        page.saved()
                    }
                }
            }

            // Leaving the family: only for a guardian already saved and still in it.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                spacing: Theme.spacing
                visible: editor.guardianId.length > 0 && editor.leftOn.length === 0
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Inte längre i familjen")
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Uppgifterna sparas och visas som tidigare i familjen.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                FormField {
                    id: leftOn
                    label: qsTr("Sedan (ÅÅÅÅ-MM-DD)")
                    text: Qt.formatDate(new Date(), "yyyy-MM-dd")
                    inputMethodHints: Qt.ImhDate
                    error: editor.fieldErrors.left_on || ""
                }
                Button {
                    text: qsTr("Markera som inte längre i familjen")
                    implicitHeight: Theme.touch
                    onClicked: {
                        if (editor.markLeft(leftOn.text))
                            page.saved()
                    }
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
