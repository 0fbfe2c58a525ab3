import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One card as a child reads it: its picture beside the text on a wide screen, above it on a
// tall one, and the emergency line with a card about danger. The kiosk's card page shows it,
// and the staff app's content screen previews it, so both are the same by construction. It
// knows nothing of the Kiosk singleton; items declared inside it go below the text.
// Discreet (the 13–18 band): no illustration and a smaller heading, so a teenager can read
// it in a waiting room without it looking like a children's page. Being read aloud, the
// sentence read is marked (`markPart` 0: in the title, 1: in the body).
GridLayout {
    id: view
    property string title
    property string body
    property string picture // a URL, or empty
    property bool emergency: false
    property bool discreet: false
    property int markPart: -1
    property int markStart: 0
    property int markLength: 0
    // The screen it is shown on: wide puts the picture beside the text.
    property real screenWidth: width
    property real screenHeight: height
    readonly property bool wide: screenWidth > screenHeight * 1.1
    default property alias below: text.data
    // "Call 112 if it is urgent" in the screen's language, for reading aloud.
    readonly property alias emergencyText: emergencyLine.text

    columns: wide ? 2 : 1
    columnSpacing: KioskTheme.margin * 1.5
    rowSpacing: KioskTheme.spacing

    Image {
        id: picture
        objectName: "cardPicture"
        Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
        readonly property real side: view.wide ? Math.min(view.screenWidth * 0.34, view.screenHeight * 0.7)
                                               : Math.min(view.screenWidth * 0.6, view.screenHeight * 0.3)
        Layout.preferredWidth: side
        Layout.preferredHeight: side
        visible: view.picture.length > 0 && !view.discreet
        source: view.picture
        sourceSize.width: side
        sourceSize.height: side
        fillMode: Image.PreserveAspectFit
        Accessible.ignored: true
    }

    // `t` as rich text with the characters [start, start + length) marked; the rest as written.
    function marked(t, start, length) {
        const esc = s => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
                          .replace(/\n/g, "<br>")
        return esc(t.slice(0, start)) + "<span style=\"background-color:" + KioskTheme.accentSoft
                + "; text-decoration:underline\">" + esc(t.slice(start, start + length)) + "</span>"
                + esc(t.slice(start + length))
    }

    ColumnLayout {
        id: text
        objectName: "cardText"
        Layout.fillWidth: true
        Layout.maximumWidth: KioskTheme.readingWidth
        Layout.alignment: Qt.AlignTop
        spacing: KioskTheme.spacing
        Label {
            objectName: "cardTitle"
            Layout.fillWidth: true
            // To the start of the line even when it begins with a name or a number, which
            // Qt would align left on a mirrored screen.
            horizontalAlignment: Text.AlignLeft
            readonly property bool markedNow: view.markPart === 0
            text: markedNow ? view.marked(view.title, view.markStart, view.markLength) : view.title
            textFormat: markedNow ? Text.RichText : Text.PlainText
            font.pixelSize: view.discreet ? Math.round(KioskTheme.titleSize * 0.75) : KioskTheme.titleSize
            font.weight: Font.Bold
            color: KioskTheme.ink
            wrapMode: Text.Wrap
        }
        EmergencyLine {
            id: emergencyLine
            Layout.fillWidth: true
            visible: view.emergency
        }
        Label {
            objectName: "cardBody"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            readonly property bool markedNow: view.markPart === 1
            text: markedNow ? view.marked(view.body, view.markStart, view.markLength) : view.body
            textFormat: markedNow ? Text.RichText : Text.PlainText
            font.pixelSize: KioskTheme.bodySize
            lineHeight: 1.3
            color: KioskTheme.ink
            wrapMode: Text.Wrap
        }
    }
}
