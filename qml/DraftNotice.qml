import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// The one way every text form keeps what is typed as a local draft (FormDraft) and says in
// place when it put a draft back, with a way to throw it away. A form lists its input controls
// in `items`; LeaveGuard finds the draft when the person leaves the page.
ColumnLayout {
    id: notice
    property alias formKey: draft.formKey
    property alias items: draft.items
    readonly property alias draft: draft
    Layout.fillWidth: true
    visible: draft.restored
    spacing: 4

    FormDraft {
        id: draft
        workspace: Workspace
    }

    Label {
        Layout.fillWidth: true
        text: draft.restoredText
        wrapMode: Text.Wrap
        objectName: "restoredDraft"
    }
    Button {
        text: qsTr("Släng utkastet")
        implicitHeight: Theme.touch
        onClicked: draft.discard()
    }
}
