import QtQuick
import QtQuick.Controls
import QtTest
import Lykta.App
import Lykta.Ui

// The staff app's key flows as a member of staff goes through them, on a 10" tablet's
// screen: controls are found the way a person finds them (by the words on them, or the
// name a screen reader reads) and tapped; keys are typed into the fields.
Item {
    id: root
    width: 1280
    height: 800

    Main {
        id: app
        width: 1280
        height: 800

        // Inside the app's window, so typed keys go to the app.
        TestCase {
            id: test
            name: "StaffApp"
            when: windowShown && app.visible

            readonly property string passphrase: "lykta lyser i morkret klart"

            function initTestCase() {
                app.requestActivate()
                tryVerify(() => app.active, 5000, "the app's window never became active")
                waitForRendering(app.contentItem)
            }

            // Everything on screen, overlays and dialogs included.
            function everything() {
                return app.contentItem.parent
            }
            // The first visible item below `from` for which `match` holds, depth first.
            function findVisible(from, match) {
                if (!from || !from.visible)
                    return null
                if (match(from))
                    return from
                const kids = from.children
                for (let i = 0; i < kids.length; ++i) {
                    const found = findVisible(kids[i], match)
                    if (found)
                        return found
                }
                return null
            }
            // A visible control or text showing exactly these words.
            function shown(text, from) {
                return findVisible(from || everything(), item => item.text === text)
            }
            function showing(part, from) {
                return findVisible(from || everything(),
                                   item => typeof item.text === "string" && item.text.indexOf(part) >= 0)
            }
            function texts(from) {
                const out = []
                const walk = i => {
                    if (!i || !i.visible) return
                    if (typeof i.text === "string" && i.text.length > 0) out.push(i.text)
                    for (let k = 0; k < i.children.length; ++k) walk(i.children[k])
                }
                walk(from || everything())
                return out
            }
            function waitShown(text, from) {
                tryVerify(() => shown(text, from) !== null, 5000,
                          "nothing shows \"" + text + "\"; on screen: " + texts(from).join(" | "))
                return shown(text, from)
            }
            // Nothing moving: no page sliding in, no dialog fading in or out.
            function settled() {
                // A dialog closed by the last tap starts to fade on the next frames.
                waitForRendering(app.contentItem, 200)
                waitForRendering(app.contentItem, 200)
                tryVerify(() => findVisible(everything(), i => i instanceof StackView && i.busy) === null)
                const overlay = app.Overlay.overlay
                tryVerify(() => {
                    for (let k = 0; k < overlay.children.length; ++k) {
                        const c = overlay.children[k]
                        if (c.visible && c.opacity < 1)
                            return false
                    }
                    return true
                }, 5000, "a dialog keeps moving")
            }
            // What a tap on `item` reaches: the button or row it is part of.
            function control(item) {
                let c = item
                while (c && c.pressed === undefined)
                    c = c.parent
                return c || item
            }
            // Scrolls the page so that `item` is on screen, as a person would.
            function reveal(item) {
                for (let p = item.parent; p; p = p.parent) {
                    if (p instanceof Flickable && p.contentHeight > p.height) {
                        const y = item.mapToItem(p.contentItem, 0, 0).y
                        p.contentY = Math.max(0, Math.min(y - p.height / 3,
                                                          p.contentHeight - p.height))
                        waitForRendering(p)
                        return
                    }
                }
            }
            function tapItem(item) {
                settled()
                const target = control(item)
                reveal(target)
                verify(target.enabled, "\"" + (item.text || item) + "\" cannot be tapped")
                verify(target.height >= 44, "\"" + (item.text || item) + "\" is a small target: "
                       + target.height)
                mouseClick(target)
                return target
            }
            function tap(text, from) {
                // A page replaced beside the list still shows its buttons while it slides out.
                settled()
                const item = waitShown(text, from)
                verify(item, "\"" + text + "\" showed and went away")
                return tapItem(item)
            }
            function named(accessibleName) {
                return findVisible(everything(), i => i.pressed !== undefined
                                   && i.Accessible.name === accessibleName)
            }
            function tapNamed(accessibleName) {
                let item = null
                tryVerify(() => (item = named(accessibleName)) !== null, 5000,
                          "nothing is called \"" + accessibleName + "\"")
                return tapItem(item)
            }
            // A text field by the name a screen reader gives it (its label or placeholder).
            function field(accessibleName) {
                let item = null
                tryVerify(() => {
                    item = findVisible(everything(), i => typeof i.selectAll === "function"
                                       && i.Accessible.name === accessibleName)
                    return item !== null
                }, 5000, "no field \"" + accessibleName + "\"")
                return item
            }
            function type(accessibleName, text) {
                settled()
                const input = field(accessibleName)
                reveal(input)
                mouseClick(input)
                tryVerify(() => input.activeFocus)
                keyClick(Qt.Key_A, Qt.ControlModifier)
                keyClick(Qt.Key_Backspace)
                for (const c of text)
                    keyClick(c)
                compare(input.text, text)
                return input
            }
            function section(name) {
                const stacks = { today: 0, families: 1, groups: 2, search: 3, more: 4 }
                tap({ today: "I dag", families: "Familjer", groups: "Grupper", search: "Sök",
                      more: "Mer" }[name])
                // Back to the section's first page.
                settled()
                for (let i = 0; i < 10 && named("Tillbaka") !== null; ++i)
                    back()
                verify(named("Tillbaka") === null, "cannot go back to the section's first page")
            }
            function back() {
                tapNamed("Tillbaka")
                settled()
            }
            function isoDate(d) {
                return Qt.formatDate(d, "yyyy-MM-dd")
            }

            function test_1_familyChildSeriesConversationSignedAndAmended() {
                section("families")
                waitShown("Inga familjer ännu.")
                tap("Ny familj")
                waitShown("Ny familj")

                // Saved with no name: the message stands at the name, and nothing is saved.
                tap("Spara")
                waitShown("Fältet får inte vara tomt.")
                type("Namn som ni använder för familjen", "Familjen Berg")
                type("Första kontakt (ÅÅÅÅ-MM-DD)", "2026-13-45")
                tap("Spara")
                waitShown("Datumet är inte giltigt.")
                verify(!shown("Fältet får inte vara tomt."))
                type("Första kontakt (ÅÅÅÅ-MM-DD)", isoDate(new Date()))
                tap("Spara")

                // The new family opens, with no children yet.
                waitShown("Inga barn registrerade i familjen.")
                verify(shown("Familjen Berg"))
                tap("Lägg till barn")
                waitShown("Nytt barn")
                tap("Spara")
                waitShown("Fältet får inte vara tomt.")
                type("Förnamn", "Ella")
                type("Födelsedatum (ÅÅÅÅ-MM-DD)", "2016-02-30")
                tap("Spara")
                waitShown("Datumet är inte giltigt.")
                const born = new Date()
                born.setFullYear(born.getFullYear() - 9)
                born.setDate(born.getDate() - 3)
                type("Födelsedatum (ÅÅÅÅ-MM-DD)", isoDate(born))
                tap("Spara")

                // Back in the family: Ella, 9.
                waitShown("Ella")
                verify(shown("9 år"))
                tap("Ella")
                waitShown("Ingen samtalsserie än. Starta en när barnet och familjen vill.")
                tap("Starta samtalsserie")
                waitShown("Välj samtalsmodell")
                tap("BRA-samtal")

                // The series: its first step is next.
                waitShown("Steg")
                waitShown("Nästa")
                settled()
                tapItem(showing("1. "))

                // Recording the conversation; signing without a length is refused, in words.
                type("Datum", isoDate(new Date()))
                type("Vad vill barnet veta?", "Om mamma blir frisk igen.")
                tap("Signera")
                tap("OK")
                waitShown("Ange hur länge samtalet pågick (1–480 minuter).")
                verify(!showing("Signerad "))
                const duration = findVisible(everything(), i => i.objectName === "duration")
                settled()
                reveal(duration)
                mouseClick(duration.contentItem)
                tryVerify(() => duration.contentItem.activeFocus)
                keyClick(Qt.Key_A, Qt.ControlModifier)
                for (const c of "45")
                    keyClick(c)
                keyClick(Qt.Key_Return)
                compare(duration.value, 45)
                tap("Signera")
                tap("OK")

                // Signed: who and when, and the text can no longer be changed.
                tryVerify(() => showing("Signerad ") !== null)
                verify(showing("av Kim Andersson"))
                const question = field("Vad vill barnet veta?")
                verify(question.readOnly)
                compare(question.text, "Om mamma blir frisk igen.")

                // A correction is an addition: the original stays as it was.
                type("Anledning till rättelsen", "Fel ord")
                type("Tillägg", "Barnet sa pappa, inte mamma.")
                tap("Spara tillägg")
                waitShown("Tillägg och rättelser")
                verify(showing("Kim Andersson · Fel ord"))
                verify(shown("Barnet sa pappa, inte mamma."))
                compare(field("Vad vill barnet veta?").text, "Om mamma blir frisk igen.")
                verify(showing("Signerad "))

                // The series shows the step as signed.
                back()
                waitShown("Signerat")
            }

            // From the empty Groups tab: a group made through its form, refused values said
            // in place; members by code or first name, never a personnummer; a full group
            // says so; a child who leaves stays in the list.
            function test_2_0_groupCreatedThroughTheFormsFromAnEmptyStore() {
                section("groups")
                waitShown("Inga grupper ännu. Börja med Ny grupp: namn, ålder, platser och ledare.")
                tap("Ny grupp")
                type("Gruppens namn", "Solrosorna")
                // The unit's own model, typed over the suggested one.
                const model = field("Modell")
                reveal(model)
                mouseClick(model)
                tryVerify(() => model.activeFocus)
                keyClick(Qt.Key_A, Qt.ControlModifier)
                keyClick(Qt.Key_Backspace)
                for (const c of "Syskongruppen")
                    keyClick(c)
                compare(model.editText, "Syskongruppen")
                type("Från ålder", "7")
                type("Till ålder", "12")
                type("Antal platser (1–30)", "40")
                type("Startdatum (ÅÅÅÅ-MM-DD)", "2026-02-30")
                tap("Spara")
                waitShown("Skriv ett antal platser från 1 till 30.")
                type("Antal platser (1–30)", "4")
                tap("Spara")
                waitShown("Skriv startdatum som ÅÅÅÅ-MM-DD.")
                compare(field("Gruppens namn").text, "Solrosorna")
                const day = 24 * 3600 * 1000
                type("Startdatum (ÅÅÅÅ-MM-DD)", isoDate(new Date(Date.now() - 7 * day)))
                type("Plats", "Familjecentralen")
                tap("Spara")

                // Saved: the group's page, with its model and places.
                waitShown("0 av 4 platser")
                verify(showing("Syskongruppen") !== null, "the typed model was not saved: " + texts().join(" | "))
                verify(showing("Ledare: Kim Andersson") !== null)
                tap("Deltagare")
                type("Kod eller förnamn", "20150101-1234")
                // Said while typing, and refused if added anyway.
                waitShown("Det liknar ett personnummer. I en anonym grupp skrivs bara en kod eller ett förnamn.")
                type("Ålder (7–12 år)", "9")
                tap("Lägg till")
                verify(showing("Inga deltagare ännu.") !== null)
                for (const [name, age] of [["Sol", "8"], ["Måne", "9"], ["Stjärna", "11"], ["Moln", "10"]]) {
                    // keyClick types ASCII only: å and ä go in as text.
                    field("Kod eller förnamn").text = name
                    type("Ålder (7–12 år)", age)
                    tap("Lägg till")
                    waitShown(name)
                }
                waitShown("4 av 4 platser · Gruppen är full")
                type("Kod eller förnamn", "Regn")
                type("Ålder (7–12 år)", "10")
                tap("Lägg till")
                waitShown("Gruppen är full: alla 4 platser är tagna. Ändra antalet platser i gruppens uppgifter, eller låt någon sluta först.")

                // Moln left yesterday: kept in the list, the place free again.
                tapNamed("Moln slutar")
                type("Sista dagen i gruppen (ÅÅÅÅ-MM-DD)", isoDate(new Date(Date.now() - day)))
                tap("Spara")
                waitShown("3 av 4 platser")
                verify(showing("slutade") !== null)

                // With members, anonymous or identified can no longer change.
                back()
                waitShown("3 av 4 platser")
                tap("Ändra")
                waitShown("Gruppen har deltagare, så det här kan inte ändras längre.")
                back()
            }

            function test_2_groupSessionPlannedAndAttendanceTaken() {
                section("groups")
                tap("Solrosorna")
                waitShown("Inga träffar planerade.")
                tap("Planera träffar")
                waitShown("Teman i ordning, ett per träff")
                // The theme list starts empty; the suggestions are the leader's to change.
                tap("Börja med förslag")
                tryVerify(() => field("Tema 8") !== null)
                type("Tema 1", "Oro")
                type("Från datum (ÅÅÅÅ-MM-DD)", "2026-02-30")
                type("Tid (TT:MM)", "16:30")
                tap("Visa förhandsvisning")
                // Refused in words; the dialog stays with what was typed.
                waitShown("Skriv första datum som ÅÅÅÅ-MM-DD.")
                compare(field("Tema 1").text, "Oro")
                type("Från datum (ÅÅÅÅ-MM-DD)", isoDate(new Date()))
                tap("Visa förhandsvisning")
                tap("Planera 8 träffar")
                tryVerify(() => !shown("Teman i ordning, ett per träff"), 5000, "the dialog stays open")

                tap("Träff 1: Oro")
                waitShown("0 av 3 närvarande")
                // One tap per child.
                tapNamed("Sol närvarande")
                waitShown("1 av 3 närvarande")
                tapNamed("Stjärna närvarande")
                waitShown("2 av 3 närvarande")
                tapNamed("Sol närvarande")
                waitShown("1 av 3 närvarande")
                tapNamed("Sol närvarande")
                waitShown("2 av 3 närvarande")

                // Kept: the group's list says so, and so does the session when opened again.
                back()
                waitShown("2 närvarande")
                tap("Träff 1: Oro")
                waitShown("2 av 3 närvarande")
                settled()
                tryVerify(() => named("Stjärna närvarande") !== null)
                verify(named("Sol närvarande").checked)
                verify(!named("Måne närvarande").checked)
                verify(named("Stjärna närvarande").checked)
            }

            function test_3_lockedUntilTheRightPassphrase() {
                section("more")
                tap("Inställningar")
                tap("Lås nu")
                waitShown("Lykta är låst")
                verify(Lock.locked)

                // A wrong passphrase keeps it locked and says so.
                type("Din lösenfras", "fel fras helt och hallet")
                tap("Lås upp")
                waitShown("Fel lösenfras. Inget har ändrats; försök igen.")
                verify(shown("Lykta är låst"))
                verify(Lock.locked)

                // The right one opens it, and the data is back.
                type("Din lösenfras", passphrase)
                tap("Lås upp")
                tryVerify(() => !shown("Lykta är låst"), 10000)
                section("families")
                waitShown("Familjen Berg")
                verify(shown("1 barn"))

                // Search reads the store again too (off the UI thread).
                section("search")
                type("Sök", "mamma")
                tryVerify(() => showing("<b>mamma</b>") !== null, 5000)
                verify(showing("Samtal · Ella"))
            }

            // The search field, the list of hits and one hit by its kind and subject line.
            function search(words) {
                section("search")
                type("Sök", words)
                tryVerify(() => findVisible(everything(), i => i.objectName === "searchBusy") === null
                          && findVisible(everything(), i => i.objectName === "searchResults").count > 0,
                          5000, "no hits for " + words)
            }
            function openHit(subject) {
                tap(subject)
                settled()
            }
            // The text area holding the match, with the matched characters selected.
            function selected(words) {
                let area = null
                tryVerify(() => (area = findVisible(everything(), i => typeof i.selectedText === "string"
                                                    && i.selectedText.toLowerCase() === words)) !== null,
                          5000, "\"" + words + "\" is not selected; on screen: " + texts().join(" | "))
                // Scrolled into view: the selection is inside the window.
                const at = area.mapToItem(app.contentItem, area.cursorRectangle.x,
                                          area.positionToRectangle(area.selectionStart).y)
                verify(at.y >= 0 && at.y < app.contentItem.height, "the match is off screen at " + at.y)
                return area
            }

            // A first sync of a unit with many notes (a long pulled page): until they are in the
            // search index, the search page says how many wait; then it finds them.
            function test_4_1_searchSaysWhileAFirstSyncIsIndexed() {
                const waiting = PulledPage.applyNotes(150, "Kastanjer i parken")
                verify(waiting >= 150, "nothing waits for the index: " + waiting)
                section("search")
                type("Sök", "kastanj")
                const notice = () => findVisible(everything(), i => i.objectName === "searchUnindexed")
                tryVerify(() => notice() !== null, 5000, "the search page does not say it is indexing")
                verify(notice().text.indexOf(waiting + " poster från den senaste synkroniseringen") >= 0,
                       notice().text)
                tryVerify(() => showing("Inga träffar bland det som redan är sökbart.") !== null, 5000)
                verify(notice().height >= notice().implicitHeight, "the notice is cut off")
                verify(PulledPage.indexAll())
                tryVerify(() => notice() === null, 5000, "the notice stays after the indexing")
                tryVerify(() => showing("<b>Kastanjer</b>") !== null, 5000, "the notes are not found")
            }

            function test_4_searchOpensEachKindOnTheMatch() {
                // A case note and a note about a session, written through their forms (keyClick types
                // ASCII only).
                section("families")
                tap("Familjen Berg")
                tap("Ny anteckning")
                type("Anteckning", "Ringde skolan om laxhjalp och ekonomi.")
                tap("Spara utkast")
                section("groups")
                tap("Solrosorna")
                tap("Träff 1: Oro")
                type("Ny anteckning", "Vi ritade regnbagar tillsammans.")
                tap("Spara utkast")
                settled()

                // A conversation: the section with the words, the words selected.
                search("frisk")
                verify(showing(isoDate(new Date())), "the hit has no date")
                verify(showing("Antal träffar: 1. Namn först, sedan det nyaste."), "the order is not said")
                openHit("Samtal · Ella")
                compare(selected("frisk").text, "Om mamma blir frisk igen.")

                // A correction opens what it corrects, scrolled down to the correction.
                search("pappa inte")
                openHit("Rättelse · Ella")
                waitShown("Barnet sa pappa, inte mamma.")

                // A case note: the note's text, the words selected.
                search("laxhj")
                openHit("Anteckning i ärendet: Telefonsamtal · Familjen Berg")
                compare(selected("laxhj").text, "Ringde skolan om laxhjalp och ekonomi.")

                // A session's note opens the session.
                search("regnbag")
                openHit("Anteckning från träffen · Solrosorna")
                waitShown("Vi ritade regnbagar tillsammans.")
                verify(showing("av 3 närvarande"))

                // A family, a child and a group by name.
                search("berg")
                openHit("Familj · Familjen Berg")
                waitShown("Lägg till barn")
                search("ella")
                openHit("Barn · Ella")
                waitShown("Starta samtalsserie")
                search("solros")
                openHit("Grupp · Solrosorna")
                waitShown("Planera träffar")

                // Narrowed to case notes, the conversation is not among the hits.
                search("mamma")
                verify(showing("Samtal · Ella"))
                tapNamed("Vad som söks")
                tap("Anteckningar i ärenden")
                tryVerify(() => !showing("Samtal · Ella"))
            }

            // A member of staff who is not a manager is not offered the unit's tablets.
            function test_0_noTabletsPageForStaff() {
                section("more")
                waitShown("Inställningar")
                verify(!shown("Surfplattor och personal"), "Mer offers the manager's tablets")
                verify(!shown("Personal"), "Mer offers the manager's staff list")
            }

            // The family page's and group page's own filters over their notes.
            function test_5_pagesFilterTheirOwnNotes() {
                section("families")
                tap("Familjen Berg")
                tryVerify(() => showing("Telefonsamtal") !== null)
                type("Filtrera anteckningarna", "ekonomi")
                verify(showing("Telefonsamtal"))
                type("Filtrera anteckningarna", "cykel")
                waitShown("Inga anteckningar med de orden.")
                section("groups")
                tap("Solrosorna")
                waitShown("Träff 1: Oro")
                type("Filtrera träffarna på anteckningarna", "regnbag")
                waitShown("Träff 1: Oro")
                verify(!showing("Träff 2"))
                type("Filtrera träffarna på anteckningarna", "cykel")
                waitShown("Inga träffar med anteckningar med de orden.")
            }
        }
    }
}
