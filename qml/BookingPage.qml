import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Booking one step of a series: day, time, length, place and who takes part (the step's
// participants are checked to begin with). A booked step is rebooked or cancelled here; the
// booking shows on Today at its day and time.
Page {
    id: page
    required property string seriesId
    required property int step
    signal done()
    background: null

    BookingEditor {
        id: editor
        workspace: Workspace
        seriesId: page.seriesId
        step: page.step
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
                text: editor.isBooked ? qsTr("Boka om: %1").arg(editor.stepName)
                                      : qsTr("Boka: %1").arg(editor.stepName)
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.width > 600 ? 3 : 1
                columnSpacing: Theme.spacing
                FormField {
                    id: dateField
                    // Equal shares of the row: a Column has no width of its own to offer.
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Dag (ÅÅÅÅ-MM-DD)")
                    text: editor.date
                    onTextChanged: editor.date = text
                    inputMethodHints: Qt.ImhDate
                    error: editor.fieldErrors.date || ""
                }
                FormField {
                    id: timeField
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Tid (TT:MM)")
                    text: editor.time
                    onTextChanged: editor.time = text
                    inputMethodHints: Qt.ImhTime
                    error: editor.fieldErrors.time || ""
                }
                // Minutes as a number, as on the conversation itself: a text field would turn each
                // keystroke into a number and back.
                Column {
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: 2
                    Label {
                        width: parent.width
                        text: qsTr("Längd i minuter")
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                    SpinBox {
                        id: durationField
                        objectName: "bookingDuration"
                        width: parent.width
                        implicitHeight: Theme.touch
                        from: 0
                        to: 480
                        stepSize: 5
                        editable: true
                        value: editor.durationMin
                        onValueChanged: editor.durationMin = value
                        Accessible.name: qsTr("Längd i minuter")
                    }
                    Label {
                        width: parent.width
                        visible: text.length > 0
                        text: editor.fieldErrors.duration_min || ""
                        color: Theme.error
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
            }
            FormField {
                id: placeField
                label: qsTr("Plats")
                placeholder: qsTr("Till exempel mottagningen, skolan eller hemma")
                text: editor.place
                onTextChanged: editor.place = text
                error: editor.fieldErrors.place || ""
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Vem är med")
                font.pixelSize: Theme.smallSize
            }
            Repeater {
                model: editor.participants
                delegate: CheckBox {
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    text: modelData.label
                    checked: modelData.checked
                    onToggled: editor.setParticipant(modelData.key, checked)
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: editor.fieldErrors.participants || ""
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
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    text: editor.isBooked ? qsTr("Spara ny tid") : qsTr("Boka")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: if (editor.save()) page.done()
                }
                Button {
                    visible: editor.isBooked
                    text: qsTr("Avboka")
                    implicitHeight: Theme.touch
                    onClicked: {
                        if (editor.cancelBooking())
                            page.done()
                    }
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
