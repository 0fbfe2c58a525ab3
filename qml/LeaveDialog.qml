import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Asked before a page with unsaved changes is left ("‹", another tab, a search hit): keep the
// text as a draft, throw it away (asked a second time), or stay. `leaveThen` runs the leaving at
// once when nothing would be lost.
Dialog {
    id: dialog
    property Item section
    property var action: null
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 480)
    title: qsTr("Du har ändringar som inte är sparade")
    objectName: "leaveDialog"

    function leaveThen(section, action) {
        if (!LeaveGuard.needsAsking(section)) {
            action()
            return
        }
        dialog.section = section
        dialog.action = action
        open()
    }
    function leave() {
        const action = dialog.action
        dialog.action = null
        close()
        if (action)
            action()
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Spara det du skrivit som utkast på den här enheten, släng det, eller stanna kvar.")
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "keepDraft"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            highlighted: true
            text: qsTr("Spara som utkast")
            onClicked: { LeaveGuard.keep(dialog.section); dialog.leave() }
        }
        Button {
            objectName: "discardChanges"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            text: qsTr("Släng ändringarna …")
            onClicked: confirmDiscard.open()
        }
        Button {
            objectName: "stay"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            text: qsTr("Stanna kvar")
            onClicked: { dialog.action = null; dialog.close() }
        }
    }

    Dialog {
        id: confirmDiscard
        objectName: "confirmDiscard"
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 440)
        title: qsTr("Slänga det du skrivit?")
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Det du skrivit sedan formuläret öppnades försvinner och kan inte tas tillbaka.")
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "confirmDiscardYes"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                text: qsTr("Ja, släng")
                onClicked: { confirmDiscard.close(); LeaveGuard.discard(dialog.section); dialog.leave() }
            }
            Button {
                objectName: "confirmDiscardNo"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                text: qsTr("Nej, behåll")
                onClicked: confirmDiscard.close()
            }
        }
    }
}
