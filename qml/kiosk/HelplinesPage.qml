import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.Kiosk

// Where to call, chat or read, each with who it is for, when it answers and when someone last
// checked it. A web address has a QR code beside it, so a teenager can take it along on their
// own phone without typing. The whole page can be read aloud; the helpline being read is
// outlined.
Page {
    id: page
    readonly property string kioskPage: "helplines"
    readonly property bool discreet: Kiosk.ageBand === "13-18"
    background: null

    // Grows whenever the helplines' texts change, for the parts read aloud.
    property int textsRevision: 0
    Connections {
        target: Kiosk.helplines
        function onTextsChanged() { ++page.textsRevision }
    }

    // What the voice reads after the heading: one part per helpline.
    function helplineParts() {
        const parts = []
        for (let row = 0; row < Kiosk.helplines.count; ++row) {
            const h = Kiosk.helplines.get(row)
            const words = [h.name + ".", h.audience]
            if (h.number.length > 0)
                words.push(qsTr("Ring") + " " + h.number + ".")
            if (h.hours.length > 0)
                words.push(qsTr("Öppet: %1").arg(h.hours) + ".")
            if (h.chat.length > 0 || h.web.length > 0)
                words.push(qsTr("Skanna koden med din mobil") + ".")
            parts.push(words.join(" "))
        }
        return parts
    }

    ListView {
        id: list
        objectName: "helplineList"
        anchors.fill: parent
        anchors.margins: KioskTheme.margin
        spacing: KioskTheme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: Kiosk.helplines
        header: Column {
            width: Math.min(list.width, KioskTheme.readingWidth * 1.2)
            spacing: KioskTheme.spacing
            bottomPadding: KioskTheme.spacing
            Label {
                id: heading
                objectName: "helplinesHeading"
                width: parent.width
                text: qsTr("Hjälplinjer")
                font.pixelSize: page.discreet ? Math.round(KioskTheme.titleSize * 0.75) : KioskTheme.titleSize
                font.weight: Font.Bold
                color: KioskTheme.ink
                wrapMode: Text.Wrap
            }
            EmergencyLine {
                id: emergency
                width: parent.width
            }
            ReadAloudBar {
                objectName: "readAloudBar"
                width: parent.width
                // The heading and the 112 line first (part 0), then each helpline (part row + 1).
                parts: (page.textsRevision, [heading.text + ". " + emergency.text]
                                            .concat(page.helplineParts()))
            }
        }
        delegate: Rectangle {
            id: entry
            required property int index
            required property string name
            required property string number
            required property string hours
            required property string audience
            required property string verified
            required property string chat
            required property string chatVerified
            required property string web
            required property string webVerified
            // The address a phone takes along: the web page, else the chat.
            readonly property string takeAlong: web.length > 0 ? web : chat
            readonly property bool beingRead: !!Kiosk.reader && Kiosk.reader.part === index + 1
            objectName: "helpline_" + index
            width: Math.min(list.width, KioskTheme.readingWidth * 1.2)
            height: row.implicitHeight + 2 * KioskTheme.margin
            radius: KioskTheme.radius
            color: KioskTheme.card
            border.color: beingRead ? KioskTheme.accent : "#e7e5e4"
            border.width: beingRead ? Math.max(4, 5 * KioskTheme.scale) : Math.max(2, 2 * KioskTheme.scale)

            RowLayout {
                id: row
                x: KioskTheme.margin
                y: KioskTheme.margin
                width: parent.width - 2 * KioskTheme.margin
                spacing: KioskTheme.spacing
                Image {
                    source: "pictures/helpline.svg"
                    visible: !page.discreet
                    sourceSize.width: Math.round(96 * KioskTheme.scale)
                    sourceSize.height: Math.round(96 * KioskTheme.scale)
                    Layout.alignment: Qt.AlignTop
                    Accessible.ignored: true
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Math.round(KioskTheme.spacing / 3)
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft // mirrored with the screen (HelplineContact)
                        text: entry.name
                        font.pixelSize: KioskTheme.buttonSize
                        font.weight: Font.DemiBold
                        color: KioskTheme.ink
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: entry.audience.length > 0
                        text: entry.audience
                        font.pixelSize: KioskTheme.bodySize
                        color: KioskTheme.ink
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: entry.hours.length > 0
                        //: when a helpline answers, e.g. "Öppet: dygnet runt"
                        text: qsTr("Öppet: %1").arg(entry.hours)
                        font.pixelSize: KioskTheme.bodySize
                        color: KioskTheme.ink
                        wrapMode: Text.Wrap
                    }
                    HelplineContact {
                        objectName: "phone"
                        visible: entry.number.length > 0
                        //: the label before a helpline's phone number
                        label: qsTr("Ring")
                        value: entry.number
                        large: true
                        checked: entry.verified
                        Accessible.name: qsTr("Telefonnummer %1").arg(entry.number)
                    }
                    HelplineContact {
                        objectName: "chat"
                        visible: entry.chat.length > 0
                        //: the label before a helpline's chat address
                        label: qsTr("Chatta")
                        value: entry.chat
                        checked: entry.chatVerified
                    }
                    HelplineContact {
                        objectName: "web"
                        visible: entry.web.length > 0
                        //: the label before a helpline's web address
                        label: qsTr("Webb")
                        value: entry.web
                        checked: entry.webVerified
                    }
                }
                ColumnLayout {
                    visible: entry.takeAlong.length > 0
                    Layout.alignment: Qt.AlignTop
                    spacing: Math.round(KioskTheme.spacing / 3)
                    QrCode {
                        objectName: "qrCode"
                        text: entry.takeAlong
                        Layout.preferredWidth: Math.round(200 * KioskTheme.scale)
                        Layout.preferredHeight: Math.round(200 * KioskTheme.scale)
                        Layout.alignment: Qt.AlignHCenter
                        Accessible.ignored: true
                    }
                    Label {
                        Layout.preferredWidth: Math.round(200 * KioskTheme.scale)
                        text: qsTr("Skanna koden med din mobil")
                        font.pixelSize: KioskTheme.smallSize
                        color: KioskTheme.muted
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
