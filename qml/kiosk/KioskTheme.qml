pragma Singleton
import QtQuick

// The kiosk's sizes and colours. Everything scales with the screen (`scale` is set by
// KioskView): 1 on a 10" tablet (800 px on the short side), about 1.35 on a 1080p TV, so text
// reads at arm's length on one and across a room on the other. Touch targets are far above
// the 48 px minimum: small hands and shaky fingers.
QtObject {
    property real scale: 1
    readonly property real touch: Math.round(88 * scale)
    readonly property real margin: Math.round(28 * scale)
    readonly property real spacing: Math.round(20 * scale)
    readonly property real radius: Math.round(24 * scale)
    readonly property int bodySize: Math.round(28 * scale)
    readonly property int titleSize: Math.round(44 * scale)
    readonly property int buttonSize: Math.round(30 * scale)
    readonly property int smallSize: Math.round(22 * scale)
    readonly property real readingWidth: Math.round(900 * scale) // lines of about 60 characters

    readonly property color background: "#fffbeb"
    readonly property color card: "#ffffff"
    readonly property color ink: "#292524"
    readonly property color muted: "#57534e"
    readonly property color accent: "#b45309"      // the lantern's amber
    readonly property color accentSoft: "#fde68a"
    readonly property color bandSmall: "#fecdd3"
    readonly property color bandMiddle: "#bae6fd"
    readonly property color bandTeen: "#ddd6fe"
}
