import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// "Kopia för vårdnadshavare": saves a conversation or case note as a PDF for the guardians,
// without the child's own words when they are marked not for guardians. Shown once the
// record is saved; the file's place, or why nothing was saved, appears below the button.
ColumnLayout {
    id: root
    property alias entity: copy.entity
    property alias recordId: copy.recordId
    property alias what: copy.what
    property alias about: copy.about
    property bool childWordsPrivate: false
    spacing: 4
    visible: copy.recordId.length > 0

    GuardianCopy {
        id: copy
        workspace: Workspace
    }

    Button {
        text: qsTr("Kopia för vårdnadshavare")
        implicitHeight: Theme.touch
        onClicked: copy.save()
    }
    Label {
        Layout.fillWidth: true
        text: root.childWordsPrivate
              ? qsTr("Barnets egna ord är inte med i kopian.")
              : qsTr("Kopian har allt som står här, också barnets egna ord.")
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: copy.errorText.length > 0 ? copy.errorText : copy.message
        color: copy.errorText.length > 0 ? Theme.error : Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.WrapAnywhere
    }
}
