import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One card as a child reads it: its picture beside the text on a wide screen, above it on a
// tall one, and the emergency line with a card about danger. The kiosk's card page shows it,
// and the staff app's content screen previews it, so both are the same by construction. It
// knows nothing of the Kiosk singleton; items declared inside it go below the text.
GridLayout {
    id: view
    property string title
    property string body
    property string picture // a URL, or empty
    property bool emergency: false
    // The screen it is shown on: wide puts the picture beside the text.
    property real screenWidth: width
    property real screenHeight: height
    readonly property bool wide: screenWidth > screenHeight * 1.1
    default property alias below: text.data

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
        visible: view.picture.length > 0
        source: view.picture
        sourceSize.width: side
        sourceSize.height: side
        fillMode: Image.PreserveAspectFit
        Accessible.ignored: true
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
            text: view.title
            font.pixelSize: KioskTheme.titleSize
            font.weight: Font.Bold
            color: KioskTheme.ink
            wrapMode: Text.Wrap
        }
        EmergencyLine {
            Layout.fillWidth: true
            visible: view.emergency
        }
        Label {
            objectName: "cardBody"
            Layout.fillWidth: true
            text: view.body
            textFormat: Text.PlainText
            font.pixelSize: KioskTheme.bodySize
            lineHeight: 1.3
            color: KioskTheme.ink
            wrapMode: Text.Wrap
        }
    }
}
