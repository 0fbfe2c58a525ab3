import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Creating or editing a support group: name, model, ages, places, anonymous or identified,
// leaders, dates, place and status. Each refused value is explained at its field.
Page {
    id: page
    property string groupId
    signal saved(string id, string name)
    background: null

    GroupEditor {
        id: editor
        workspace: Workspace
        groupId: page.groupId
        onLoaded: programmeBox.editText = editor.programme
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
                text: page.groupId.length > 0 ? qsTr("Ändra grupp") : qsTr("Ny grupp")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
            }
            FormField {
                id: nameField
                label: qsTr("Gruppens namn")
                text: editor.name
                onTextChanged: editor.name = text
                error: editor.fieldErrors.name || ""
            }
            Column {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    width: parent.width
                    text: qsTr("Modell: välj, eller skriv enhetens egen")
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                ComboBox {
                    id: programmeBox
                    width: parent.width
                    implicitHeight: Theme.touch
                    editable: true
                    model: editor.programmes
                    Accessible.name: qsTr("Modell")
                    Component.onCompleted: editText = editor.programme
                    // Picked or typed. Not on every change of editText: a new list of programmes
                    // (after a save) resets the box before the editor's value is put back.
                    onActivated: index => editor.programme = editor.programmes[index]
                    Connections {
                        target: programmeBox.contentItem
                        function onTextEdited() { editor.programme = programmeBox.contentItem.text }
                    }
                }
            }
                FormField {
                    id: minAge
                    label: qsTr("Från ålder")
                    text: editor.minAge
                    onTextChanged: editor.minAge = text
                    inputMethodHints: Qt.ImhDigitsOnly
                    error: editor.fieldErrors.min_age || ""
                }
                FormField {
                    id: maxAge
                    label: qsTr("Till ålder")
                    text: editor.maxAge
                    onTextChanged: editor.maxAge = text
                    inputMethodHints: Qt.ImhDigitsOnly
                    error: editor.fieldErrors.max_age || ""
                }
            FormField {
                id: capacity
                label: qsTr("Antal platser (1–%1)").arg(editor.maxCapacity)
                text: editor.capacity
                onTextChanged: editor.capacity = text
                inputMethodHints: Qt.ImhDigitsOnly
                error: editor.fieldErrors.capacity || ""
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Barnen i gruppen")
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            RadioButton {
                id: anonymousMode
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                text: qsTr("Anonym: en kod eller ett förnamn, inga personuppgifter")
                checked: editor.anonymous
                onCheckedChanged: editor.anonymous = checked
                enabled: !editor.modeLocked
            }
            RadioButton {
                id: identifiedMode
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                text: qsTr("Identifierad: barn som finns i enhetens familjer")
                checked: !editor.anonymous
                enabled: !editor.modeLocked
            }
            Label {
                Layout.fillWidth: true
                visible: editor.modeLocked || (editor.fieldErrors.mode || "").length > 0
                text: editor.fieldErrors.mode
                      || qsTr("Gruppen har deltagare, så det här kan inte ändras längre.")
                color: editor.fieldErrors.mode ? Theme.error : Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Ledare")
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    id: leaderChoices
                    model: editor.staff
                    CheckBox {
                        required property var modelData
                        readonly property string key: modelData.key
                        text: modelData.label
                        implicitHeight: Theme.touch
                        checked: editor.leaders.indexOf(modelData.key) >= 0
                        onToggled: editor.leaders = checked ? editor.leaders.concat([key])
                                                            : editor.leaders.filter(k => k !== key)
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: editor.fieldErrors.leaders || ""
                color: Theme.error
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            FormField {
                id: startDate
                label: qsTr("Startdatum (ÅÅÅÅ-MM-DD)")
                text: editor.startDate
                onTextChanged: editor.startDate = text
                inputMethodHints: Qt.ImhDate
                error: editor.fieldErrors.start_date || ""
            }
            FormField {
                id: endDate
                label: qsTr("Slutdatum, om det är bestämt (ÅÅÅÅ-MM-DD)")
                text: editor.endDate
                onTextChanged: editor.endDate = text
                inputMethodHints: Qt.ImhDate
                error: editor.fieldErrors.end_date || ""
            }
            FormField {
                id: place
                label: qsTr("Plats")
                placeholder: qsTr("Till exempel Familjecentralen, rum 2")
                text: editor.place
                onTextChanged: editor.place = text
            }
            ChoiceField {
                id: status
                label: qsTr("Status")
                choices: editor.statuses
                key: editor.status
                onChosen: key => editor.status = key
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: editor.fieldErrors.status || ""
                color: Theme.error
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
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
                onClicked: if (editor.save()) page.saved(editor.groupId, editor.name)
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
