import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled choice from [{key, label}]; `key` is the chosen key.
Column {
    id: field
    property string label
    property var choices: []
    property string key
    readonly property string chosenKey: box.currentIndex >= 0 && box.currentIndex < choices.length
                                        ? choices[box.currentIndex].key : ""

    Layout.fillWidth: true
    spacing: 2

    Label {
        width: parent.width
        text: field.label
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    ComboBox {
        id: box
        width: parent.width
        implicitHeight: Theme.touch
        model: field.choices
        textRole: "label"
        currentIndex: Math.max(0, field.choices.findIndex(c => c.key === field.key))
        Accessible.name: field.label
    }
}
