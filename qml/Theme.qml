pragma Singleton
import QtQuick

// Sizes and colours in one place. Touch targets are at least 48 px at 160 dpi.
QtObject {
    readonly property real touch: 56
    readonly property real spacing: 12
    readonly property real margin: 16
    // A column of text stops only where a line would be too long to read on a big screen;
    // on a tablet the content fills the width (a 900 px column left an empty third).
    readonly property real maxContentWidth: 1400
    // From this width on (a tablet in landscape) a list and what was opened from it show side
    // by side (ListDetail); narrower, the opened page covers the list.
    readonly property real splitWidth: 1000
    readonly property color accent: "#b45309"      // warm lantern amber
    readonly property color muted: "#57534e"
    readonly property color surface: "#fffbeb"
    readonly property color card: "#ffffff"
    readonly property color error: "#b91c1c"
    readonly property int titleSize: 22
    readonly property int bodySize: 16
    readonly property int smallSize: 14
}
