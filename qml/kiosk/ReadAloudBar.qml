import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.Kiosk

// Read aloud, for a child who can't read yet (or reads another language than the adult with
// them): one large button, then pause or continue, stop, and a slower voice. Shown only where
// a voice speaks the screen's language (Kiosk.reader.available).
Flow {
    id: bar
    // What to read, in order: a title, a body, ... (Kiosk.reader.part says which is being read).
    property var parts: []
    // (null while the kiosk shuts down)
    readonly property var reader: Kiosk.reader
    readonly property bool reading: !!reader && reader.active
    spacing: KioskTheme.spacing
    visible: !!reader && reader.available

    BigButton {
        objectName: "readAloudButton"
        visible: !bar.reading
        //: the kiosk's button that reads the card on screen aloud
        text: "▶  " + qsTr("Läs upp")
        fill: KioskTheme.accentSoft
        fontSize: KioskTheme.titleSize * 0.7
        onClicked: bar.reader.read(bar.parts)
    }
    BigButton {
        objectName: "pauseButton"
        visible: bar.reading
        text: bar.reading && bar.reader.paused ? "▶  " + qsTr("Fortsätt") : "❚❚  " + qsTr("Pausa")
        fill: KioskTheme.accentSoft
        onClicked: bar.reader.paused ? bar.reader.resume() : bar.reader.pause()
    }
    BigButton {
        objectName: "stopButton"
        visible: bar.reading
        text: "■  " + qsTr("Sluta läsa")
        onClicked: bar.reader.stop()
    }
    BigButton {
        objectName: "slowButton"
        //: a switch: the voice reads more slowly while it is on
        text: qsTr("Läs långsammare")
        selected: !!bar.reader && bar.reader.slow
        fill: selected ? KioskTheme.accentSoft : KioskTheme.card
        Accessible.checkable: true
        Accessible.checked: selected
        onClicked: bar.reader.slow = !bar.reader.slow
    }
}
