import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// A group's follow-up questionnaires (SDQ, Livsstegen, KASAM, ...): before, after and six
// months after, for each child — what is due and when, the score entered in place with its
// message, and the change since "before". Lykta keeps the instrument's name and scores only.
Page {
    id: page
    required property string groupId
    required property string groupName
    background: null

    QuestionnaireModel {
        id: questionnaires
        workspace: Workspace
        groupId: page.groupId
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        Column {
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
            x: Theme.margin
            spacing: Theme.spacing

            Item { width: 1; height: Theme.margin - Theme.spacing }
            Label {
                width: parent.width
                text: qsTr("Skattningar: %1").arg(page.groupName)
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                text: questionnaires.count === 0
                      ? qsTr("Inga skattningar planerade för gruppen än.")
                      : qsTr("%n att ta nu", "", questionnaires.dueCount)
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Planera skattning för gruppen")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: planner.open()
            }
            Label {
                width: parent.width
                visible: questionnaires.errorText.length > 0
                text: questionnaires.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }

            Repeater {
                model: questionnaires
                delegate: Frame {
                    id: entry
                    required property string scheduleId
                    required property string alias
                    required property string instrument
                    required property string timepointText
                    required property string status
                    required property string statusText
                    required property string scoreText
                    required property string changeText
                    required property string range
                    required property string error
                    required property string dueDate
                    width: parent.width

                    Column {
                        width: parent.width
                        spacing: 4
                        Label {
                            width: parent.width
                            text: qsTr("%1 · %2 · %3").arg(entry.alias).arg(entry.instrument)
                                  .arg(entry.timepointText)
                            font.pixelSize: Theme.bodySize
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                        }
                        Label {
                            width: parent.width
                            text: entry.statusText
                            color: entry.status === "due" ? Theme.accent : Theme.muted
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                        Label {
                            width: parent.width
                            visible: entry.status === "done"
                            text: entry.changeText.length > 0
                                  ? qsTr("Poäng %1 · %2").arg(entry.scoreText).arg(entry.changeText)
                                  : qsTr("Poäng %1").arg(entry.scoreText)
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.Wrap
                        }
                        Flow {
                            width: parent.width
                            visible: entry.status !== "done"
                            spacing: Theme.spacing
                            TextField {
                                id: scoreField
                                width: 160
                                implicitHeight: Theme.touch
                                placeholderText: entry.range.length > 0
                                                 ? qsTr("Poäng (%1)").arg(entry.range) : qsTr("Poäng")
                                inputMethodHints: Qt.ImhFormattedNumbersOnly
                                Accessible.name: qsTr("Poäng för %1, %2, %3").arg(entry.alias)
                                                 .arg(entry.instrument).arg(entry.timepointText)
                                onAccepted: saveScore.clicked()
                            }
                            Button {
                                id: saveScore
                                text: qsTr("Spara poäng")
                                implicitHeight: Theme.touch
                                Accessible.name: qsTr("Spara poäng för %1, %2, %3").arg(entry.alias)
                                                 .arg(entry.instrument).arg(entry.timepointText)
                                onClicked: {
                                    if (questionnaires.recordScore(entry.scheduleId, scoreField.text))
                                        scoreField.text = ""
                                }
                            }
                        }
                        // This child's own date, e.g. a later "before" for one who starts late.
                        Flow {
                            width: parent.width
                            visible: entry.status !== "done"
                            spacing: Theme.spacing
                            TextField {
                                id: dueField
                                width: 160
                                implicitHeight: Theme.touch
                                text: entry.dueDate
                                inputMethodHints: Qt.ImhDate
                                Accessible.name: qsTr("Datum för %1, %2, %3").arg(entry.alias)
                                                 .arg(entry.instrument).arg(entry.timepointText)
                                onAccepted: moveDue.clicked()
                            }
                            Button {
                                id: moveDue
                                text: qsTr("Ändra datum")
                                implicitHeight: Theme.touch
                                enabled: dueField.text !== entry.dueDate
                                Accessible.name: qsTr("Ändra datum för %1, %2, %3").arg(entry.alias)
                                                 .arg(entry.instrument).arg(entry.timepointText)
                                onClicked: questionnaires.moveDue(entry.scheduleId, dueField.text)
                            }
                        }
                        Label {
                            width: parent.width
                            visible: entry.error.length > 0
                            text: entry.error
                            color: Theme.error
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
            Item { width: 1; height: Theme.margin }
        }
    }

    Dialog {
        id: planner
        title: qsTr("Planera skattning")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Column {
            width: planner.availableWidth
            spacing: Theme.spacing
            Label {
                width: parent.width
                text: qsTr("Varje barn i gruppen får skattningen före, efter och sex månader efter. "
                           + "Lämna datumen tomma så får varje barn sina egna: före vid sin "
                           + "första träff, efter vid gruppens sista träff. Datumen kan ändras "
                           + "för varje barn efteråt.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
            }
            Label {
                width: parent.width
                text: qsTr("Instrument")
                font.pixelSize: Theme.smallSize
            }
            ComboBox {
                id: instrument
                width: parent.width
                implicitHeight: Theme.touch
                editable: true
                model: questionnaires.knownInstruments
                Accessible.name: qsTr("Instrument")
            }
            FormField {
                id: beforeDate
                width: parent.width
                label: qsTr("Före, datum (ÅÅÅÅ-MM-DD)")
                inputMethodHints: Qt.ImhDate
            }
            FormField {
                id: afterDate
                width: parent.width
                label: qsTr("Efter, datum (ÅÅÅÅ-MM-DD)")
                inputMethodHints: Qt.ImhDate
            }
            Label {
                width: parent.width
                visible: questionnaires.errorText.length > 0
                text: questionnaires.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
        onAccepted: {
            if (!questionnaires.scheduleGroup(instrument.editText, beforeDate.text, afterDate.text))
                open() // keep what was typed and show why
        }
    }
}
