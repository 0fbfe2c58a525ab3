import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// One conversation series: the model's steps in order, what is done, signed and booked, and
// which step is next. Tapping a step opens its conversation, or starts recording it; a step
// not yet held can be booked. The series is closed here with its outcome, or reopened.
Page {
    id: page
    required property string seriesId
    background: null

    // The self-test opens the first step that has a conversation (or the first step).
    function openFirst() {
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i)
            if (item && item.conversationId.length > 0) {
                item.clicked()
                return
            }
        }
        if (list.count > 0)
            list.itemAtIndex(0).clicked()
    }

    // The self-test's views of booking, closing and reopening.
    function openBooking() {
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i)
            if (item && item.booked.length > 0) {
                page.book(item.step)
                return
            }
        }
        page.book(0)
    }
    function openClose() { page.StackView.view.push(closePage, {seriesId: page.seriesId}) }
    function openReopen() { reopenDialog.open() }
    function book(step) {
        page.StackView.view.push(bookingPage, {seriesId: page.seriesId, step: step})
    }

    SeriesOutcomeEditor {
        id: outcome
        workspace: Workspace
        seriesId: page.seriesId
    }
    // Closed on the page above it (another editor): read again on coming back, so the outcome
    // shows and closing is no longer offered.
    StackView.onActivated: {
        outcome.seriesId = ""
        outcome.seriesId = page.seriesId
    }

    SeriesStepModel {
        id: steps
        workspace: Workspace
        seriesId: page.seriesId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: steps.title
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "seriesTemplate"
            text: steps.templateText
            font.pixelSize: Theme.smallSize
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: outcome.isClosed
            text: outcome.closedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: outcome.reopenedText
            font.pixelSize: Theme.smallSize
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                visible: !outcome.isClosed
                text: qsTr("Avsluta serien…")
                implicitHeight: Theme.touch
                onClicked: page.openClose()
            }
            Button {
                visible: outcome.isClosed
                text: qsTr("Öppna serien igen…")
                implicitHeight: Theme.touch
                onClicked: page.openReopen()
            }
        }
        Label {
            text: steps.active ? qsTr("Steg") : qsTr("Serien är avslutad")
            font.pixelSize: Theme.bodySize
            color: Theme.muted
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: steps
            delegate: ListRow {
                required property int step
                required property string name
                required property string participants
                required property string due
                required property string conversationId
                required property bool done
                required property bool isNext
                required property bool isSigned
                required property bool isOptional
                required property string booked
                id: stepRow
                title: (step + 1) + ". " + name
                detail: [participants, isOptional ? qsTr("valfritt") : "", booked.length > 0 ? booked : due]
                        .filter(s => s.length > 0).join(" · ")
                trailing: steps.active && !done ? bookButton : null
                badge: isSigned ? qsTr("Signerat") : done ? qsTr("Utkast")
                                                            : isNext ? qsTr("Nästa") : ""
                enabled: conversationId.length > 0 || steps.active
                onClicked: page.StackView.view.push(conversationPage, {
                    conversationId: conversationId, seriesId: page.seriesId, step: step,
                    stepName: name })
                Component {
                    id: bookButton
                    Button {
                        text: stepRow.booked.length > 0 ? qsTr("Boka om") : qsTr("Boka")
                        implicitHeight: Theme.touch
                        Accessible.name: (stepRow.booked.length > 0 ? qsTr("Boka om steget: %1")
                                                                    : qsTr("Boka steget: %1"))
                                         .arg(stepRow.name)
                        onClicked: page.book(stepRow.step)
                    }
                }
            }
        }
    }

    Dialog {
        id: reopenDialog
        title: qsTr("Öppna serien igen?")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 480)
        onOpened: { reason.text = "" }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Serien blir pågående igen och syns i dag. Skälet sparas i serien tillsammans med vem som öppnade den och när.")
                wrapMode: Text.Wrap
            }
            FormField {
                id: reason
                label: qsTr("Varför öppnas serien igen?")
                error: outcome.fieldErrors.reopen_reason || ""
            }
            Label {
                Layout.fillWidth: true
                visible: outcome.errorText.length > 0 && Object.keys(outcome.fieldErrors).length === 0
                text: outcome.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    text: qsTr("Öppna igen")
                    highlighted: true
                    implicitHeight: Theme.touch
                    // Closed only on success: a refused reason stays to be fixed.
                    onClicked: if (outcome.reopen(reason.text)) reopenDialog.close()
                }
                Button {
                    text: qsTr("Avbryt")
                    implicitHeight: Theme.touch
                    onClicked: reopenDialog.close()
                }
            }
        }
    }

    Component { id: conversationPage; ConversationPage {} }
    Component {
        id: bookingPage
        BookingPage { onDone: StackView.view.pop() }
    }
    Component {
        id: closePage
        SeriesClosePage { onDone: StackView.view.pop() }
    }
}
