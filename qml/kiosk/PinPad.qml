import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.Kiosk

// For staff: the PIN that leaves kiosk mode, typed on large keys. The PIN goes to Kiosk.leave,
// which checks it against the stored hash; a wrong one keeps the kiosk as it is.
Popup {
    id: pad
    property string entered: ""
    property string message: ""
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    padding: KioskTheme.margin
    width: Math.min(parent ? parent.width - 2 * KioskTheme.margin : 600, KioskTheme.touch * 6)

    onOpened: { entered = ""; message = "" }

    function press(key) {
        if (entered.length < 12)
            entered += key
    }
    // The wait after wrong PINs doubles each time, up to a quarter of an hour, and lasts
    // through a restart of the kiosk.
    // As minutes and seconds (0:45), which reads the same in every language the kiosk speaks.
    function waitText() {
        const seconds = Kiosk.waitSeconds
        const rest = seconds % 60
        //: %1 is the time left, minutes:seconds, e.g. 0:45
        return qsTr("Försök igen om %1").arg(Math.floor(seconds / 60) + ":" + (rest < 10 ? "0" : "") + rest)
    }
    function submit() {
        if (Kiosk.leave(entered)) {
            message = ""
            close()
        } else {
            message = Kiosk.pinSet ? qsTr("Fel kod.") : qsTr("Ingen kod är inställd för den här skärmen.")
        }
        entered = ""
    }

    background: Rectangle { radius: KioskTheme.radius; color: KioskTheme.card }

    contentItem: ColumnLayout {
        spacing: KioskTheme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Personal: skriv koden för att lämna skärmen")
            font.pixelSize: KioskTheme.buttonSize
            font.weight: Font.DemiBold
            color: KioskTheme.ink
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "pinDots"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: pad.entered.length > 0 ? "●".repeat(pad.entered.length) : " "
            font.pixelSize: KioskTheme.titleSize
            color: KioskTheme.ink
        }
        Label {
            objectName: "pinMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Kiosk.waitSeconds > 0 ? [pad.message, pad.waitText()].filter(t => t.length > 0).join(" ")
                                        : pad.message
            font.pixelSize: KioskTheme.bodySize
            color: "#b91c1c"
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            rowSpacing: Math.round(KioskTheme.spacing / 2)
            columnSpacing: Math.round(KioskTheme.spacing / 2)
            LayoutMirroring.enabled: false // a number pad reads the same in every language
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                delegate: BigButton {
                    required property string modelData
                    objectName: "pinKey_" + modelData
                    Layout.fillWidth: true
                    text: modelData
                    fontSize: KioskTheme.titleSize
                    //: The name a screen reader gives a key of the PIN pad
                    Accessible.name: qsTr("Siffran %1").arg(modelData)
                    onClicked: pad.press(modelData)
                }
            }
            BigButton {
                objectName: "pinErase"
                Layout.fillWidth: true
                text: "⌫"
                fontSize: KioskTheme.titleSize
                Accessible.name: qsTr("Sudda")
                onClicked: pad.entered = pad.entered.slice(0, -1)
            }
            BigButton {
                objectName: "pinKey_0"
                Layout.fillWidth: true
                text: "0"
                fontSize: KioskTheme.titleSize
                Accessible.name: qsTr("Siffran %1").arg(0)
                onClicked: pad.press("0")
            }
            BigButton {
                objectName: "pinOk"
                Layout.fillWidth: true
                text: qsTr("OK")
                fill: KioskTheme.accentSoft
                enabled: pad.entered.length >= 6 && Kiosk.waitSeconds === 0
                onClicked: pad.submit()
            }
        }
        BigButton {
            objectName: "pinClose"
            Layout.fillWidth: true
            text: qsTr("Stäng")
            onClicked: pad.close()
        }
    }
}
