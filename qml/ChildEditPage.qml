import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Adding or editing a child, and identifying the child by personnummer: the number is
// checked and shown back with the birth date it implies, and written only when confirmed.
Page {
    id: page
    property string childId
    property string familyId
    signal saved(string id)
    background: null
    // The last action was identifying: its message belongs at the number, not the form.
    property bool identifying: false

    ChildEditor {
        id: editor
        workspace: Workspace
        childId: page.childId
        familyId: page.familyId
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
                formKey: "child/" + (page.childId || "new/" + page.familyId)
                items: [first, last, birth]
            }
            Label {
                Layout.fillWidth: true
                text: editor.childId.length > 0 ? qsTr("Uppgifter om barnet") : qsTr("Nytt barn")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
            }
            FormField {
                id: first
                label: qsTr("Förnamn")
                text: editor.firstName
                onTextChanged: editor.firstName = text
                error: editor.fieldErrors.first_name || ""
            }
            FormField {
                id: last
                label: qsTr("Efternamn")
                text: editor.lastName
                onTextChanged: editor.lastName = text
            }
            FormField {
                id: birth
                label: qsTr("Födelsedatum (ÅÅÅÅ-MM-DD)")
                text: editor.birthDate
                onTextChanged: editor.birthDate = text
                inputMethodHints: Qt.ImhDate
                error: page.identifying ? "" : editor.fieldErrors.birth_date || ""
            }
            ChoiceField {
                id: gender
                label: qsTr("Kön")
                choices: editor.genders
                key: editor.gender
                onChosen: key => editor.gender = key
            }
            Label {
                Layout.fillWidth: true
                visible: !page.identifying && editor.errorText.length > 0
                         && Object.keys(editor.fieldErrors).length === 0
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Spara")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: {
                    page.identifying = false
                    if (editor.save()) {
                        draftNotice.draft.saved()
                        page.saved(editor.childId)
                    }
                }
            }

            // Identification, once the child is saved.
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                visible: editor.childId.length > 0
                text: qsTr("Personnummer")
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                visible: editor.childId.length > 0 && editor.personnummer.length > 0
                text: qsTr("Identifierad: %1").arg(editor.personnummer)
                wrapMode: Text.Wrap
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: editor.childId.length > 0 && editor.personnummer.length === 0
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Fyll bara i personnumret när barnet behöver identifieras. Det kontrolleras och visas igen innan det sparas.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                FormField {
                    id: number
                    label: qsTr("Personnummer eller samordningsnummer")
                    placeholder: qsTr("ÅÅÅÅMMDD-NNNN")
                    inputMethodHints: Qt.ImhPreferNumbers
                    readOnly: editor.pendingNumber.length > 0
                    error: page.identifying ? editor.errorText : ""
                }
                Button {
                    visible: editor.pendingNumber.length === 0
                    text: qsTr("Kontrollera")
                    implicitHeight: Theme.touch
                    enabled: number.text.trim().length > 0
                    onClicked: {
                        page.identifying = true
                        editor.prepareIdentification(number.text)
                    }
                }
                Frame {
                    Layout.fillWidth: true
                    visible: editor.pendingNumber.length > 0
                    ColumnLayout {
                        width: parent.width
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Stämmer det här? %1, född %2.").arg(editor.pendingNumber).arg(editor.pendingBirthDate)
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Button {
                                text: qsTr("Ja, spara personnumret")
                                highlighted: true
                                implicitHeight: Theme.touch
                                onClicked: if (editor.confirmIdentification()) number.text = ""
                            }
                            Button {
                                text: qsTr("Nej, ändra")
                                implicitHeight: Theme.touch
                                onClicked: editor.cancelIdentification()
                            }
                        }
                    }
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
