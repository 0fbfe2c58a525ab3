import QtQuick
import QtQuick.Controls

// What a list says when it has nothing to show.
Label {
    property string message
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 480)
    text: message
    horizontalAlignment: Text.AlignHCenter
    wrapMode: Text.Wrap
    color: Theme.muted
    font.pixelSize: Theme.bodySize
}
