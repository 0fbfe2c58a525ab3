import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A heading with its one action: side by side when both fit on one line, the action under
// the heading when the screen is too narrow (a phone, or a long English label).
GridLayout {
    id: row
    property string label
    property string actionText
    // A page's title rather than a section's heading.
    property bool title: false
    signal triggered()

    Layout.fillWidth: true
    Layout.maximumWidth: Theme.maxContentWidth
    columnSpacing: Theme.spacing
    rowSpacing: 4
    columns: heading.implicitWidth + action.implicitWidth + columnSpacing <= width ? 2 : 1

    Label {
        id: heading
        Layout.fillWidth: true
        text: row.label
        font.pixelSize: row.title ? Theme.titleSize : Theme.bodySize
        font.weight: row.title ? Font.DemiBold : Font.Normal
        color: row.title ? Material.foreground : Theme.muted
        wrapMode: Text.Wrap
    }
    Button {
        id: action
        text: row.actionText
        highlighted: true
        implicitHeight: Theme.touch
        onClicked: row.triggered()
    }
}
