import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Sync: the state in plain words, progress with phase and counts, the last successful sync,
// when the next one starts by itself and why, errors in plain words, and what needs a person (refused changes, conflict copies). A
// device that is not enrolled is connected here with a one-time code.
Page {
    id: page
    background: null

    // The pages for what needs a person, on the same stack as this one.
    function openConflicts() { StackView.view.push(conflictsPage) }
    function openRefused() { StackView.view.push(refusedPage) }
    Component { id: conflictsPage; ConflictsPage {} }
    Component { id: refusedPage; RefusedPage {} }

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
                text: qsTr("Synkronisering")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: SyncController.stateText
                font.pixelSize: Theme.bodySize + 2
                wrapMode: Text.Wrap
            }
            ProgressBar {
                Layout.fillWidth: true
                visible: SyncController.busy
                indeterminate: true
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: SyncController.progressText
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: SyncController.enrolled
                text: SyncController.lastSyncText
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            // When the next sync starts by itself, and why then (or what it waits for).
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: SyncScheduler.nextText
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: SyncController.enrolled && text.length > 0
                text: SyncScheduler.networkText
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: SyncController.errorText.length > 0
                text: SyncController.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: SyncController.enrolled
                Button {
                    text: qsTr("Synkronisera nu")
                    highlighted: true
                    implicitHeight: Theme.touch
                    enabled: !SyncController.busy
                    onClicked: SyncController.syncNow()
                }
                Button {
                    text: qsTr("Avbryt")
                    implicitHeight: Theme.touch
                    visible: SyncController.busy
                    onClicked: SyncController.cancel()
                }
            }
            Label {
                Layout.fillWidth: true
                visible: SyncController.enrolled
                text: qsTr("Server: %1").arg(SyncController.server)
                font.pixelSize: Theme.smallSize
                color: Theme.muted
                elide: Text.ElideMiddle
            }

            // Needs a person.
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                visible: SyncController.rejectedCount > 0 || SyncController.conflictCount > 0
                text: qsTr("Behöver din uppmärksamhet")
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                visible: SyncController.conflictCount > 0
                text: qsTr("Texter som ändrades på två ställen samtidigt: %n. Båda versionerna finns kvar tills du väljer.", "", SyncController.conflictCount)
                wrapMode: Text.Wrap
            }
            Button {
                visible: SyncController.conflictCount > 0
                text: qsTr("Visa konflikterna")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: page.openConflicts()
            }
            Label {
                Layout.fillWidth: true
                visible: SyncController.rejectedCount > 0
                text: qsTr("Ändringar som servern inte tog emot (till exempel i en anteckning som redan signerats): %n. Texten finns kvar på enheten.", "", SyncController.rejectedCount)
                wrapMode: Text.Wrap
            }
            Button {
                visible: SyncController.rejectedCount > 0
                text: qsTr("Visa ändringarna")
                implicitHeight: Theme.touch
                onClicked: page.openRefused()
            }

            // Enrollment: a device not (or no longer) enrolled, or enrolled again as another
            // staff member: what waits is sent first, and the tablet starts afresh as theirs
            // (the form's planText says what that means now).
            Button {
                Layout.topMargin: Theme.margin
                visible: SyncController.enrolled && !enrollSection.visible
                text: qsTr("Koppla enheten till en annan person")
                implicitHeight: Theme.touch
                onClicked: enrollSection.reenroll = true
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                visible: enrollSection.visible
                text: (SyncController.enrolled
                       ? qsTr("Med en engångskod för en annan person arbetar enheten som den personen från och med nu.")
                       : qsTr("Koppla enheten till servern med den engångskod du fått av din administratör."))
                      + (enrollSection.form.planText.length > 0 ? " " + enrollSection.form.planText : "")
                wrapMode: Text.Wrap
            }
            EnrollSection {
                id: enrollSection
                property bool reenroll: false
                Layout.fillWidth: true
                visible: !SyncController.enrolled || reenroll || form.busy
                Connections {
                    target: enrollSection.form
                    function onFinished(ok) { if (ok) enrollSection.reenroll = false }
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
