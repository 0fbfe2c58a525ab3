import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.Kiosk

// Over everything, for good: a manager reported this kiosk lost or stolen, and on its last
// contact with the server it erased its content, its connection to the server and the staff
// PIN. Children in the waiting room see a calm, plain notice and nothing to press; the small
// line at the foot is for the staff who come for the screen.
Rectangle {
    id: screen
    color: KioskTheme.background
    MouseArea { anchors.fill: parent } // nothing underneath can be touched

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * KioskTheme.margin, KioskTheme.readingWidth)
        spacing: KioskTheme.spacing

        Image {
            Layout.alignment: Qt.AlignHCenter
            source: "pictures/lantern.svg"
            sourceSize.width: Math.round(160 * KioskTheme.scale)
            sourceSize.height: Math.round(160 * KioskTheme.scale)
            opacity: 0.5 // the lantern, resting
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            objectName: "switchedOffTitle"
            text: qsTr("Den här skärmen är avstängd.")
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: KioskTheme.titleSize
            font.weight: Font.Bold
            color: KioskTheme.ink
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "switchedOffText"
            text: qsTr("Personalen har fått besked.")
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: KioskTheme.bodySize
            color: KioskTheme.ink
            wrapMode: Text.Wrap
        }
    }

    Label {
        objectName: "switchedOffStaffNote"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: KioskTheme.margin
        width: Math.min(parent.width - 2 * KioskTheme.margin, KioskTheme.readingWidth)
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: KioskTheme.smallSize
        color: KioskTheme.muted
        wrapMode: Text.Wrap
        text: {
            //: for staff only, in small print at the foot of a kiosk that a manager reported lost
            const words = [qsTr("Till personalen: skärmen är anmäld som förlorad och har tömts och kopplats bort från servern.")]
            if (!Kiosk.eraseComplete)
                words.push(qsTr("En fil gick inte att ta bort; kontakta support."))
            words.push(Kiosk.serverTold ? qsTr("Servern har fått besked.")
                                        : qsTr("Servern har ännu inte fått besked."))
            return words.join(" ")
        }
    }
}
