import QtQuick
import QtQuick.Controls
import QtTest
import Lykta.App
import Lykta.Ui

// The first start as a new person meets it, against a real lykta-server: an empty tablet that
// acts as nobody shows only the first start page; a typing mistake, a server that does not
// answer, an expired and a wrong code are each said in words and leave the tablet as it was;
// a good code enrolls, syncs and only then opens the app; the first case note written reaches
// the server in the unit; and the tablet, enrolled again with a colleague's code from another
// unit, acts as them without a restart and holds nothing of the first person's.
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
            name: "FirstStart"
            app: main

            readonly property string norrby: "Barn som anhöriga, Norrby"
            readonly property string soderby: "Familjestödet, Söderby"

            function enroll(address, code) {
                type("Serverns adress (eller QR-kodens innehåll)", address)
                type("Engångskod", code)
                tap("Koppla enheten")
            }
            // Words the enrollment shows once the server (or nobody) has answered.
            // Saves the window as NAME.png in $LYKTA_SHOT_DIR, when set, to look at.
            function shot(name) {
                if (ShotDir.length > 0)
                    grabImage(main.contentItem.parent).save(ShotDir + "/" + name + ".png")
            }
            function waitSaid(part) {
                tryVerify(() => showing(part) !== null, 30000,
                          "nothing says \"" + part + "\"; on screen: " + texts().join(" | "))
            }

            function test_0_mistakesAreSaidAndNothingIsEnrolled() {
                waitShown("Välkommen till Lykta")
                verify(!Workspace.hasActor)
                verify(!SyncController.enrolled)

                enroll("lykta.kommun se", "ABCD2345-EFGH6789")
                waitSaid("Adressen innehåller mellanslag.")

                const silent = ServerDesk.silentAddress()
                verify(silent.length > 0)
                enroll(silent, "ABCD2345-EFGH6789")
                waitSaid("Ingen server svarar på " + silent)

                enroll(ServerDesk.address(), ServerDesk.expiredCode("Kim Andersson"))
                waitSaid("Koden har gått ut.")
                shot("firststart-expired")
                enroll(ServerDesk.address(), "ABCD2345-EFGH6789")
                waitSaid("Koden stämmer inte.")

                verify(!Workspace.hasActor)
                verify(!SyncController.enrolled)
                compare(ServerDesk.devicesInUse(), 0)
                verify(shown("Välkommen till Lykta") !== null)
            }

            function test_1_aGoodCodeOpensTheApp() {
                enroll(ServerDesk.address(), ServerDesk.code("Kim Andersson"))
                tryVerify(() => shown("Välkommen till Lykta") === null, 30000,
                          "the first start page stays: " + texts().join(" | "))
                verify(SyncController.enrolled)
                compare(Workspace.staffName, "Kim Andersson")
                tryVerify(() => !SyncController.busy, 30000)
                section("families")
                waitShown("Inga familjer ännu.")
            }

            function test_2_theFirstNoteReachesTheServer() {
                tap("Ny familj")
                type("Namn som ni använder för familjen", "Familjen Berg")
                choose("Förälderns situation", "Psykisk ohälsa eller sjukdom")
                tap("Spara")
                waitShown("Inga barn registrerade i familjen.")
                tap("Ny anteckning")
                choose("Vad gäller anteckningen?", "Telefonsamtal")
                type("Anteckning", "Mamma ringde och frågade om gruppen.")
                tap("Spara utkast")

                section("more")
                tap("Synk")
                tap("Synkronisera nu")
                tryVerify(() => ServerDesk.recordsIn("note", norrby) === 1, 30000,
                          "the note did not reach the server: " + SyncController.errorText)
                compare(ServerDesk.recordsIn("family", norrby), 1)
                tryVerify(() => !SyncController.busy, 30000)
                // Found again as Kim.
                section("search")
                type("Sök", "gruppen")
                waitShowing("Familjen Berg")
            }

            function test_3_enrolledAgainAsAColleagueWithoutARestart() {
                section("more")
                tap("Synk")
                tap("Koppla enheten till en annan person")
                // What happens is said before a code is given: what waits is sent first (the
                // pages Kim opened are in the audit log), then the tablet is emptied.
                waitShowing("När koden har godtagits tas")
                shot("reenroll-before")
                enroll(ServerDesk.address(), ServerDesk.code("Sam Berg"))
                tryVerify(() => Workspace.staffName === "Sam Berg", 30000,
                          "still " + Workspace.staffName + ": " + texts().join(" | "))
                tryVerify(() => !SyncController.busy, 30000)
                compare(SyncController.errorText, "")
                shot("reenroll-after")
                section("families")
                waitShown("Inga familjer ännu.")
                section("search")
                type("Sök", "gruppen")
                waitShown("Inga träffar.")
                verify(showing("Familjen Berg") === null)
                // Kim's work stays on the server, and only Sam's tablet is in use now.
                compare(ServerDesk.recordsIn("note", norrby), 1)
                compare(ServerDesk.recordsIn("family", norrby), 1)
                compare(ServerDesk.devicesInUse(), 1)
            }
        }
    }
}
