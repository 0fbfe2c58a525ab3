import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// The server's address and the one-time code (or the QR code's contents pasted into the
// address), each refusal in words next to the field it is about, and the steps while the
// device is checked, enrolled and synced. EnrollmentForm decides everything.
ColumnLayout {
    id: section
    property alias form: form
    spacing: Theme.spacing

    EnrollmentForm {
        id: form
        workspace: Workspace
        sync: SyncController
        onFinished: ok => { if (ok) codeField.text = "" }
    }

    FormField {
        id: addressField
        label: qsTr("Serverns adress (eller QR-kodens innehåll)")
        placeholder: "lykta.kommun.se"
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        readOnly: form.busy
        error: form.fieldErrors.address || ""
        text: form.address
        onTextChanged: form.address = text
    }
    FormField {
        id: codeField
        label: qsTr("Engångskod")
        placeholder: "ABCD2345-EFGH6789"
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        readOnly: form.busy
        error: form.fieldErrors.code || ""
        text: form.code
        onTextChanged: form.code = text
        onEditingFinished: if (!form.busy && text.length > 0) form.submit()
    }
    Label {
        Layout.fillWidth: true
        visible: form.errorText.length > 0 && Object.keys(form.fieldErrors).length === 0
        text: form.errorText
        color: Theme.error
        wrapMode: Text.Wrap
    }
    ProgressBar {
        Layout.fillWidth: true
        visible: form.busy
        indeterminate: true
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: form.progressText
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Button {
        visible: form.stage !== EnrollmentForm.SyncFailed
        text: qsTr("Koppla enheten")
        highlighted: true
        implicitHeight: Theme.touch
        enabled: !form.busy
        onClicked: form.submit()
    }
    Button {
        visible: form.stage === EnrollmentForm.SyncFailed
        text: qsTr("Försök synkronisera igen")
        highlighted: true
        implicitHeight: Theme.touch
        onClicked: form.retrySync()
    }
}
