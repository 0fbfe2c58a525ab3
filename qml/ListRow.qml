import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One tappable row: a title, a line of detail and an optional badge on the right. Title and
// detail wrap to as many lines as they need: a name or a step cut off is a name not shown.
ItemDelegate {
    id: row
    property string title
    property string detail
    property string badge
    property color badgeColor: Theme.accent
    // An optional control at the end of the row (a button, say).
    property Component trailing: null
    // The control under the detail instead, where the row is too narrow to hold it beside.
    property bool trailingBelow: false

    width: ListView.view ? ListView.view.width : implicitWidth
    height: Math.max(Theme.touch + 16, content.implicitHeight + 20)
    Accessible.name: title + ". " + detail

    contentItem: RowLayout {
        id: content
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.title
                font.pixelSize: Theme.bodySize + 1
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.detail
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Loader {
                active: row.trailing !== null && row.trailingBelow
                visible: active
                sourceComponent: row.trailing
            }
        }
        Label {
            visible: text.length > 0
            text: row.badge
            color: row.badgeColor
            font.pixelSize: Theme.smallSize
        }
        Loader {
            active: row.trailing !== null && !row.trailingBelow
            visible: active
            sourceComponent: row.trailing
        }
    }
}
