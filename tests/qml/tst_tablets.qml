import QtQuick
import QtQuick.Controls
import QtTest
import Lykta.App
import Lykta.Ui

// Mer → Surfplattor och personal as the unit's manager sees it on a 10" tablet that is not
// enrolled (the staff app's test main, its first member of staff in the manager role): the
// entry is there, the page says in words why it cannot ask the server, and its confirmations
// say what revoking, erasing and deactivating do. (The list, codes and revocations against a
// real server are app_tablets.)
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
            name: "Tablets"
            app: main

            function test_1_theManagerReachesThePageAndIsToldWhy() {
                section("more")
                tap("Surfplattor och personal")
                waitShown("Surfplattor och personal")
                waitShowing("Surfplattan är inte ansluten till någon server.")
                verify(!showing("Surfplattor ("), "a list shows without a server")
            }

            function test_2_theConfirmationsSayWhatHappens() {
                section("more")
                tap("Surfplattor och personal")
                waitShown("Surfplattor och personal")
                const find = name => findChild(main, name)
                const revoke = find("revokeDialog")
                verify(revoke, "no revoke dialog")
                revoke.ask("1", "Kims platta")
                tryVerify(() => revoke.opened)
                verify(shown("Återkalla Kims platta"))
                verify(showing("Det som inte hann skickas finns kvar på den"))
                tapByName("revokeErase")
                waitShown("Återkalla och radera")
                verify(showing("raderar den allt Lykta har sparat på den"))
                tap("Avbryt")
                tryVerify(() => !revoke.visible)

                // Revoked plainly before and then stolen: only the erase is left.
                revoke.ask("1", "Kims platta", true)
                tryVerify(() => revoke.opened)
                verify(shown("Radera Kims platta"))
                verify(showing("Surfplattan är redan återkallad"))
                verify(!find("revokePlain").visible, "a revoked tablet is offered revoking")
                verify(find("revokeErase").checked)
                verify(showing("raderar den allt Lykta har sparat på den"))
                compare(find("revokeConfirm").text, "Radera")
                tap("Avbryt")
                tryVerify(() => !revoke.visible)

                const staff = find("staffActiveDialog")
                verify(staff, "no deactivate dialog")
                staff.ask("s1", "Sam Samtal", false)
                tryVerify(() => staff.opened)
                verify(shown("Avsluta Sam Samtal"))
                verify(showing("Hen står kvar som författare till allt hen har skrivit."))
                tap("Avbryt")
                tryVerify(() => !staff.visible)
            }
        }
    }
}
