import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Creating or editing a kiosk helpline: the number, the chat and the web page and the date
// someone last checked each, then its name, hours and who it is for in each content language
// (Swedish is required; the kiosk shows Swedish where a language has no text, or a draft that
// waits for a native speaker's review: approved here, after reading). Only staff with the
// content role.
Page {
    id: page
    property string lineId
    signal saved()
    // Used by the self-test: the texts in a language, scrolled down to them (again while the
    // page lays out).
    property bool endWanted: false
    function showTextIn(language) {
        editor.textLanguage = language
        endWanted = true
        scrollToEnd()
    }
    function scrollToEnd() {
        if (endWanted)
            scroll.contentItem.contentY = Math.max(0, scroll.contentItem.contentHeight - scroll.height)
    }
    Connections {
        target: scroll.contentItem
        function onContentHeightChanged() { page.scrollToEnd() }
        function onHeightChanged() { page.scrollToEnd() }
    }
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
                items: [numberField, verifiedField, chatField, chatVerifiedField, webField,
                        webVerifiedField, nameField, hoursField, audienceField]
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
                placeholder: qsTr("Tomt om linjen bara nås på nätet")
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
            // A chat or web page: an https address a child can open on their own phone; a kiosk
            // shows it only once someone has checked it (here, or "Kontrollerad i dag").
            FormField {
                id: chatField
                label: qsTr("Chatt (https://…)")
                text: editor.chatUrl
                onTextChanged: editor.chatUrl = text
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                readOnly: !editor.canManage
                error: editor.fieldErrors.chat_url || ""
            }
            FormField {
                id: chatVerifiedField
                visible: editor.chatUrl.length > 0
                label: qsTr("Chatten kontrollerad (ÅÅÅÅ-MM-DD, tomt om ingen har kontrollerat den)")
                text: editor.chatVerified
                onTextChanged: editor.chatVerified = text
                inputMethodHints: Qt.ImhDate
                readOnly: !editor.canManage
                error: editor.fieldErrors.chat_verified || ""
            }
            FormField {
                id: webField
                label: qsTr("Webbsida (https://…)")
                text: editor.webUrl
                onTextChanged: editor.webUrl = text
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                readOnly: !editor.canManage
                error: editor.fieldErrors.web_url || ""
            }
            FormField {
                id: webVerifiedField
                visible: editor.webUrl.length > 0
                label: qsTr("Webbsidan kontrollerad (ÅÅÅÅ-MM-DD, tomt om ingen har kontrollerat den)")
                text: editor.webVerified
                onTextChanged: editor.webVerified = text
                inputMethodHints: Qt.ImhDate
                readOnly: !editor.canManage
                error: editor.fieldErrors.web_verified || ""
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("En ny adress är inte kontrollerad: kiosken visar den först när någon har "
                           + "öppnat den och sett att den fungerar.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            ChoiceField {
                id: language
                label: qsTr("Texten på språket")
                choices: editor.languages
                key: editor.textLanguage
                onChosen: key => editor.textLanguage = key
            }
            ReviewBadge {
                objectName: "textReviewBadge"
                Layout.fillWidth: true
                Layout.maximumWidth: naturalWidth
                visible: editor.textDraft
            }
            Label {
                Layout.fillWidth: true
                visible: editor.textDraft
                text: qsTr("Lykta har skrivit texterna på det här språket. Kiosken visar dem på "
                           + "svenska tills någon som har språket som modersmål har läst dem, rättat "
                           + "det som behövs och godkänt dem.")
                wrapMode: Text.Wrap
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
                         && !editor.fieldErrors.chat_url && !editor.fieldErrors.chat_verified
                         && !editor.fieldErrors.web_url && !editor.fieldErrors.web_verified
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: editor.canManage
                Button {
                    objectName: "saveHelpline"
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
                Button {
                    objectName: "approveText"
                    visible: editor.textDraft
                    text: qsTr("Spara och godkänn texterna …")
                    implicitHeight: Theme.touch
                    onClicked: approve.open()
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }

    Dialog {
        id: approve
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 480)
        modal: true
        title: qsTr("Godkänna texterna på det här språket?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: approve.availableWidth
            text: qsTr("Det du har skrivit sparas, och texterna på det här språket visas på "
                       + "enhetens kiosker efter nästa synkronisering. Godkänn bara om någon som "
                       + "har språket som modersmål har läst dem och rättat det som behövdes.")
            wrapMode: Text.Wrap
        }
        onAccepted: if (editor.approveText()) draftNotice.draft.saved()
    }
}
