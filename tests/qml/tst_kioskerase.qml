import QtQuick
import QtTest
import Lykta.Kiosk
import Lykta.KioskUi

// A waiting-room kiosk reported lost or stolen (tst_kioskeraseqml.cpp made it, enrolled, with a
// staff PIN, against a real lykta-server): it syncs, a manager reports it, and on its next
// sync it erases its files, tells the server, and shows only a calm switched-off screen.
Item {
    id: root
    width: 1280
    height: 800

    KioskView {
        id: view
        anchors.fill: parent
        animated: false
    }
    SignalSpy {
        id: syncedSpy
        target: KioskDevice
        signalName: "synced"
    }
    SignalSpy {
        id: leaveSpy
        target: Kiosk
        signalName: "leaveRequested"
    }

    TestCase {
        name: "KioskErase"
        when: windowShown

        function shot(name) {
            waitForRendering(view)
            verify(Screenshots.save(root.Window.window, name), "could not save " + name)
        }

        function test_1_syncsWhileEnrolled() {
            KioskDevice.syncNow()
            syncedSpy.wait(30000)
            compare(syncedSpy.signalArguments[0][0], true)
            verify(!Kiosk.switchedOff)
            verify(!findChild(view, "switchedOffScreen").visible)
            const files = ServerOperator.kioskFiles()
            verify(files.indexOf("kiosk.db") >= 0, files)
            verify(files.indexOf("kiosk.db.sync") >= 0, files)
            verify(files.indexOf("kiosk.db.pin") >= 0, files)
        }

        function test_2_reportedLostItErasesItselfOnItsNextSync() {
            // A child is reading a card, and staff have the PIN pad open, when it happens.
            view.openBand("7-12")
            view.openCard(0)
            view.pinPad.open()
            tryCompare(view.pinPad, "opened", true)
            verify(ServerOperator.reportKioskLost())
            syncedSpy.clear()
            KioskDevice.syncNow()

            tryVerify(() => Kiosk.switchedOff, 30000, "the kiosk did not switch off")
            // Nothing of the kiosk's is left in its folder: store, WAL, enrollment, PIN.
            compare(ServerOperator.kioskFiles(), [])
            tryVerify(() => Kiosk.serverTold, 30000, "the server was not told")
            verify(Kiosk.eraseComplete)
            verify(ServerOperator.serverRecordedErasure())
            compare(syncedSpy.count, 0) // no "synced" after it: the content is not read again

            // Only the calm screen: no card, no bar, no PIN pad, nothing to press.
            const screen = findChild(view, "switchedOffScreen")
            verify(screen.visible)
            compare(findChild(view, "switchedOffTitle").text, "Den här skärmen är avstängd.")
            compare(findChild(view, "switchedOffText").text, "Personalen har fått besked.")
            verify(findChild(view, "switchedOffStaffNote").text.indexOf("Servern har fått besked.") >= 0)
            tryCompare(view.pinPad, "visible", false)
            verify(!view.stack.visible)
            verify(!view.backButton.visible || !view.backButton.parent.visible)
            compare(Kiosk.cards.count, 0)
            compare(Kiosk.helplines.count, 0)
            shot("kiosk-sv-1280x800-erased")

            // The staff corner and the PIN lead nowhere now.
            mousePress(view, view.width - 20, 20)
            wait(3300)
            mouseRelease(view, view.width - 20, 20)
            verify(!view.pinPad.opened)
            verify(!Kiosk.leave("246810"))
            compare(leaveSpy.count, 0)
            // Idle changes nothing, and no further sync runs.
            Kiosk.reset()
            verify(Kiosk.switchedOff)
            KioskDevice.syncNow()
            wait(300)
            compare(syncedSpy.count, 0)
            compare(ServerOperator.kioskFiles(), [])
        }
    }
}
