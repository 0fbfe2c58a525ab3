import QtQuick
import QtQuick.Controls
import QtTest
import Lykta.App
import Lykta.Ui

// The kiosk content screens as the unit's content editor uses them on a 10" tablet, with
// Lykta's shipped content installed. A helpline written in two languages: what is typed in one
// language stays when another is shown and back, is saved in both, and a refused Swedish name
// brings the form back to Swedish with the message in place while the English text typed
// stays. A draft card in a new language is found, approved (not published) after a question,
// and leaves the drafts to review; a helpline's web page is checked and its Arabic texts
// approved; the idle times refuse a time too short with the message in place and save one.
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
            name: "KioskContent"
            app: main

            function openHelplines() {
                section("more")
                tap("Kioskinnehåll")
                tap("Hjälplinjer")
            }

            // The helpline card in the list whose title is `name` (its rows' Column), scrolled
            // down to from the top of the list.
            function helplineCard(name) {
                settled()
                const list = byName("helplineList")
                list.positionViewAtBeginning()
                waitForRendering(list, 200)
                const title = scrollTo(name, list.contentItem)
                verify(title.text === name, "no helpline " + name)
                return title.parent
            }
            // Types seconds into the idle time field `objectName` and leaves it with Enter.
            function typeSeconds(objectName, text) {
                settled()
                const box = findVisible(byName(objectName), i => i instanceof SpinBox)
                const input = box.contentItem
                mouseClick(input)
                tryVerify(() => input.activeFocus)
                keyClick(Qt.Key_A, Qt.ControlModifier)
                keyClick(Qt.Key_Backspace)
                for (const c of text)
                    keyClick(c)
                keyClick(Qt.Key_Return)
                tryCompare(box, "value", parseInt(text))
            }

            function test_1_helplineWrittenInTwoLanguages() {
                openHelplines()
                tap("Ny hjälplinje")
                type("Telefonnummer", "020-91 91 91")
                type("Namn", "Föräldralinjen")
                type("Öppettider", "Vardagar 9-16")
                choose("Texten på språket", "Engelska")
                tryCompare(field("Namn"), "text", "")
                compare(field("Öppettider").text, "")
                type("Namn", "The parents' line")
                choose("Texten på språket", "Svenska")
                tryCompare(field("Namn"), "text", "Föräldralinjen")
                compare(field("Öppettider").text, "Vardagar 9-16")
                compare(field("Telefonnummer").text, "020-91 91 91")
                tap("Spara")

                waitShowing("Föräldralinjen")
                tapNamed("Ändra Föräldralinjen")
                tryCompare(field("Telefonnummer"), "text", "020-91 91 91")
                compare(field("Namn").text, "Föräldralinjen")
                choose("Texten på språket", "Engelska")
                tryCompare(field("Namn"), "text", "The parents' line")
                choose("Texten på språket", "Svenska")
                tryCompare(field("Namn"), "text", "Föräldralinjen")
                back()
            }

            function test_2_aSwedishNameIsRequiredAndShownInSwedish() {
                openHelplines()
                tap("Ny hjälplinje")
                type("Telefonnummer", "116 111")
                choose("Texten på språket", "Engelska")
                type("Namn", "Only in English")
                tap("Spara")
                waitShowing("Fältet får inte vara tomt")
                tryCompare(field("Namn"), "text", "")
                verify(shown("Svenska"), "the form does not show Swedish: " + texts().join(" | "))
                choose("Texten på språket", "Engelska")
                tryCompare(field("Namn"), "text", "Only in English")
                compare(field("Telefonnummer").text, "116 111")
                // Leaves the refused form: what was typed is thrown away.
                tapNamed("Tillbaka")
                tap("Släng ändringarna …")
                tap("Ja, släng")
                settled()
            }

            function test_3_aDraftCardIsApprovedNotPublished() {
                section("more")
                tap("Kioskinnehåll")
                tap("Kort")
                tapByName("draftsOnly")
                const drafts = () => parseInt(/\((\d+)\)/.exec(byName("draftsOnly").text)[1])
                const before = drafts()
                verify(before > 0)
                waitShowing("Behöver granskas av någon som har språket som modersmål")
                choose("Språk", "Ukrainska")
                tap("Це не твоя провина")

                waitShown("Behöver granskas av någon som har språket som modersmål")
                waitShown("Utkast: visas inte på kioskerna förrän det är godkänt.")
                verify(shown("Publicera …") === null, "a draft offers publishing")
                tap("Godkänn och publicera …")
                waitShowing("Godkänn bara om någon som har språket som modersmål har läst kortet")
                tap("Avbryt") // asked, and nothing happens without a yes
                waitShown("Utkast: visas inte på kioskerna förrän det är godkänt.")
                tap("Godkänn och publicera …")
                tap("OK")
                waitShown("Publicerat: visas på enhetens kiosker.")
                waitShown("Avpublicera …")
                verify(shown("Behöver granskas av någon som har språket som modersmål") === null)

                back()
                tryCompare(byName("draftsOnly"), "text", "Bara utkast att granska (" + (before - 1) + ")")
            }

            function test_4_aHelplinesWebPageIsCheckedAndItsArabicApproved() {
                openHelplines()
                let umo = helplineCard("UMO")
                verify(showing("Webb: https://www.umo.se", umo))
                verify(showing("Inte kontrollerad än", umo))
                tapNamed("UMO, Webb: kontrollerad i dag")
                umo = helplineCard("UMO")
                tryVerify(() => showing("Inte kontrollerad än", umo) === null, 5000,
                          "UMO's web page is still unchecked")
                verify(showing("Senast kontrollerad", umo))

                let bris = helplineCard("Bris")
                verify(showing("Arabiska (utkast)", bris))
                tapNamed("Godkänn texterna om Bris på Arabiska")
                waitShowing("Namnet, öppettiderna och vem Bris är till för")
                tap("OK")
                bris = helplineCard("Bris")
                tryVerify(() => showing("Engelska, Arabiska, Somaliska (utkast)", bris) !== null,
                          5000, "Bris's Arabic texts are still a draft: " + texts(bris).join(" | "))
                verify(named("Godkänn texterna om Bris på Arabiska") === null)
            }

            function test_5_idleTimesAreCheckedAndSaved() {
                section("more")
                tap("Kioskinnehåll")
                tap("Väntetider")
                waitShown("Väntetid innan kiosken börjar om")
                waitShown("1 min (förvalt)")
                typeSeconds("idleStart", "10")
                tap("Spara")
                waitShown("Välj en tid från 15 sekunder till 30 minuter.")
                typeSeconds("idleStart", "45")
                tap("Spara")
                waitShown("Sparat. Kioskerna får tiderna vid nästa synkronisering.")
                verify(shown("Välj en tid från 15 sekunder till 30 minuter.") === null)
                waitShown("45 s · förvalt 1 min")
                // Read again from the store: a new visit shows what was saved.
                section("more")
                tap("Kioskinnehåll")
                tap("Väntetider")
                waitShown("45 s · förvalt 1 min")
                tap("Använd förvalda tider")
                waitShown("1 min (förvalt)")
            }
        }
    }
}
