import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// One task: what it is and about whom, the conversation it came from, and how it is closed.
// A concern closes only with the record of what was done (filed, or not filed and why); a
// closed concern shows that record. A follow-up is marked done.
Page {
    id: page
    property string taskId
    background: null

    TaskEditor {
        id: editor
        workspace: Workspace
        taskId: page.taskId
    }

    // Each control writes what is typed into the editor as it changes (a change signal per
    // value, so no other field is re-read); closing the concern takes what it holds.

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
            x: Theme.margin
            spacing: Theme.spacing

            Item { implicitHeight: Theme.margin - Theme.spacing }
            Label {
                Layout.fillWidth: true
                text: editor.headline
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: editor.detail
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Button {
                visible: editor.conversationId.length > 0
                text: qsTr("Öppna samtalet")
                implicitHeight: Theme.touch
                onClicked: page.StackView.view.push(conversationPage, {
                    conversationId: editor.conversationId, seriesId: editor.seriesId,
                    step: editor.step, stepName: editor.stepName })
            }
            Label {
                Layout.fillWidth: true
                visible: editor.isConcern && !editor.done
                text: qsTr("Själva anmälan görs till socialtjänsten utanför Lykta. Här registrerar du vad som gjordes; först då stängs uppgiften.")
                wrapMode: Text.Wrap
            }

            // A closed concern: its record.
            Label {
                Layout.fillWidth: true
                visible: editor.done && editor.recordText.length > 0
                text: editor.recordText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
            }
            Label {
                visible: editor.done && editor.recordText.length === 0
                text: qsTr("Klar")
                color: Theme.muted
            }

            // The record that closes a concern.
            ColumnLayout {
                Layout.fillWidth: true
                visible: editor.isConcern && !editor.done
                spacing: Theme.spacing

                RadioButton {
                    id: filedButton
                    text: qsTr("Orosanmälan är gjord")
                    checked: editor.filed
                    onCheckedChanged: editor.filed = checked
                }
                RadioButton {
                    id: notFiledButton
                    text: qsTr("Beslut att inte göra en orosanmälan")
                    checked: !editor.filed
                }
                FormField {
                    id: dateField
                    label: filedButton.checked ? qsTr("Datum då anmälan gjordes (ÅÅÅÅ-MM-DD)")
                                               : qsTr("Datum för beslutet (ÅÅÅÅ-MM-DD)")
                    text: editor.date
                    onTextChanged: editor.date = text
                    inputMethodHints: Qt.ImhDate
                    error: editor.fieldErrors["date"] || ""
                }
                FormField {
                    id: recipientField
                    visible: filedButton.checked
                    label: qsTr("Till vilken socialtjänst")
                    placeholder: qsTr("t.ex. Socialtjänsten i kommunen, barn och unga")
                    text: editor.recipient
                    onTextChanged: editor.recipient = text
                    error: editor.fieldErrors["recipient"] || ""
                }
                ChoiceField {
                    id: filerField
                    visible: filedButton.checked
                    label: qsTr("Anmälan gjord av")
                    choices: editor.staffChoices
                    key: editor.filedBy
                    onChosen: key => editor.filedBy = key
                }
                Label {
                    Layout.fillWidth: true
                    visible: filedButton.checked && (editor.fieldErrors["filed_by"] || "").length > 0
                    text: editor.fieldErrors["filed_by"] || ""
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
                FormField {
                    id: referenceField
                    visible: filedButton.checked
                    label: qsTr("Socialtjänstens referens (om det finns)")
                    text: editor.reference
                    onTextChanged: editor.reference = text
                }
                TextSection {
                    id: reasonField
                    visible: notFiledButton.checked
                    label: qsTr("Skäl att inte göra en anmälan")
                    text: editor.reason
                    onTextChanged: editor.reason = text
                    error: editor.fieldErrors["reason"] || ""
                }
                Label {
                    Layout.fillWidth: true
                    visible: editor.errorText.length > 0
                    text: editor.errorText
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
                Button {
                    text: qsTr("Spara och stäng uppgiften")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: editor.closeConcern()
                }
            }

            // A follow-up.
            Button {
                visible: !editor.isConcern && !editor.done && editor.headline.length > 0
                text: qsTr("Markera som klar")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: editor.markDone()
            }
            Label {
                Layout.fillWidth: true
                visible: !editor.isConcern && editor.errorText.length > 0
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Item { implicitHeight: Theme.margin }
        }
    }

    Component { id: conversationPage; ConversationPage {} }
}
