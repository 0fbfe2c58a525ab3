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

            readonly property var day: 24 * 3600 * 1000
            function daysFromToday(n) {
                return isoDate(new Date(Date.now() + n * day))
            }
            function yearsAgo(years, days) {
                const d = new Date(Date.now() - days * day)
                d.setFullYear(d.getFullYear() - years)
                return isoDate(d)
            }
            // The records of `entity` on the second tablet whose `field` is `value`.
            function onSecond(entity, field, value) {
                return SecondTablet.records(entity).filter(r => r[field] === value)
            }
            function theOneOnSecond(entity, field, value) {
                const rows = onSecond(entity, field, value)
                compare(rows.length, 1, entity + " with " + field + " = " + value + " on the second tablet")
                return rows[0]
            }

            function newFamily(name, situation, firstContact) {
                section("families")
                tap("Ny familj")
                type("Namn som ni använder för familjen", name)
                choose("Förälderns situation", situation)
                type("Första kontakt (ÅÅÅÅ-MM-DD)", firstContact)
                tap("Spara")
                waitShown("Inga barn registrerade i familjen.")
            }
            function newChild(firstName, born, gender) {
                tap("Lägg till barn")
                waitShown("Nytt barn")
                type("Förnamn", firstName)
                type("Födelsedatum (ÅÅÅÅ-MM-DD)", born)
                choose("Kön", gender)
                tap("Spara")
                waitShown(firstName)
            }

            function test_1_familiesWithGuardiansAndChildren() {
                newFamily("Familjen Berg", "Psykisk ohälsa eller sjukdom", daysFromToday(-20))
                tap("Lägg till vuxen")
                type("Namn", "Maria Berg")
                choose("Relation till barnen", "Mamma")
                tap("Vårdnadshavare")
                type("Telefon", "070-123 45 67")
                type("E-post", "maria.berg@example.se")
                type("Språk som personen föredrar", "arabiska")
                tap("Behöver tolk")
                tap("Spara")
                waitShown("Maria Berg")
                tap("Lägg till vuxen")
                type("Namn", "Johan Berg")
                choose("Relation till barnen", "Pappa")
                tap("Spara")
                waitShown("Johan Berg")
                newChild("Ella", yearsAgo(9, 3), "Flicka")
                verify(shown("9 år"))

                newFamily("Familjen Ek", "Missbruk eller beroende", daysFromToday(-10))
                tap("Lägg till vuxen")
                type("Namn", "Sara Ek")
                choose("Relation till barnen", "Mamma")
                tap("Vårdnadshavare")
                tap("Spara")
                waitShown("Sara Ek")
                newChild("Noah", yearsAgo(10, 40), "Pojke")
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
