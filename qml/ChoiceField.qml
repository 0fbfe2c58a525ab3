import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled choice from [{key, label}]; `key` is the key its holder has. `chosen` says which
// key to hold now: when a person picks one, and when `key` is none of the choices (a new
// record), because the box then shows the first. A new list of choices says nothing: the box
// resets its index before it finds `key` again.
Column {
    id: field
    property string label
    property var choices: []
    property string key
    readonly property string chosenKey: box.currentIndex >= 0 && box.currentIndex < choices.length
                                        ? choices[box.currentIndex].key : ""
    signal chosen(string key)

    readonly property bool showsOther: choices.length > 0 && choices.findIndex(c => c.key === key) < 0
    // Checked once the holder has set both the key and the choices (a load sets them one by one).
    function adoptShown() {
        if (showsOther)
            chosen(choices[0].key)
    }
    onShowsOtherChanged: Qt.callLater(adoptShown)
    Component.onCompleted: adoptShown()

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
        onActivated: index => field.chosen(field.choices[index].key)
    }
}
