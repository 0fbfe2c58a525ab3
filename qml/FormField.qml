import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled one-line field with its message in place when the value is wrong.
Column {
    id: field
    property string label
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property bool readOnly: false
    property string error
    // The person left the field or pressed Enter.
    signal editingFinished()

    Layout.fillWidth: true
    spacing: 2

    Label {
        width: parent.width
        text: field.label
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    TextField {
        id: input
        width: parent.width
        readOnly: field.readOnly
        onEditingFinished: field.editingFinished()
        font.pixelSize: Theme.bodySize
        Accessible.name: field.label
    }
    Label {
        width: parent.width
        visible: field.error.length > 0
        text: field.error
        color: Theme.error
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
}
