import QtQuick
import QtQuick.Controls
import Lykta.App

// A section with a list and the pages opened from it. Wide (a tablet in landscape, from
// Theme.splitWidth) the list stays on the left and the opened page fills the rest; narrower
// (portrait, a phone) the opened page covers the list, as a stack. The list is this item's
// child; what it opens goes through open(), deeper pages onto `stack` as usual.
Item {
    id: root
    default property alias list: listPane.data
    readonly property alias stack: detail
    // Shown on the right while nothing is open (wide only).
    property string emptyText
    readonly property bool wide: width >= Theme.splitWidth
    // As the header's back button counts: narrow, the list is the first level.
    readonly property int depth: wide ? Math.max(detail.depth, 1) : detail.depth + 1
    readonly property Item currentItem: detail.depth > 0 ? detail.currentItem : listPane.children[0]

    // Asked before what is open beside the list is replaced (wide), with the pages about to
    // go and what to do once they may: Main.qml hands in the leave dialog, which asks only
    // when a form there has unsaved changes.
    property var leaveThen: (pages, action) => action()

    // Opens a page from the list: wide, it replaces what was open beside the list (once a
    // form there with unsaved changes is saved as a draft, discarded, or kept by staying).
    function open(page, properties) {
        if (wide && detail.depth > 0)
            leaveThen(detail, () => detail.replace(null, page, properties))
        else
            detail.push(page, properties)
    }
    function pop() {
        if (detail.depth > 1)
            detail.pop()
        else if (!wide)
            detail.clear()
    }
    // Back to the list alone.
    function home() { detail.clear() }

    Item {
        id: listPane
        width: root.wide ? Math.max(360, Math.round(root.width * 0.34)) : root.width
        height: root.height
        visible: root.wide || detail.depth === 0
    }
    Rectangle {
        visible: root.wide
        x: listPane.width
        width: 1
        height: root.height
        color: Theme.muted
        opacity: 0.3
    }
    StackView {
        id: detail
        x: root.wide ? listPane.width + 1 : 0
        width: root.width - x
        height: root.height
        visible: root.wide || depth > 0
        clip: true
    }
    EmptyState {
        anchors.centerIn: detail
        visible: root.wide && detail.depth === 0 && root.emptyText.length > 0
        message: root.emptyText
    }
}
