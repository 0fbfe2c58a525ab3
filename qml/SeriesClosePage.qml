import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Closing a series with its outcome: carried out, declined (at which step), onwards to a
// support group of the unit (the child joins it), onwards to other support, moved, or ended
// for another reason. A closed series leaves Today and counts in the follow-up.
Page {
    id: page
    required property string seriesId
    signal done()
    background: null

    SeriesOutcomeEditor {
        id: editor
        workspace: Workspace
        seriesId: page.seriesId
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
            Label {
                Layout.fillWidth: true
                text: qsTr("Avsluta serien")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Hur slutade serien?")
                font.pixelSize: Theme.smallSize
            }
            ButtonGroup { id: outcomeGroup }
            Repeater {
                model: editor.outcomes
                delegate: RadioButton {
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    text: modelData.label
                    checked: editor.outcome === modelData.key
                    ButtonGroup.group: outcomeGroup
                    onToggled: if (checked) editor.outcome = modelData.key
                }
            }
            ChoiceField {
                id: stepField
                visible: page.chosen === "declined"
                label: qsTr("Vid vilket steg?")
                choices: editor.steps
                key: editor.declinedStep
                onChosen: key => editor.declinedStep = key
            }
            ChoiceField {
                id: groupField
                visible: page.chosen === "support_group" && editor.groups.length > 0
                label: qsTr("Stödgrupp (barnet blir medlem)")
                choices: editor.groups
                key: editor.groupId
                onChosen: key => editor.groupId = key
            }
            Label {
                Layout.fillWidth: true
                visible: page.chosen === "support_group" && editor.groups.length === 0
                text: qsTr("Enheten har ingen grupp än. Skapa den under Grupper först.")
                wrapMode: Text.Wrap
                color: Theme.muted
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0 && page.chosen === "support_group"
                text: editor.fieldErrors.referral_group_id || ""
                color: Theme.error
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            FormField {
                id: textField
                visible: page.chosen === "other_support" || page.chosen === "other"
                         || page.chosen === "moved"
                label: page.chosen === "other_support" ? qsTr("Vilket stöd?")
                     : page.chosen === "moved" ? qsTr("Vart (frivilligt)")
                                               : qsTr("Varför avslutas serien?")
                text: editor.text
                onTextChanged: editor.text = text
                error: editor.fieldErrors.outcome_text || ""
            }
            Label {
                Layout.fillWidth: true
                visible: page.chosen === "declined"
                text: qsTr("Barnet har rätt att tacka nej. En serie ersätter aldrig en orosanmälan.")
                wrapMode: Text.Wrap
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            FormField {
                id: dateField
                label: qsTr("Avslutad (ÅÅÅÅ-MM-DD)")
                text: editor.date
                onTextChanged: editor.date = text
                inputMethodHints: Qt.ImhDate
                error: editor.fieldErrors.closed || ""
            }
            Label {
                Layout.fillWidth: true
                visible: editor.errorText.length > 0 && Object.keys(editor.fieldErrors).length === 0
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Avsluta serien")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: if (editor.close()) page.done()
            }
            Item { implicitHeight: Theme.margin }
        }
    }

    readonly property string chosen: editor.outcome
}
