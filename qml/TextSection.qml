import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One free-text section of a record: a heading, the text, and a message in place when the
// value is wrong. Read-only once the record is signed.
Column {
    id: section
    property string label
    property alias text: area.text
    property bool readOnly: false
    property string error
    // The text area lost focus (the person left the field).
    signal editingFinished()

    // A search match: selects `length` characters at `offset` and says where they are, in
    // `item`'s coordinates (SearchMatch).
    function selectMatch(offset, length, item) {
        area.select(offset, offset + length)
        const at = area.positionToRectangle(offset)
        return area.mapToItem(item, at.x, at.y)
    }

    Layout.fillWidth: true
    spacing: 4

    Label {
        width: parent.width
        text: section.label
        font.pixelSize: Theme.smallSize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    TextArea {
        id: area
        width: parent.width
        height: Math.max(implicitHeight, Theme.touch * 1.5)
        readOnly: section.readOnly
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.bodySize
        Accessible.name: section.label
        onEditingFinished: section.editingFinished()
    }
    Label {
        width: parent.width
        visible: section.error.length > 0
        text: section.error
        color: Theme.error
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
}
