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
                    label: qsTr("Dag (ÅÅÅÅ-MM-DD)")
                    text: editor.date
                    inputMethodHints: Qt.ImhDate
                    error: editor.fieldErrors.date || ""
                }
                FormField {
                    id: timeField
                    Layout.preferredWidth: 1
                    label: qsTr("Tid (TT:MM)")
                    text: editor.time
                    inputMethodHints: Qt.ImhTime
                    error: editor.fieldErrors.time || ""
                }
                FormField {
                    id: durationField
                    Layout.preferredWidth: 1
                    label: qsTr("Längd i minuter")
                    text: String(editor.durationMin)
                    inputMethodHints: Qt.ImhDigitsOnly
                    error: editor.fieldErrors.duration_min || ""
                }
            }
            FormField {
                id: placeField
                label: qsTr("Plats")
                placeholder: qsTr("Till exempel mottagningen, skolan eller hemma")
                text: editor.place
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
                    onClicked: {
                        // Read every field before writing any (one change signal for all).
                        const typed = { date: dateField.text, time: timeField.text,
                                        durationMin: parseInt(durationField.text) || 0,
                                        place: placeField.text }
                        for (const key in typed)
                            editor[key] = typed[key]
                        if (editor.save())
                            page.done()
                    }
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
