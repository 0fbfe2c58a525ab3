import QtQuick
import QtQuick.Controls
import QtTest
import Lykta.App
import Lykta.Ui

// A helpline written in two languages, as the unit's content editor does it on a 10" tablet:
// what is typed in one language stays when another is shown and back, is saved in both, and a
// refused Swedish name brings the form back to Swedish with the message in place while the
// English text typed stays.
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
            }
        }
    }
}
