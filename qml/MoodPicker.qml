import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A mood from 1 (low) to 5 (high), one tap; 0 means not recorded yet.
RowLayout {
    id: picker
    property string label
    property int mood: 0
    signal picked(int mood)
    spacing: 4

    Label {
        Layout.preferredWidth: 64
        text: picker.label
        font.pixelSize: Theme.smallSize
        color: Theme.muted
        elide: Text.ElideRight
    }
    Repeater {
        model: 5
        delegate: Button {
            required property int index
            readonly property int value: index + 1
            implicitWidth: 48
            implicitHeight: 48
            text: value
            checkable: false
            highlighted: picker.mood === value
            flat: picker.mood !== value
            Accessible.name: qsTr("%1: %2 av 5").arg(picker.label).arg(value)
            onClicked: picker.picked(value)
        }
    }
}
