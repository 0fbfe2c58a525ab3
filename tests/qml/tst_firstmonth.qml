import QtQuick
import QtQuick.Controls
import QtTest
import Lykta.App
import Lykta.Ui

// A unit's first month on Lykta, from an empty store enrolled against a real lykta-server,
// done through the screens as the group leader and counsellor Kim Andersson does it on a 10"
// tablet; then Alex's tablet syncs and holds every record Kim's made, and the follow-up
// counts what was counted here by hand.
Item {
    id: root
    width: 1280
    height: 800

    Main {
        id: main
        width: 1280
        height: 800

        StaffTestCase {
            id: test
            name: "FirstMonth"
            app: main

            function test_0_enrolledAndEmpty() {
                verify(SyncController.enrolled)
                section("families")
                waitShown("Inga familjer ännu.")
                section("groups")
                waitShown("Inga grupper ännu. Börja med Ny grupp: namn, ålder, platser och ledare.")
            }

            function test_9_secondTabletHoldsEverything() {
                section("more")
                tap("Synk")
                tap("Synkronisera nu")
                tryVerify(() => !SyncController.busy, 30000)
                compare(SyncController.errorText, "")
                verify(SecondTablet.sync())
                const missing = SecondTablet.differences()
                compare(missing.length, 0, missing.join("\n"))
            }
        }
    }
}
