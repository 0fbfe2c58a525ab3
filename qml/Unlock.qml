import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lykta.App

// The first window: the passphrase. The staff app opens in its place once the store is
// unlocked.
ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: qsTr("Lykta")
    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    color: Theme.surface

    UnlockForm {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 520)
    }
}
