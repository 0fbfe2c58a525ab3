import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// One conversation model: its name, ages and steps (name, who takes part, days after the
// step before, optional), in order. Managers add, remove and move steps and save; a save is
// the model's next version, and series already running keep the version they started with.
// Anyone else sees the model without changing it.
Page {
    id: page
    property string templateId
    signal saved()
    background: null

    TemplateEditor {
        id: editor
        workspace: Workspace
        templateId: page.templateId
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
                text: page.templateId.length > 0 ? qsTr("Ändra samtalsmall") : qsTr("Ny samtalsmall")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                objectName: "templateVersion"
                visible: page.templateId.length > 0
                text: editor.canEdit
                      ? qsTr("Version %1. Sparar du blir det version %2; pågående serier behåller sin version.").arg(editor.version).arg(editor.version + 1)
                      : qsTr("Version %1").arg(editor.version)
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: !editor.canEdit
                text: qsTr("Bara en chef kan ändra enhetens samtalsmallar.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            FormField {
                id: nameField
                objectName: "templateName"
                label: qsTr("Namn")
                text: editor.name
                onTextChanged: editor.name = text
                readOnly: !editor.canEdit
                error: editor.fieldErrors.name || ""
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Column {
                    Label { text: qsTr("Från ålder"); font.pixelSize: Theme.smallSize }
                    SpinBox {
                        id: minAge
                        objectName: "templateMinAge"
                        from: 0; to: 25
                        value: editor.minAge
                        onValueChanged: editor.minAge = value
                        editable: editor.canEdit
                        enabled: editor.canEdit
                        Accessible.name: qsTr("Från ålder")
                    }
                }
                Column {
                    Label { text: qsTr("Till ålder"); font.pixelSize: Theme.smallSize }
                    SpinBox {
                        id: maxAge
                        objectName: "templateMaxAge"
                        from: 0; to: 25
                        value: editor.maxAge
                        onValueChanged: editor.maxAge = value
                        editable: editor.canEdit
                        enabled: editor.canEdit
                        Accessible.name: qsTr("Till ålder")
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: !!editor.fieldErrors.min_age || !!editor.fieldErrors.max_age
                text: editor.fieldErrors.min_age || editor.fieldErrors.max_age || ""
                color: Theme.error
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Steg i ordning")
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                visible: !!editor.fieldErrors.steps
                text: editor.fieldErrors.steps || ""
                color: Theme.error
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Repeater {
                id: stepRepeater
                model: editor.steps
                delegate: Frame {
                    id: stepFrame
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    objectName: "templateStep" + index

                    ColumnLayout {
                        width: parent.width
                        spacing: 4
                        FormField {
                            objectName: "templateStepName" + stepFrame.index
                            label: qsTr("Steg %1: namn").arg(stepFrame.index + 1)
                            text: stepFrame.modelData.name
                            readOnly: !editor.canEdit
                            error: editor.fieldErrors["steps." + stepFrame.index + ".name"] || ""
                            onTextChanged: editor.setStepName(stepFrame.index, text)
                        }
                        GridLayout {
                            Layout.fillWidth: true
                            columns: page.width > 600 ? 3 : 1
                            columnSpacing: Theme.spacing
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Label { text: qsTr("Vilka deltar"); font.pixelSize: Theme.smallSize }
                                ComboBox {
                                    objectName: "templateStepParticipants" + stepFrame.index
                                    Layout.fillWidth: true
                                    implicitHeight: Theme.touch
                                    model: editor.participantNames
                                    currentIndex: stepFrame.modelData.participants
                                    enabled: editor.canEdit
                                    Accessible.name: qsTr("Vilka deltar i steg %1").arg(stepFrame.index + 1)
                                    onActivated: index => editor.setStepParticipants(stepFrame.index, index)
                                }
                            }
                            Column {
                                Label { text: qsTr("Dagar efter förra steget"); font.pixelSize: Theme.smallSize }
                                SpinBox {
                                    objectName: "templateStepDays" + stepFrame.index
                                    from: 0; to: 730
                                    value: stepFrame.modelData.followUpDays
                                    editable: editor.canEdit
                                    enabled: editor.canEdit
                                    Accessible.name: qsTr("Dagar efter förra steget, steg %1").arg(stepFrame.index + 1)
                                    onValueModified: editor.setStepDays(stepFrame.index, value)
                                }
                            }
                            CheckBox {
                                objectName: "templateStepOptional" + stepFrame.index
                                text: qsTr("Valfritt steg")
                                checked: stepFrame.modelData.optional
                                enabled: editor.canEdit
                                onToggled: editor.setStepOptional(stepFrame.index, checked)
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: !!editor.fieldErrors["steps." + stepFrame.index + ".followUpDays"]
                            text: editor.fieldErrors["steps." + stepFrame.index + ".followUpDays"] || ""
                            color: Theme.error
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            visible: editor.canEdit
                            Button {
                                objectName: "templateStepUp" + stepFrame.index
                                text: qsTr("Flytta upp")
                                implicitHeight: Theme.touch
                                enabled: stepFrame.index > 0
                                Accessible.name: qsTr("Flytta upp steg %1").arg(stepFrame.index + 1)
                                onClicked: editor.moveStep(stepFrame.index, stepFrame.index - 1)
                            }
                            Button {
                                objectName: "templateStepDown" + stepFrame.index
                                text: qsTr("Flytta ner")
                                implicitHeight: Theme.touch
                                enabled: stepFrame.index < stepRepeater.count - 1
                                Accessible.name: qsTr("Flytta ner steg %1").arg(stepFrame.index + 1)
                                onClicked: editor.moveStep(stepFrame.index, stepFrame.index + 1)
                            }
                            Button {
                                objectName: "templateStepRemove" + stepFrame.index
                                text: qsTr("Ta bort")
                                implicitHeight: Theme.touch
                                Accessible.name: qsTr("Ta bort steg %1").arg(stepFrame.index + 1)
                                onClicked: editor.removeStep(stepFrame.index)
                            }
                        }
                    }
                }
            }
            Button {
                objectName: "templateAddStep"
                visible: editor.canEdit
                text: qsTr("Lägg till steg")
                implicitHeight: Theme.touch
                onClicked: editor.addStep()
            }
            Label {
                Layout.fillWidth: true
                objectName: "templateError"
                visible: editor.errorText.length > 0
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "templateSave"
                visible: editor.canEdit
                text: qsTr("Spara ny version")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: if (editor.save()) page.saved()
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
