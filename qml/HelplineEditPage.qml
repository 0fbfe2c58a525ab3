import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Creating or editing a kiosk helpline: the number and the date someone last checked it,
// then its name, hours and who it is for in each content language (Swedish is required; the
// kiosk shows Swedish where a language has no text). Only staff with the content role.
Page {
    id: page
    property string lineId
    signal saved()
    background: null

    HelplineEditor {
        id: editor
        workspace: Workspace
        lineId: page.lineId
    }
    // Each field writes what is typed into the editor as it changes. The editor keeps the
    // texts of the language shown when another is chosen, and the three text fields then show
    // the new language's (each has a change signal of its own).

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
                formKey: "helpline/" + (page.lineId || "new")
                items: [numberField, verifiedField, nameField, hoursField, audienceField]
            }
            Label {
                Layout.fillWidth: true
                text: page.lineId.length > 0 ? qsTr("Ändra hjälplinje") : qsTr("Ny hjälplinje")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            FormField {
                id: numberField
                label: qsTr("Telefonnummer")
                text: editor.number
                onTextChanged: editor.number = text
                inputMethodHints: Qt.ImhDialableCharactersOnly
                readOnly: !editor.canManage
                error: editor.fieldErrors.number || ""
            }
            FormField {
                id: verifiedField
                label: qsTr("Senast kontrollerad (ÅÅÅÅ-MM-DD): den dag någon ringde och fick svar")
                text: editor.lastVerified
                onTextChanged: editor.lastVerified = text
                inputMethodHints: Qt.ImhDate
                readOnly: !editor.canManage
                error: editor.fieldErrors.last_verified || ""
            }
            ChoiceField {
                id: language
                label: qsTr("Texten på språket")
                choices: editor.languages
                key: editor.textLanguage
                onChosen: key => editor.textLanguage = key
            }
            Label {
                Layout.fillWidth: true
                visible: editor.textLanguage !== "sv"
                text: qsTr("Tomma fält visas på svenska i kiosken.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            FormField {
                id: nameField
                label: qsTr("Namn")
                text: editor.name
                onTextChanged: editor.name = text
                readOnly: !editor.canManage
                error: editor.fieldErrors.name || ""
            }
            FormField {
                id: hoursField
                label: qsTr("Öppettider")
                text: editor.hours
                onTextChanged: editor.hours = text
                readOnly: !editor.canManage
            }
            FormField {
                id: audienceField
                label: qsTr("Vem den är till för")
                text: editor.audience
                onTextChanged: editor.audience = text
                readOnly: !editor.canManage
            }
            Label {
                Layout.fillWidth: true
                visible: editor.errorText.length > 0 && !editor.fieldErrors.number
                         && !editor.fieldErrors.last_verified && !editor.fieldErrors.name
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "saveHelpline"
                visible: editor.canManage
                text: qsTr("Spara")
                highlighted: true
                implicitHeight: Theme.touch
                // On a refusal of the Swedish name the editor shows Swedish, where the message is.
                onClicked: {
                    if (editor.save()) {
                        draftNotice.draft.saved()
                        page.saved()
                    }
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
