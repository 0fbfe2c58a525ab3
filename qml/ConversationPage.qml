import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Recording one conversation of a series: when, how long, who took part, the structured
// sections, one of the KVÅ codes mapped to the series' model, and the two flags. Signing makes it
// permanent; after that a correction is an amendment, shown below the original.
Page {
    id: page
    property string conversationId
    property string seriesId
    property int step
    property string stepName
    background: null

    readonly property bool locked: editor.isSigned

    // Opened from a search hit (Main.openHit): lands on the match once laid out.
    property var match: null
    SearchMatch { id: landing; match: page.match; flickable: scroll.contentItem; layout: form }
    Component.onCompleted: Qt.callLater(() => landing.show(landing.amendment(amendmentList) || {
        place: placeField, wants_to_know: wantsToKnow, information_given: informationGiven,
        child_view: childView, advice: advice, support_agreed: supportAgreed, next_step: nextStep
    }[page.match ? page.match.field : ""]))
    readonly property var participantNames: [qsTr("Föräldrar"), qsTr("Barnet"),
        qsTr("Föräldrar och barn"), qsTr("Nätverket"), qsTr("Hela familjen")]

    ConversationEditor {
        id: editor
        workspace: Workspace
        seriesId: page.seriesId
        step: page.step
        conversationId: page.conversationId
    }

    // Each control writes what is typed into the editor as it changes (the editor has a change
    // signal per value, so no other field is re-read); saving and signing take what it holds.

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
                text: page.stepName.length > 0 ? page.stepName : qsTr("Samtal")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            DraftNotice {
                id: draftNotice
                // Once signed, the same draft holds the amendment being written.
                formKey: "conversation/" + (page.conversationId.length > 0 ? page.conversationId
                                            : "new/" + page.seriesId + "/" + page.step)
                items: page.locked ? [amendReason, amendBody] : [dateField, duration, placeField, participantsBox,
                    wantsToKnow, informationGiven, childView, advice, supportAgreed, nextStep,
                    privateBox, concernBox]
            }
            Label {
                Layout.fillWidth: true
                visible: page.locked
                text: editor.signedText + " · " + qsTr("kan inte ändras, men rättas med ett tillägg")
                color: Theme.muted
                wrapMode: Text.Wrap
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.width > 700 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: 4

                Label { text: qsTr("Datum (ÅÅÅÅ-MM-DD)"); font.pixelSize: Theme.smallSize }
                TextField {
                    id: dateField
                    Layout.fillWidth: true
                    text: editor.date
                    onTextChanged: editor.date = text
                    readOnly: page.locked
                    inputMethodHints: Qt.ImhDate
                    Accessible.name: qsTr("Datum")
                }
                Label {
                    Layout.columnSpan: parent.columns
                    visible: !!editor.fieldErrors.date
                    text: editor.fieldErrors.date || ""
                    color: Theme.error
                    font.pixelSize: Theme.smallSize
                }
                Label { text: qsTr("Längd i minuter"); font.pixelSize: Theme.smallSize }
                SpinBox {
                    id: duration
                    Layout.fillWidth: true
                    from: 0
                    to: 480
                    stepSize: 5
                    objectName: "duration"
                    editable: !page.locked
                    enabled: !page.locked
                    value: editor.durationMin
                    onValueChanged: editor.durationMin = value
                    Accessible.name: qsTr("Längd i minuter")
                }
                Label {
                    Layout.columnSpan: parent.columns
                    visible: !!editor.fieldErrors.duration_min
                    text: qsTr("Ange hur länge samtalet pågick (1–480 minuter).")
                    color: Theme.error
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Label { text: qsTr("Plats"); font.pixelSize: Theme.smallSize }
                TextField {
                    id: placeField
                    Layout.fillWidth: true
                    text: editor.place
                    onTextChanged: editor.place = text
                    readOnly: page.locked
                    Accessible.name: qsTr("Plats")
                }
                Label { text: qsTr("Deltagare"); font.pixelSize: Theme.smallSize }
                ComboBox {
                    id: participantsBox
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    model: page.participantNames
                    currentIndex: editor.participants
                    // The names never change, so the index only moves when a person (or a
                    // restored draft) picks another.
                    onCurrentIndexChanged: editor.participants = currentIndex
                    enabled: !page.locked
                    Accessible.name: qsTr("Deltagare")
                }
                Label { text: qsTr("KVÅ-kod"); font.pixelSize: Theme.smallSize; wrapMode: Text.Wrap; Layout.fillWidth: parent.columns === 1 }
                ComboBox {
                    id: kvaBox
                    objectName: "conversationKva"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    visible: editor.kvaChoices.length > 0
                    model: [{ code: "", label: qsTr("Ingen KVÅ-kod") }].concat(Array.from(editor.kvaChoices))
                    textRole: "label"
                    currentIndex: Math.max(0, model.findIndex(c => c.code === editor.kvaCode))
                    enabled: !page.locked
                    Accessible.name: qsTr("KVÅ-kod")
                    // Written on a pick only: a new list (after a save) resets the index first.
                    onActivated: index => editor.kvaCode = index > 0 ? model[index].code : ""
                }
                Label {
                    objectName: "conversationKvaNone"
                    Layout.fillWidth: true
                    visible: editor.kvaChoices.length === 0
                    text: qsTr("Inga KVÅ-koder är kopplade till den här samtalsmallen. En chef kopplar koder under Mer → KVÅ-koder.")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.columnSpan: parent.columns
                    visible: !!editor.fieldErrors.kva_code
                    text: editor.fieldErrors.kva_code || ""
                    color: Theme.error
                    font.pixelSize: Theme.smallSize
                }
            }

            TextSection { id: wantsToKnow; label: qsTr("Vad vill barnet veta?"); text: editor.wantsToKnow; onTextChanged: editor.wantsToKnow = text; readOnly: page.locked }
            TextSection { id: informationGiven; label: qsTr("Information som gavs"); text: editor.informationGiven; onTextChanged: editor.informationGiven = text; readOnly: page.locked }
            TextSection { id: childView; label: qsTr("Barnets egen berättelse, med barnets ord"); text: editor.childView; onTextChanged: editor.childView = text; readOnly: page.locked }
            TextSection { id: advice; label: qsTr("Råd"); text: editor.advice; onTextChanged: editor.advice = text; readOnly: page.locked }
            TextSection { id: supportAgreed; label: qsTr("Stöd som vi kom överens om"); text: editor.supportAgreed; onTextChanged: editor.supportAgreed = text; readOnly: page.locked }
            TextSection { id: nextStep; label: qsTr("Nästa steg"); text: editor.nextStep; onTextChanged: editor.nextStep = text; readOnly: page.locked }

            CheckBox {
                id: privateBox
                Layout.fillWidth: true
                text: qsTr("Barnets egna ord – inte för vårdnadshavare")
                checked: editor.childWordsPrivate
                onCheckedChanged: editor.childWordsPrivate = checked
                enabled: !page.locked
            }
            CheckBox {
                id: concernBox
                Layout.fillWidth: true
                text: qsTr("Oro som ska anmälas (skapar en uppgift)")
                checked: editor.concernToReport
                onCheckedChanged: editor.concernToReport = checked
                enabled: !page.locked
            }

            Label {
                Layout.fillWidth: true
                visible: editor.errorText.length > 0
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
                    text: qsTr("Signera")
                    implicitHeight: Theme.touch
                    highlighted: true
                    onClicked: signDialog.open()
                }
            }

            GuardianCopyButton {
                Layout.fillWidth: true
                entity: "conversation"
                recordId: editor.conversationId
                what: page.stepName
                childWordsPrivate: editor.childWordsPrivate
            }

            // Amendments: the original above stays as it was.
            Label {
                Layout.fillWidth: true
                visible: page.locked
                text: editor.amendments.length > 0 ? qsTr("Tillägg och rättelser") : ""
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
                            text: modelData.writtenAt + " · " + modelData.author + " · " + modelData.reason
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                        }
                        Label { Layout.fillWidth: true; text: modelData.body; wrapMode: Text.Wrap }
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: page.locked
                spacing: 4
                TextField {
                    id: amendReason
                    Layout.fillWidth: true
                    placeholderText: qsTr("Vad rättas, och varför?")
                    Accessible.name: qsTr("Anledning till rättelsen")
                }
                TextSection { id: amendBody; label: qsTr("Tillägg") }
                Button {
                    text: qsTr("Spara tillägg")
                    implicitHeight: Theme.touch
                    enabled: amendReason.text.trim().length > 0 && amendBody.text.trim().length > 0
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
        title: qsTr("Signera samtalet?")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 480)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: parent.width
            text: qsTr("Ett signerat samtal kan inte ändras. Rättelser görs som tillägg, och originalet finns kvar.")
            wrapMode: Text.Wrap
        }
        onAccepted: if (editor.sign()) draftNotice.draft.saved()
    }
}
