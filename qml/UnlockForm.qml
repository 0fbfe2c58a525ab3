import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Choosing a passphrase on a first start, or unlocking with it. Nothing of the store is
// readable before this succeeds.
ColumnLayout {
    id: form
    spacing: Theme.spacing

    function submit() {
        const ok = Lock.firstStart ? Lock.create(first.text, second.text) : Lock.unlock(first.text)
        if (ok) {
            first.text = ""
            second.text = ""
        }
    }

    Label {
        Layout.fillWidth: true
        text: Lock.firstStart ? qsTr("Välj en lösenfras") : qsTr("Lykta är låst")
        font.pixelSize: Theme.titleSize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: Lock.firstStart
              ? qsTr("Lösenfrasen skyddar allt som sparas på enheten. Den kan inte återställas, så välj en du minns.")
              : qsTr("Skriv din lösenfras för att fortsätta.")
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: Lock.firstStart
        text: Lock.passphraseAdvice
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    TextField {
        id: first
        Layout.fillWidth: true
        implicitHeight: Theme.touch
        echoMode: TextInput.Password
        placeholderText: Lock.firstStart ? qsTr("Lösenfras") : qsTr("Din lösenfras")
        Accessible.name: placeholderText
        focus: true
        onAccepted: Lock.firstStart ? second.forceActiveFocus() : form.submit()
    }
    TextField {
        id: second
        Layout.fillWidth: true
        implicitHeight: Theme.touch
        visible: Lock.firstStart
        echoMode: TextInput.Password
        placeholderText: qsTr("Samma lösenfras igen")
        Accessible.name: placeholderText
        onAccepted: form.submit()
    }
    Label {
        Layout.fillWidth: true
        visible: Lock.errorText.length > 0
        text: Lock.errorText
        color: Theme.error
        wrapMode: Text.Wrap
    }
    Button {
        text: Lock.firstStart ? qsTr("Skapa och öppna") : qsTr("Lås upp")
        highlighted: true
        implicitHeight: Theme.touch
        enabled: !Lock.working && first.text.length > 0
        onClicked: form.submit()
    }
}
