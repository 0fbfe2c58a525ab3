import QtQuick

// Lands a page opened from a search hit on the match: scrolls the page's Flickable so the
// matched item sits a third of the way down and, in a TextSection, selects the matched
// characters, so the person sees at once what was found. Shown once, after the record loaded.
QtObject {
    // The hit's {field, offset, length, amendmentId, noteId, memberId}; null when not opened
    // from a search.
    property var match: null
    property Flickable flickable
    property Item layout // forced to lay out first, so positions are final
    property bool shown: false

    // The item of `repeater` (a list of amendments, each with an id) that is the matched one.
    function amendment(repeater) {
        if (!match || !match.amendmentId)
            return null
        for (let i = 0; i < repeater.count; ++i) {
            if (repeater.itemAt(i).modelData.id === match.amendmentId)
                return repeater.itemAt(i)
        }
        return null
    }

    function show(target) {
        if (shown || !match || !target || !flickable)
            return
        shown = true
        if (layout && layout.forceLayout)
            layout.forceLayout()
        let y = target.mapToItem(flickable.contentItem, 0, 0).y
        if (target.selectMatch && match.offset >= 0)
            y = target.selectMatch(match.offset, match.length, flickable.contentItem).y
        flickable.contentY = Math.max(0, Math.min(y - flickable.height / 3,
                                                  flickable.contentHeight - flickable.height))
    }
}
