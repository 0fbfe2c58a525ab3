import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A mood from 1 (low) to 5 (high) as five drawn faces with a word under each, one tap;
// 0 means not recorded yet. The stored value stays the number.
ColumnLayout {
    id: picker
    property string label
    property int mood: 0
    signal picked(int mood)
    spacing: 4
    readonly property var words: [qsTr("Jättedåligt"), qsTr("Dåligt"), qsTr("Sådär"),
                                  qsTr("Bra"), qsTr("Jättebra")]

    Label {
        text: picker.label
        font.pixelSize: Theme.smallSize
        color: Theme.muted
    }
    RowLayout {
        spacing: 4
        Repeater {
            model: 5
            delegate: Button {
                id: face
                required property int index
                readonly property int value: index + 1
                implicitWidth: 68
                implicitHeight: 84
                highlighted: picker.mood === value
                flat: picker.mood !== value
                Accessible.name: qsTr("%1: %2 (%3 av 5)").arg(picker.label)
                                 .arg(picker.words[index]).arg(value)
                onClicked: picker.picked(value)
                // The chosen face is framed; colours stay readable in every style.
                background: Rectangle {
                    radius: 8
                    color: face.highlighted ? "#fde68a" : "transparent"
                    border.color: face.highlighted ? Theme.accent : "transparent"
                    border.width: 2
                }
                contentItem: Column {
                    spacing: 2
                    Canvas {
                        id: drawing
                        width: 40
                        height: 40
                        anchors.horizontalCenter: parent.horizontalCenter
                        onPaint: {
                            const ctx = getContext("2d")
                            ctx.reset()
                            ctx.lineWidth = 2.5
                            ctx.strokeStyle = face.highlighted ? "#1c1917" : Theme.muted
                            ctx.fillStyle = ["#fecaca", "#fed7aa", "#fef3c7", "#d9f99d", "#bbf7d0"][face.index]
                            ctx.beginPath()
                            ctx.arc(20, 20, 17, 0, 2 * Math.PI)
                            ctx.fill()
                            ctx.stroke()
                            ctx.fillStyle = ctx.strokeStyle
                            ctx.beginPath(); ctx.arc(14, 16, 2.2, 0, 2 * Math.PI); ctx.fill()
                            ctx.beginPath(); ctx.arc(26, 16, 2.2, 0, 2 * Math.PI); ctx.fill()
                            // The mouth bends down for 1-2, is straight for 3, up for 4-5.
                            const bend = (face.value - 3) * 5
                            ctx.beginPath()
                            ctx.moveTo(12, 27 - bend / 2)
                            ctx.quadraticCurveTo(20, 27 + bend, 28, 27 - bend / 2)
                            ctx.stroke()
                        }
                        Connections {
                            target: face
                            function onHighlightedChanged() { drawing.requestPaint() }
                        }
                    }
                    Label {
                        width: face.availableWidth
                        text: picker.words[face.index]
                        horizontalAlignment: Text.AlignHCenter
                        font.pixelSize: 12
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 9
                        color: face.highlighted ? "#1c1917" : Theme.muted
                        font.weight: face.highlighted ? Font.DemiBold : Font.Normal
                    }
                }
            }
        }
    }
}
