import QtQuick
import QtQuick.Controls
import QtTest
import Lykta.App
import Lykta.Ui

// Nothing typed is lost, as a person meets it on a 10" tablet: leaving a filled form asks
// (keep as a draft, discard after a second question, or stay), a kept draft comes back with a
// message in place, and the lock in the middle of a form leaves the person in it with the text.
// On a tablet held upright, where a form is a page of its own with "‹" back, and in landscape,
// where it is open beside the list.
Item {
    id: root
    width: 800
    height: 1280

    Main {
        id: main
        width: 800
        height: 1280

        StaffTestCase {
            id: test
            name: "Drafts"
            app: main

            readonly property string passphrase: "lykta lyser i morkret klart"
            readonly property string nameField: "Namn som ni använder för familjen"

            // Back on the families list: the form is gone.
            function waitLeft() {
                settled()
                tryVerify(() => named("Tillbaka") === null, 5000, "still in the form")
                tryVerify(() => !shown("Du har ändringar som inte är sparade"), 5000, "the dialog stays")
            }
            function openNewFamily() {
                section("families")
                tap("Ny familj")
                waitShown("Ny familj")
            }

            function test_1_leavingAFilledFormAsks() {
                openNewFamily()
                compare(field(nameField).text, "")
                verify(!showing("Återställt utkast"))

                // Nothing typed: leaving does not ask.
                back()
                verify(!shown("Du har ändringar som inte är sparade"))
                tap("Ny familj")
                type(nameField, "Familjen Lund")

                // Stay: nothing changes.
                tapNamed("Tillbaka")
                waitShown("Du har ändringar som inte är sparade")
                tap("Stanna kvar")
                tryVerify(() => !shown("Du har ändringar som inte är sparade"), 5000, "the dialog stays")
                compare(field(nameField).text, "Familjen Lund")

                // Discard asks a second time; "no" keeps the text and the first question.
                tapNamed("Tillbaka")
                tap("Släng ändringarna …")
                waitShown("Slänga det du skrivit?")
                tap("Nej, behåll")
                tryVerify(() => !shown("Slänga det du skrivit?"), 5000, "the dialog stays")
                compare(field(nameField).text, "Familjen Lund")
                tap("Släng ändringarna …")
                tap("Ja, släng")
                waitLeft()

                // Discarded: the form opens empty, with nothing to restore.
                tap("Ny familj")
                compare(field(nameField).text, "")
                verify(!showing("Återställt utkast"))

                // Kept as a draft: it comes back, said in place, and can be thrown away there.
                type(nameField, "Familjen Lund")
                tapNamed("Tillbaka")
                tap("Spara som utkast")
                waitLeft()
                tap("Ny familj")
                waitShowing("Återställt utkast från kl. ")
                compare(field(nameField).text, "Familjen Lund")
                tap("Släng utkastet")
                compare(field(nameField).text, "")
                verify(!showing("Återställt utkast"))
                back()
                verify(!shown("Du har ändringar som inte är sparade"))

                // Another tab asks too, and staying keeps the tab.
                tap("Ny familj")
                type(nameField, "Familjen Ek")
                tap("Mer")
                waitShown("Du har ändringar som inte är sparade")
                tap("Stanna kvar")
                settled()
                compare(field(nameField).text, "Familjen Ek")
                // Saved for real: no draft, and leaving no longer asks.
                type("Första kontakt (ÅÅÅÅ-MM-DD)", isoDate(new Date()))
                tap("Spara")
                waitShown("Inga barn registrerade i familjen.")
                section("families")
                verify(!shown("Du har ändringar som inte är sparade"))
                tap("Ny familj")
                compare(field(nameField).text, "")
                back()
            }

            function test_2_theLockInMidFormKeepsThePersonInIt() {
                openNewFamily()
                type(nameField, "Familjen Ås")
                // The idle timer (or "Lås nu") locks while the form is open.
                Lock.lock()
                waitShown("Lykta är låst")
                verify(!shown("Familjen Ås"))
                type("Din lösenfras", passphrase)
                tap("Lås upp")
                tryVerify(() => !shown("Lykta är låst"), 10000)
                waitShown("Ny familj")
                compare(field(nameField).text, "Familjen Ås")
                // Still unsaved: leaving still asks.
                tapNamed("Tillbaka")
                waitShown("Du har ändringar som inte är sparade")
                tap("Släng ändringarna …")
                tap("Ja, släng")
                waitLeft()
            }

            // On a tablet in landscape a form is open beside the list: tapping another row
            // asks as "‹" does, and a kept draft comes back.
            function test_3_anotherRowBesideAFormAsks() {
                root.width = main.width = 1280
                root.height = main.height = 800
                settled()
                openNewFamily()
                type(nameField, "Familjen Ros")
                tap("Familjen Ek") // the row in the list beside the form
                waitShown("Du har ändringar som inte är sparade")
                tap("Stanna kvar")
                tryVerify(() => !shown("Du har ändringar som inte är sparade"), 5000, "the dialog stays")
                settled()
                compare(field(nameField).text, "Familjen Ros")

                tap("Familjen Ek")
                tap("Spara som utkast")
                tryVerify(() => !shown("Du har ändringar som inte är sparade"), 5000, "the dialog stays")
                waitShown("Inga barn registrerade i familjen.") // Familjen Ek's page
                tryVerify(() => findVisible(everything(), i => typeof i.selectAll === "function"
                                            && i.Accessible.name === nameField) === null,
                          5000, "the form is still there")
                tap("Ny familj")
                waitShowing("Återställt utkast från kl. ")
                compare(field(nameField).text, "Familjen Ros")
                tap("Släng utkastet")
                compare(field(nameField).text, "")
                root.width = main.width = 800
                root.height = main.height = 1280
            }

            // The family's other forms keep what is typed the same way: a child, an adult and a
            // case note, each reopened with its text and the message, and thrown away there.
            function test_4_eachFormOfAFamilyKeepsItsDraft_data() {
                return [
                    { tag: "child", open: "Lägg till barn", field: "Förnamn", text: "Alva" },
                    { tag: "adult", open: "Lägg till vuxen", field: "Namn", text: "Sara Ek" },
                    { tag: "case note", open: "Ny anteckning", field: "Anteckning",
                      text: "Ringde mamma om skolan." },
                ]
            }
            function test_4_eachFormOfAFamilyKeepsItsDraft(data) {
                section("families")
                settled()
                if (!shown("Inga barn registrerade i familjen."))
                    tap("Familjen Ek")
                waitShown("Inga barn registrerade i familjen.")
                tap(data.open)
                type(data.field, data.text)
                tapNamed("Tillbaka")
                tap("Spara som utkast")
                settled()
                tryVerify(() => named("Tillbaka") === null || shown("Inga barn registrerade i familjen."),
                          5000, "still in the form")
                tap(data.open)
                waitShowing("Återställt utkast från kl. ")
                compare(field(data.field).text, data.text)
                tap("Släng utkastet")
                compare(field(data.field).text, "")
                back()
                settled()
                verify(!shown("Du har ändringar som inte är sparade"))
            }
        }
    }
}
