import QtQuick
import QtQuick.Controls
import QtTest
import Lykta.App
import Lykta.Ui

// Mer → Surfplattor och personal as the unit's manager Lena Lindqvist sees it on a tablet
// enrolled against a real lykta-server (tst_tabletsserverqml.cpp made the unit): a tablet in
// every status and a kiosk, staff active and deactivated, a code with its QR, the revoke
// dialog's two choices and, for a tablet revoked earlier that turns out stolen, the erase
// alone, done through the page. On a 10" tablet and a phone, in Swedish and in English; with
// LYKTA_SCREENSHOTS_DIR set each view is saved (scripts/screenshots tablets).
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
            name: "TabletsServer"
            app: main

            function find(name) {
                return findChild(main, name)
            }
            // The words of the language shown.
            function t(sv, en) {
                return Language.code === "en" ? en : sv
            }
            property string prefix: "staff-sv-1280x800"
            function shot(name) {
                settled()
                waitForRendering(main.contentItem, 200)
                verify(Screenshots.save(main, prefix + "-" + name), "could not save " + name)
            }
            function resize(w, h) {
                main.width = w
                main.height = h
                tryVerify(() => main.contentItem.width === w)
                settled()
            }
            function openPage() {
                section("more")
                tap("Surfplattor och personal")
                tryVerify(() => find("tabletsController").loaded, 30000, "no list came")
                waitShown("Surfplattor (8)")
            }
            // The row of the tablet list titled `title`, scrolled into view.
            function deviceRow(title) {
                return deviceRowWhere(title, item => item.title === title)
            }
            function deviceRowWhere(what, match) {
                const list = find("tabletList")
                for (let i = 0; i < list.count; ++i) {
                    list.positionViewAtIndex(i, ListView.Contain)
                    const row = findVisible(list, item => typeof item.title === "string" && match(item))
                    if (row)
                        return row
                }
                fail("no row " + what)
            }
            function statusOf(title) {
                return deviceRow(title).detail.split(" · ")[0]
            }

            function test_1_everyStatusFromTheServer() {
                openPage()
                compare(statusOf("Kims surfplatta – Kim Andersson"), "Aktiv")
                verify(deviceRow("Kims surfplatta – Kim Andersson").detail.indexOf("Senast synkad aldrig") < 0,
                       "a synced tablet shows no last sync")
                compare(statusOf("Kims gamla platta – Kim Andersson"), "Återkallad")
                compare(statusOf("Alex telefon – Alex Lind"), "Förlorad eller stulen – väntar på radering")
                compare(statusOf("Alex förra platta – Alex Lind"), "Raderad")
                compare(statusOf("Sams surfplatta – Sam Berg"), "Återkallad")
                compare(statusOf("Väntrummet"), "Aktiv")
                compare(deviceRow("Väntrummet").badge, "Kiosk")
                // Only what the server accepts is offered.
                verify(named("Återkalla Kims surfplatta"))
                deviceRow("Kims gamla platta – Kim Andersson")
                verify(named("Kims gamla platta är förlorad eller stulen – radera"))
                verify(!named("Återkalla Kims gamla platta"))
                deviceRow("Alex telefon – Alex Lind")
                verify(!named("Alex telefon är förlorad eller stulen – radera"))
                verify(!named("Återkalla Alex telefon"))
                deviceRow("Alex förra platta – Alex Lind")
                verify(!named("Alex förra platta är förlorad eller stulen – radera"))
                // Lena's own tablet, synced, is marked and offers nothing: she would lock herself out.
                const own = deviceRowWhere("Lena's", item => item.title.endsWith(" – Lena Lindqvist (den här surfplattan)"))
                verify(own.detail.startsWith("Aktiv"))
                verify(!findVisible(own, item => item.text === "Återkalla"), "her own tablet is offered revoking")

                tapByName("tabletsTabStaff")
                waitShown("Lena Lindqvist (du)")
                waitShowing("Personal · Avslutad")
                verify(named("Återaktivera Sam Berg"))
                verify(!named("Ny kod för Sam Berg"))
                verify(!named("Avsluta Lena Lindqvist"))
                tapByName("tabletsTabDevices")
            }

            // Each view of the page once, in the language and size given; saved when asked.
            function views(lang, w, h) {
                prefix = "staff-" + lang + "-" + w + "x" + h
                resize(w, h)
                openPage()
                verify(Language.setCode(lang))
                const tablets = find("tabletsController")
                verify(tablets.refresh()) // the statuses in the language's words
                tryVerify(() => !tablets.busy, 30000)
                tapByName("tabletsTabDevices")
                find("tabletList").positionViewAtBeginning()
                shot("tablets-list")
                if (h > w) {
                    // Rows of several heights: the end is known once the last ones are made.
                    find("tabletList").positionViewAtEnd()
                    waitForRendering(find("tabletList"), 200)
                    find("tabletList").positionViewAtEnd()
                    shot("tablets-list-end")
                    find("tabletList").positionViewAtBeginning()
                }

                tapByName("tabletsTabStaff")
                waitShown(t("Lena Lindqvist (du)", "Lena Lindqvist (you)"))
                shot("tablets-staff")

                tapNamed(t("Ny kod för Kim Andersson", "New code for Kim Andersson"))
                const code = find("codeDialog")
                tryVerify(() => code.opened, 30000)
                verify(find("codeText").text.length === 17)
                shot("tablets-code")
                tapByName("codeDone")
                tryVerify(() => !code.visible)

                tapByName("tabletsTabDevices")
                deviceRow(t("Kims surfplatta – Kim Andersson", "Kims surfplatta – Kim Andersson"))
                tapNamed(t("Återkalla Kims surfplatta", "Revoke Kims surfplatta"))
                const revoke = find("revokeDialog")
                tryVerify(() => revoke.opened)
                tapByName("revokeErase")
                shot("tablets-revoke")
                revoke.close()
                tryVerify(() => !revoke.visible)

                deviceRow(t("Kims gamla platta – Kim Andersson", "Kims gamla platta – Kim Andersson"))
                tapNamed(t("Kims gamla platta är förlorad eller stulen – radera",
                           "Kims gamla platta is lost or stolen – erase"))
                tryVerify(() => revoke.opened)
                verify(!find("revokePlain").visible)
                shot("tablets-erase")
                revoke.close()
                tryVerify(() => !revoke.visible)
                verify(Language.setCode("sv"))
            }

            function test_2_views_data() {
                return [{ tag: "sv 1280x800", lang: "sv", w: 1280, h: 800 },
                        { tag: "sv 412x915", lang: "sv", w: 412, h: 915 },
                        { tag: "en 1280x800", lang: "en", w: 1280, h: 800 }]
            }
            function test_2_views(data) {
                views(data.lang, data.w, data.h)
            }

            // Revoked earlier, then stolen: erased through the page, and the server says so.
            function test_3_aRevokedTabletIsOrderedErased() {
                resize(1280, 800)
                openPage()
                deviceRow("Kims gamla platta – Kim Andersson")
                tapNamed("Kims gamla platta är förlorad eller stulen – radera")
                const revoke = find("revokeDialog")
                tryVerify(() => revoke.opened)
                verify(shown("Radera Kims gamla platta"))
                tapByName("revokeConfirm")
                tryVerify(() => !revoke.visible)
                waitShown("Kims gamla platta är återkallad och raderas nästa gång den kontaktar servern.")
                compare(statusOf("Kims gamla platta – Kim Andersson"),
                        "Förlorad eller stulen – väntar på radering")
                verify(!named("Kims gamla platta är förlorad eller stulen – radera"))
            }

            // Last: the manager's own tablet is reported lost. Its next sync erases it, and
            // the app shows only that, over everything, with the server told.
            function test_4_thisTabletReportedLostErasesItself() {
                resize(1280, 800)
                verify(ServerOperator.reportThisTabletLost())
                SyncController.syncNow()
                const screen = find("erasedScreen")
                tryVerify(() => screen.visible, 30000, "the tablet did not erase itself")
                tryVerify(() => find("erasedText").text.indexOf("Servern har fått besked") >= 0,
                          30000)
                compare(find("erasedTitle").text, "Surfplattan är raderad")
                verify(SyncController.erased)
                verify(!SyncController.enrolled)
                verify(ServerOperator.serverRecordedErasure())
                prefix = "staff-sv-1280x800"
                shot("erased")
                resize(412, 915)
                prefix = "staff-sv-412x915"
                shot("erased")
                verify(find("erasedClose").height >= Theme.touch)
            }
        }
    }
}
