import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Mer → Kioskinnehåll: the unit's info cards for the waiting-room kiosk, by language and age
// band in the kiosk's order (the drafts Lykta wrote in new languages marked, and found with
// "Bara utkast att granska"), its helplines with the date each number, chat and web page was
// last checked and the languages whose texts wait for review, and how long a kiosk waits
// before it starts over. Staff with the content role create, edit, publish, approve, check and
// set; everyone else reads.
Page {
    id: page
    // Each opens its page on the section's stack (Main.qml).
    signal cardOpened(string cardId)
    signal helplineOpened(string lineId)
    // Used by the self-test: the first card, and the helplines tab.
    function openFirst() {
        if (cards.count > 0)
            page.cardOpened(cards.get(0).cardId)
    }
    // ... and the first card that shows the emergency line.
    function openFirstEmergency() {
        for (let row = 0; row < cards.count; ++row) {
            if (cards.get(row).emergency) {
                page.cardOpened(cards.get(row).cardId)
                return
            }
        }
    }
    function showHelplines() { tabs.currentIndex = 1 }
    // ... the drafts to review, the first of them, and the idle times.
    function showDrafts() { tabs.currentIndex = 0; draftsOnly.checked = true }
    function openFirstDraft() {
        showDrafts()
        openFirst()
    }
    function showIdleTimes() { tabs.currentIndex = 2 }
    function openFirstHelpline() {
        if (lines.count > 0)
            page.helplineOpened(lines.lineIdAt(0))
    }
    background: null

    KioskCardModel {
        id: cards
        workspace: Workspace
        language: languageFilter.chosenKey
        ageBand: bandFilter.chosenKey
        draftsOnly: draftsOnly.checked
    }
    KioskHelplineModel {
        id: lines
        workspace: Workspace
    }
    InfoCardEditor { id: labels } // the lists of languages and age bands, for the filters

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.margin
        spacing: Theme.spacing

        // A Column, not a ColumnLayout: wrapped labels in nested layouts keep stale heights.
        Column {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            spacing: Theme.spacing

            Label {
                width: parent.width
                text: qsTr("Kioskinnehåll")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "readOnlyNote"
                width: parent.width
                visible: !cards.canManage
                text: qsTr("Du kan läsa kioskens innehåll. Bara personal med rollen Innehåll kan "
                           + "skapa, ändra och publicera kort och hjälplinjer.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            TabBar {
                id: tabs
                width: parent.width
                TabButton { text: qsTr("Kort"); height: Theme.touch }
                TabButton { text: qsTr("Hjälplinjer"); height: Theme.touch }
                //: how long a kiosk waits after the last touch before it starts over
                TabButton { objectName: "idleTimesTab"; text: qsTr("Väntetider"); height: Theme.touch }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // Cards
            ColumnLayout {
                spacing: Theme.spacing
                // A Flow, not a GridLayout: the wrapped labels of the fields made the layout
                // polish in a loop at tablet widths.
                Flow {
                    id: filters
                    readonly property bool narrow: width < 560
                    readonly property real fieldWidth: narrow ? width : (width - 2 * spacing) / 3
                    Layout.fillWidth: true
                    Layout.maximumWidth: Theme.maxContentWidth
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    spacing: Theme.spacing
                    ChoiceField {
                        id: languageFilter
                        width: filters.fieldWidth
                        label: qsTr("Språk")
                        choices: [{ key: "", label: qsTr("Alla språk") }].concat(labels.languages)
                    }
                    ChoiceField {
                        id: bandFilter
                        width: filters.fieldWidth
                        label: qsTr("Åldersgrupp")
                        choices: [{ key: "", label: qsTr("Alla åldrar") }].concat(labels.ageBands)
                    }
                    Item {
                        width: newCard.visible ? filters.fieldWidth : 0
                        height: newCard.visible ? (filters.narrow ? Theme.touch : bandFilter.height) : 0
                        Button {
                            id: newCard
                            objectName: "newCard"
                            anchors.bottom: parent.bottom
                            visible: cards.canManage
                            text: qsTr("Nytt kort")
                            highlighted: true
                            implicitHeight: Theme.touch
                            onClicked: page.cardOpened("")
                        }
                    }
                }
                // The drafts Lykta wrote in new languages, for someone who has the language as
                // their mother tongue to read, correct and approve.
                Switch {
                    id: draftsOnly
                    objectName: "draftsOnly"
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.maximumWidth: Theme.maxContentWidth
                    visible: cards.reviewCount > 0 || checked
                    implicitHeight: Theme.touch
                    //: a filter: only the cards that wait for review by a native speaker
                    text: qsTr("Bara utkast att granska (%1)").arg(cards.reviewCount)
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    visible: cards.errorText.length > 0
                    text: cards.errorText
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
                ListView {
                    id: cardList
                    objectName: "cardList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.maximumWidth: Theme.maxContentWidth + 2 * Theme.margin
                    clip: true
                    model: cards
                    EmptyState {
                        visible: cardList.count === 0
                        message: cards.draftsOnly
                                 ? qsTr("Inga utkast att granska för det här språket och den här åldersgruppen.")
                                 : qsTr("Inga kort för det här språket och den här åldersgruppen.")
                    }
                    delegate: ItemDelegate {
                        id: cardRow
                        required property string cardId
                        required property string cardTitle
                        required property string pictureUrl
                        required property string languageName
                        required property string ageBandName
                        required property int sortOrder
                        required property bool published
                        required property bool emergency
                        required property bool needsReview
                        width: cardList.width
                        height: Math.max(Theme.touch + 16, cardContent.implicitHeight + 20)
                        Accessible.name: cardTitle + ". " + cardDetail.text
                                         + (needsReview ? ". " + reviewBadge.text : "")
                        onClicked: page.cardOpened(cardId)
                        contentItem: RowLayout {
                            id: cardContent
                            spacing: Theme.spacing
                            Image {
                                Layout.preferredWidth: 48
                                Layout.preferredHeight: 48
                                source: cardRow.pictureUrl
                                sourceSize.width: 48
                                sourceSize.height: 48
                                fillMode: Image.PreserveAspectFit
                                Accessible.ignored: true
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Label {
                                    Layout.fillWidth: true
                                    text: cardRow.cardTitle
                                    // In line with the rest of the row, in any script.
                                    horizontalAlignment: Text.AlignLeft
                                    font.pixelSize: Theme.bodySize + 1
                                    font.weight: Font.DemiBold
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                }
                                Label {
                                    id: cardDetail
                                    Layout.fillWidth: true
                                    //: language · age band · the card's place in the kiosk's order
                                    text: qsTr("%1 · %2 · plats %3").arg(cardRow.languageName)
                                          .arg(cardRow.ageBandName).arg(cardRow.sortOrder)
                                          + (cardRow.emergency ? " · 112" : "")
                                    color: Theme.muted
                                    font.pixelSize: Theme.smallSize
                                    wrapMode: Text.Wrap
                                }
                                ReviewBadge {
                                    id: reviewBadge
                                    Layout.fillWidth: true
                                    Layout.maximumWidth: naturalWidth
                                    visible: cardRow.needsReview
                                }
                            }
                            Label {
                                text: cardRow.published ? qsTr("Publicerat") : qsTr("Utkast")
                                color: cardRow.published ? Theme.accent : Theme.muted
                                font.pixelSize: Theme.smallSize
                                font.weight: Font.DemiBold
                            }
                        }
                    }
                }
            }

            // Helplines
            ColumnLayout {
                spacing: Theme.spacing
                Button {
                    objectName: "newHelpline"
                    Layout.leftMargin: Theme.margin
                    visible: lines.canManage
                    text: qsTr("Ny hjälplinje")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: page.helplineOpened("")
                }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    visible: lines.errorText.length > 0
                    text: lines.errorText
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
                ListView {
                    id: lineList
                    objectName: "helplineList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.maximumWidth: Theme.maxContentWidth + 2 * Theme.margin
                    clip: true
                    spacing: Theme.spacing
                    model: lines
                    EmptyState {
                        visible: lineList.count === 0
                        message: qsTr("Inga hjälplinjer ännu.")
                    }
                    delegate: Pane {
                        id: lineRow
                        required property string lineId
                        required property string lineName
                        required property string hours
                        required property string audience
                        required property string languages
                        required property var contacts
                        required property var draftLanguages
                        x: Theme.margin
                        width: lineList.width - 2 * Theme.margin
                        padding: Theme.spacing
                        background: Rectangle {
                            color: Theme.card
                            radius: 8
                            border.color: "#e7e5e4"
                        }
                        contentItem: Column {
                            spacing: 4
                            Label {
                                width: parent.width
                                text: lineRow.lineName
                                font.pixelSize: Theme.bodySize + 2
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                            }
                            Label {
                                width: parent.width
                                visible: lineRow.audience.length > 0
                                text: lineRow.audience
                                wrapMode: Text.Wrap
                            }
                            Label {
                                width: parent.width
                                visible: lineRow.hours.length > 0
                                //: when a helpline answers
                                text: qsTr("Öppet: %1").arg(lineRow.hours)
                                wrapMode: Text.Wrap
                            }
                            Label {
                                width: parent.width
                                //: the languages the helpline's texts are written in
                                text: qsTr("Språk: %1").arg(lineRow.languages)
                                color: Theme.muted
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }
                            // The number, the chat and the web page, each with its own check.
                            Repeater {
                                model: lineRow.contacts
                                // The check's button beside the address where there is room.
                                delegate: Flow {
                                    id: contactRow
                                    required property var modelData
                                    readonly property bool checked: modelData.verified.length > 0
                                    readonly property bool wide: width >= 640
                                    width: parent.width
                                    topPadding: 6
                                    spacing: Theme.spacing
                                    Column {
                                        width: contactRow.wide && checkButton.visible
                                               ? contactRow.width - checkButton.width - contactRow.spacing
                                               : contactRow.width
                                        spacing: 2
                                        Label {
                                            width: parent.width
                                            //: how to reach a helpline (Telefon, Chatt, Webb) and its number or address
                                            text: qsTr("%1: %2").arg(contactRow.modelData.label)
                                                  .arg(contactRow.modelData.address)
                                            font.weight: Font.DemiBold
                                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                                        }
                                        Label {
                                            width: parent.width
                                            //: the date someone last called the number (or opened the chat or web page) and it answered
                                            text: !contactRow.checked
                                                  ? qsTr("Inte kontrollerad än: visas inte i kiosken förrän någon har kontrollerat den")
                                                  : contactRow.modelData.checkDue
                                                    ? qsTr("Senast kontrollerad %1 – dags att kontrollera igen").arg(contactRow.modelData.verified)
                                                    : qsTr("Senast kontrollerad %1").arg(contactRow.modelData.verified)
                                            color: contactRow.modelData.checkDue ? Theme.error : Theme.muted
                                            font.pixelSize: Theme.smallSize
                                            wrapMode: Text.Wrap
                                        }
                                    }
                                    Button {
                                        id: checkButton
                                        objectName: "checked_" + contactRow.modelData.contact
                                        visible: lines.canManage
                                        text: qsTr("Kontrollerad i dag")
                                        implicitHeight: Theme.touch
                                        //: e.g. "Bris, Chatt: kontrollerad i dag"
                                        Accessible.name: qsTr("%1, %2: kontrollerad i dag")
                                                         .arg(lineRow.lineName).arg(contactRow.modelData.label)
                                        onClicked: lines.markCheckedToday(lineRow.lineId, contactRow.modelData.contact)
                                    }
                                }
                            }
                            // The languages whose texts Lykta wrote: a native speaker reads them
                            // (Ändra), then someone with the content role approves them.
                            Label {
                                width: parent.width
                                topPadding: 6
                                visible: lineRow.draftLanguages.length > 0
                                text: qsTr("Texterna på de här språken behöver granskas av någon som har språket som "
                                           + "modersmål. Läs och rätta dem under Ändra, och godkänn dem sedan:")
                                color: "#7c2d12"
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }
                            Flow {
                                width: parent.width
                                spacing: 8
                                visible: lines.canManage && lineRow.draftLanguages.length > 0
                                Repeater {
                                    model: lineRow.draftLanguages
                                    delegate: Button {
                                        required property var modelData
                                        objectName: "approve_" + modelData.key
                                        //: approve a helpline's texts in one language, after asking
                                        text: qsTr("Godkänn: %1 …").arg(modelData.label)
                                        implicitHeight: Theme.touch
                                        Accessible.name: qsTr("Godkänn texterna om %1 på %2")
                                                         .arg(lineRow.lineName).arg(modelData.label)
                                        onClicked: approveLanguage.ask(lineRow.lineId, lineRow.lineName,
                                                                       modelData.key, modelData.label)
                                    }
                                }
                            }
                            Button {
                                visible: lines.canManage
                                text: qsTr("Ändra")
                                flat: true
                                implicitHeight: Theme.touch
                                Accessible.name: qsTr("Ändra %1").arg(lineRow.lineName)
                                onClicked: page.helplineOpened(lineRow.lineId)
                            }
                        }
                    }
                }
            }

            // Idle times
            KioskIdleTimes {}
        }
    }

    // Approving a language's helpline texts shows them on every kiosk of the unit: it asks first.
    Dialog {
        id: approveLanguage
        objectName: "approveLanguageDialog"
        property string lineId
        property string lineName
        property string language
        property string languageLabel
        function ask(id, name, key, label) {
            lineId = id
            lineName = name
            language = key
            languageLabel = label
            open()
        }
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 480)
        modal: true
        //: e.g. "Godkänn texterna: Arabiska"
        title: qsTr("Godkänn texterna: %1").arg(languageLabel)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: approveLanguage.availableWidth
            text: qsTr("Namnet, öppettiderna och vem %1 är till för visas på det här språket på "
                       + "enhetens kiosker efter nästa synkronisering, i stället för på svenska. "
                       + "Godkänn bara om någon som har språket som modersmål har läst texterna "
                       + "och rättat det som behövdes.").arg(approveLanguage.lineName)
            wrapMode: Text.Wrap
        }
        onAccepted: lines.approveLanguage(lineId, language)
    }
}
