import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One way to reach a helpline on the helplines page: what it is ("Ring", "Chatta", "Webb"),
// the number or address, and the day someone last checked that it answers.
ColumnLayout {
    id: contact
    property string label
    property string value
    property bool large: false
    property string checked // the day, as the screen's language writes it
    Layout.fillWidth: true
    Layout.topMargin: Math.round(KioskTheme.spacing / 3)
    spacing: 0
    // Explicitly to the start of the line: a number or an address is left-to-right text,
    // which Qt would otherwise align left on a mirrored, right-to-left screen.

    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft // mirrored with the screen
        text: contact.label
        font.pixelSize: KioskTheme.smallSize
        font.weight: Font.DemiBold
        color: KioskTheme.muted
    }
    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft // mirrored with the screen
        text: contact.value
        font.pixelSize: contact.large ? KioskTheme.titleSize : KioskTheme.bodySize
        font.weight: Font.Bold
        color: KioskTheme.accent
        wrapMode: Text.WrapAnywhere
    }
    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft // mirrored with the screen
        visible: contact.checked.length > 0
        //: the date someone last checked that the number or address answers
        text: qsTr("Senast kontrollerat %1").arg(contact.checked)
        font.pixelSize: KioskTheme.smallSize
        color: KioskTheme.muted
        wrapMode: Text.Wrap
    }
}
