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

            // Each of Lykta's conversation models once: a device installs them only for a
            // kind the unit has none of yet, so a second device or sync adds no copy.
            function oneModelOfEachKind(models, where) {
                const kinds = models.map(m => m.kind).sort()
                compare(kinds, ["beardslee", "bra", "fbt"], "the conversation models " + where)
            }

            function test_0_enrolledAndEmpty() {
                verify(SyncController.enrolled)
                // The first sync brought the unit's record from the server and installed the
                // models (the harness writes neither).
                const units = SecondTablet.firstRecords("unit")
                compare(units.length, 1)
                compare(units[0].unit_id, units[0].id)
                compare(units[0].name, "Barn som anhöriga, Norrby")
                oneModelOfEachKind(SecondTablet.firstRecords("conversation_template"),
                                   "after the first sync")
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

            // A dialog's standard button, in whichever language Qt's own words are.
            function tapDialogButton(words) {
                settled()
                let item = null
                tryVerify(() => (item = findVisible(app.Overlay.overlay, i => i.pressed !== undefined
                                                    && words.indexOf(i.text) >= 0)) !== null,
                          5000, "no dialog button " + words.join("/"))
                tapItem(item)
                settled()
            }
            function newGroup(name, anonymous, from, to, places, start) {
                section("groups")
                tap("Ny grupp")
                type("Gruppens namn", name)
                type("Från ålder", from)
                type("Till ålder", to)
                type("Antal platser (1–30)", places)
                tap(anonymous ? "Anonym: en kod eller ett förnamn, inga personuppgifter"
                              : "Identifierad: barn som finns i enhetens familjer")
                type("Startdatum (ÅÅÅÅ-MM-DD)", start)
                type("Plats", "Familjecentralen")
                tap("Spara")
                waitShown("0 av " + places + " platser")
            }

            function test_2_groupsInBothModesWithMembers() {
                newGroup("Solrosorna", true, "7", "12", "6", daysFromToday(-28))
                verify(shown("Anonym") || showing("Anonym"))
                tap("Deltagare")
                for (const [alias, age] of [["Sol", "8"], ["Mane", "9"], ["Stjarna", "11"]]) {
                    type("Kod eller förnamn", alias)
                    type("Ålder (7–12 år)", age)
                    tap("Lägg till")
                    waitShown(alias)
                }
                waitShown("3 av 6 platser")

                newGroup("Stjärnorna", false, "7", "12", "4", daysFromToday(-7))
                tap("Deltagare")
                type("Sök barn på namn", "Ell")
                tap("Ella")
                waitShown("1 av 4 platser")
            }

            // A member's row on the session page.
            function memberRow(alias) {
                settled()
                return named(alias + " närvarande").parent.parent
            }
            function moods(alias, start, end) {
                tapNamed("Början: " + start, memberRow(alias))
                tapNamed("Slutet: " + end, memberRow(alias))
            }

            function test_3_programmePlannedMovedCancelledAttendanceMoodNotes() {
                section("groups")
                tap("Solrosorna")
                waitShown("Inga träffar planerade.")
                tap("Planera träffar")
                tap("Börja med förslag")
                tryVerify(() => field("Tema 8") !== null)
                type("Från datum (ÅÅÅÅ-MM-DD)", daysFromToday(-28))
                type("Tid (TT:MM)", "16:30")
                tap("Visa förhandsvisning")
                tap("Planera 8 träffar")
                tryVerify(() => !shown("Teman i ordning, ett per träff"), 5000, "the dialog stays open")
                scrollTo("Träff 8: ", showing("Träff 1: "))

                // Session 3 moves a day later and gets another theme.
                tapItem(waitShowing("Träff 3: "))
                tap("Flytta eller byt tema")
                type("Datum (ÅÅÅÅ-MM-DD)", daysFromToday(-13))
                type("Tema", "Vanner")
                tap("Spara")
                tryVerify(() => !shown("Flytta eller byt tema", app.Overlay.overlay))
                back()
                waitShown("Träff 3: Vanner")

                // Session 8 is cancelled: it stays, marked.
                tapItem(scrollTo("Träff 8: ", showing("Träff 1: ")))
                tap("Ställ in träffen")
                tapDialogButton(["Yes", "Ja"])
                waitShown("Inställd: träffen tar ingen närvaro och räknas inte i närvaron.")
                back()
                scrollTo("Träff 8: ", showing("Träff 1: "))
                verify(showing("(inställd)"))
                section("groups")
                tap("Solrosorna")

                // Session 1: Sol and Mane came, Stjarna did not (marked absent after a slip).
                tapItem(waitShowing("Träff 1: "))
                waitShown("0 av 3 närvarande")
                tapNamed("Sol närvarande")
                tapNamed("Mane närvarande")
                tapNamed("Stjarna närvarande")
                waitShown("3 av 3 närvarande")
                tapNamed("Stjarna närvarande")
                waitShown("2 av 3 närvarande")
                // Moods as faces with words: Sol from bad to good, Mane so-so throughout.
                moods("Sol", "Dåligt (2 av 5)", "Bra (4 av 5)")
                moods("Mane", "Sådär (3 av 5)", "Sådär (3 av 5)")
                // The session's own note, signed.
                type("Ny anteckning", "Vi pratade om oro och ritade.")
                tapNamed("Signera: Anteckning om träffen")
                tapDialogButton(["OK"])
                waitShown("Vi pratade om oro och ritade.")
                back()
                waitShown("2 närvarande")

                // Session 2: everyone came.
                tapItem(waitShowing("Träff 2: "))
                waitShown("0 av 3 närvarande")
                for (const alias of ["Sol", "Mane", "Stjarna"])
                    tapNamed(alias + " närvarande")
                waitShown("3 av 3 närvarande")
                back()
                waitShown("3 närvarande")
            }

            // Kim, the unit's manager, imports the organisation's KVÅ list (a bad file first),
            // maps its code to the BRA model, then imports the revised list: the preview says
            // what changes before anything is written.
            function importList(file, version) {
                type("Fil", KvaFiles + "/" + file)
                type("Listans version (till exempel KVÅ 2025)", version)
                tap("Förhandsgranska")
            }
            function test_3a_kvaListImportedAndMapped() {
                section("more")
                tap("KVÅ-koder")
                waitShown("Ingen kodlista importerad än.")
                tapByName("kvaOpenImport")
                importList("kva-bad.csv", "KVÅ 2024")
                tryVerify(() => showing("Rad 3") !== null, 5000, "no line named: " + texts().join(" | "))
                // Refused whole: nothing to confirm.
                verify(findVisible(everything(), i => i.objectName === "kvaImportConfirm") === null)
                importList("kva-2024.csv", "KVÅ 2024")
                waitShown("Importen lägger till 1, ändrar 0 och låter 0 utgå. 0 är oförändrade.")
                verify(shown("DU055 – Samtal med vuxen patient om barnets behov"))
                tap("Importera")
                waitShown("Importerade listor: KVÅ 2024")
                // The file said fbt; in this unit the code belongs to BRA-samtal.
                choose("Samtalsmall för DU055", "BRA-samtal")
                tryVerify(() => byName("kvaKind_DU055").currentText === "BRA-samtal")

                tapByName("kvaOpenImport")
                // The same list, revised: imported under its version again.
                importList("kva-2024-revised.csv", "KVÅ 2024")
                waitShown("Importen lägger till 1, ändrar 1 och låter 0 utgå. 0 är oförändrade.")
                tap("Importera")
                waitShowing("DU056 – Samtal med vuxen patient och barnet")
                verify(shown("Importerade listor: KVÅ 2024"))
                // The new title came in; the unit's mapping stayed.
                waitShowing("DU055 – Samtal med vuxen patient om det minderåriga barnets behov")
                compare(byName("kvaKind_DU055").currentText, "BRA-samtal")
            }

            // The button (not the heading) that says `text`.
            function tapButton(text) {
                settled()
                let item = null
                tryVerify(() => (item = findVisible(everything(), i => i.text === text
                                                    && i.pressed !== undefined)) !== null,
                          5000, "no button \"" + text + "\"")
                return tapItem(item)
            }
            function openChild(family, child) {
                section("families")
                tap(family)
                tap(child)
            }
            // A BRA series started for the child, its first conversation signed.
            function firstConversation(family, child, date, words, concern, kva) {
                openChild(family, child)
                tap("Starta samtalsserie")
                waitShown("Välj samtalsmodell")
                tap("BRA-samtal")
                waitShown("Nästa")
                tapItem(waitShowing("1. "))
                type("Datum", date)
                type("Vad vill barnet veta?", words)
                if (concern)
                    tap("Oro som ska anmälas (skapar en uppgift)")
                if (kva)
                    choose("KVÅ-kod", kva)
                else
                    verify(shown("Ingen KVÅ-kod") || !byName("conversationKva").visible)
                const duration = byName("duration")
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
                tapDialogButton(["OK"])
                tryVerify(() => showing("Signerad ") !== null, 5000, "the conversation was not signed: " + texts().join(" | "))
                back()
                waitShown("Signerat")
            }

            function test_4_seriesDeclinedAndReferredIntoTheGroup() {
                firstConversation("Familjen Berg", "Ella", daysFromToday(0),
                                  "Om mamma blir frisk igen.", true, "DU055")
                tap("Avsluta serien…")
                tap("Barnet eller familjen tackade nej")
                type("Avslutad (ÅÅÅÅ-MM-DD)", daysFromToday(0))
                tapButton("Avsluta serien")
                tryVerify(() => !shown("Hur slutade serien?"), 5000, "the form stays: " + texts().join(" | "))
                waitShown("Serien är avslutad")
                // The closed series says how and when it ended and who closed it (the step
                // counted from 1), and offers reopening, not closing.
                waitShowing("Barnet eller familjen tackade nej vid steg 1, ")
                waitShowing(" av Kim Andersson.")
                verify(!shown("Avsluta serien…"), "a closed series offers closing")
                verify(shown("Öppna serien igen…"), "a closed series does not offer reopening")

                firstConversation("Familjen Ek", "Noah", daysFromToday(0),
                                  "Varfor dricker pappa?", false)
                tap("Avsluta serien…")
                tap("Vidare till en stödgrupp")
                choose("Stödgrupp (barnet blir medlem)", "Stjärnorna")
                type("Avslutad (ÅÅÅÅ-MM-DD)", daysFromToday(0))
                tapButton("Avsluta serien")
                tryVerify(() => !shown("Hur slutade serien?"), 5000, "the form stays: " + texts().join(" | "))
                waitShown("Serien är avslutad")
                waitShowing("Vidare till stödgruppen Stjärnorna. Avslutad ")

                // Noah is in the group now.
                section("groups")
                tap("Stjärnorna")
                waitShown("2 av 4 platser")
            }

            function test_5_concernRaisedAndClosed() {
                section("more")
                tap("Uppgifter")
                tapItem(waitShowing("Ella"))
                tap("Orosanmälan är gjord")
                type("Datum då anmälan gjordes (ÅÅÅÅ-MM-DD)", daysFromToday(0))
                type("Till vilken socialtjänst", "Socialtjansten Norrby, barn och unga")
                type("Socialtjänstens referens (om det finns)", "SN-2026-117")
                tap("Spara och stäng uppgiften")
                tryVerify(() => !shown("Spara och stäng uppgiften"), 5000, "the task stays open")
                section("more")
                tap("Uppgifter")
                waitShown("Du har inga öppna uppgifter.")
            }

            function test_6_caseNoteWrittenAndSigned() {
                section("families")
                tap("Familjen Berg")
                tap("Ny anteckning")
                choose("Vad gäller anteckningen?", "Telefonsamtal")
                type("Datum då det hände (ÅÅÅÅ-MM-DD)", daysFromToday(-5))
                type("Anteckning", "Mamma ringde och fragade om gruppen.")
                tap("Signera …")
                tapDialogButton(["OK"])
                waitShowing("Signerad")
                back()
                waitShowing("Telefonsamtal")
            }

            // Kim changes the BRA model: it becomes version 2; Ella's and Noah's series, begun
            // with version 1, keep it.
            function test_6a_templateEditedSeriesKeepTheirVersion() {
                section("more")
                tap("Samtalsmallar")
                tapItem(waitShowing("BRA-samtal"))
                waitShown("Version 1. Sparar du blir det version 2; pågående serier behåller sin version.")
                type("Steg 3: namn", "Uppföljning med barnet och föräldern")
                tap("Spara ny version")
                tryVerify(() => !shown("Spara ny version"), 5000, "the form stays: " + texts().join(" | "))
                waitShowing("version 2")

                openChild("Familjen Berg", "Ella")
                tapItem(waitShowing("BRA-samtal"))
                waitShown("Mall: BRA-samtal, version 1")
            }

            function test_7_secondTabletHoldsEverything() {
                section("more")
                tap("Synk")
                tap("Synkronisera nu")
                tryVerify(() => !SyncController.busy, 30000)
                compare(SyncController.errorText, "")
                verify(SecondTablet.sync())

                // Every record of the first tablet, every field, is on the second one.
                const differences = SecondTablet.differences()
                compare(differences.length, 0, differences.join("\n"))

                // And what was typed and tapped here is what arrived there.
                const berg = theOneOnSecond("family", "name", "Familjen Berg")
                compare(berg.problem_type, "mental_illness")
                compare(berg.first_contact, daysFromToday(-20))
                const ek = theOneOnSecond("family", "name", "Familjen Ek")
                compare(ek.problem_type, "addiction")
                const maria = theOneOnSecond("guardian", "name", "Maria Berg")
                compare(maria.family_id, berg.id)
                compare(maria.relation, "mother")
                compare(maria.custody, 1)
                compare(maria.phone, "070-123 45 67")
                compare(maria.email, "maria.berg@example.se")
                compare(maria.language, "arabiska")
                compare(maria.interpreter, 1)
                compare(theOneOnSecond("guardian", "name", "Johan Berg").relation, "father")
                compare(theOneOnSecond("guardian", "name", "Sara Ek").family_id, ek.id)
                const ella = theOneOnSecond("child", "first_name", "Ella")
                compare(ella.family_id, berg.id)
                compare(ella.birth_date, yearsAgo(9, 3))
                compare(ella.gender, "girl")
                const noah = theOneOnSecond("child", "first_name", "Noah")
                compare(noah.family_id, ek.id)
                compare(noah.gender, "boy")

                const sol = theOneOnSecond("support_group", "name", "Solrosorna")
                compare(sol.mode, "anonymous")
                compare(sol.capacity, 6)
                compare(sol.start_date, daysFromToday(-28))
                compare(sol.place, "Familjecentralen")
                const stj = theOneOnSecond("support_group", "name", "Stjärnorna")
                compare(stj.mode, "identified")
                const members = onSecond("group_member", "group_id", sol.id)
                compare(members.map(m => m.alias + " " + m.age).sort(), ["Mane 9", "Sol 8", "Stjarna 11"])
                compare(onSecond("group_member", "group_id", stj.id).map(m => m.child_id).sort(),
                        [ella.id, noah.id].sort())

                const sessions = onSecond("group_session", "group_id", sol.id)
                                 .sort((x, y) => x.number - y.number)
                compare(sessions.length, 8)
                for (let n = 0; n < 8; ++n) {
                    compare(sessions[n].number, n + 1)
                    compare(sessions[n].date, daysFromToday(n === 2 ? -13 : -28 + 7 * n))
                    compare(sessions[n].start_time, "16:30")
                    compare(!!sessions[n].cancelled, n === 7, "session " + (n + 1) + " cancelled")
                }
                compare(sessions[2].theme, "Vanner")
                const byAlias = {}
                for (const m of members)
                    byAlias[m.alias] = m.id
                const marks = s => onSecond("attendance", "session_id", s.id)
                                   .map(a => a.member_id === byAlias.Sol ? "Sol " + a.present
                                        : a.member_id === byAlias.Mane ? "Mane " + a.present
                                        : "Stjarna " + a.present).sort()
                compare(marks(sessions[0]), ["Mane 1", "Sol 1", "Stjarna 0"])
                compare(marks(sessions[1]), ["Mane 1", "Sol 1", "Stjarna 1"])
                const moods = onSecond("mood_check", "session_id", sessions[0].id)
                              .map(m => (m.member_id === byAlias.Sol ? "Sol " : "Mane ")
                                   + m.start_mood + "-" + m.end_mood).sort()
                compare(moods, ["Mane 3-3", "Sol 2-4"])
                const sessionNote = theOneOnSecond("note", "subject_id", sessions[0].id)
                compare(sessionNote.body, "Vi pratade om oro och ritade.")
                compare(sessionNote.status, "signed")

                const series = SecondTablet.records("conversation_series")
                compare(series.length, 2)
                const declined = series.find(x => x.child_id === ella.id)
                compare(declined.status, "declined")
                compare(declined.closed, daysFromToday(0))
                const referred = series.find(x => x.child_id === noah.id)
                compare(referred.outcome, "support_group")
                compare(referred.referral_group_id, stj.id)
                const talk = theOneOnSecond("conversation", "series_id", declined.id)
                compare(talk.wants_to_know, "Om mamma blir frisk igen.")
                compare(talk.duration_min, 45)
                compare(talk.status, "signed")
                compare(talk.concern_to_report, 1)
                // Declined at the step of that first conversation (steps are stored from 0).
                compare(declined.declined_step, talk.step)
                compare(theOneOnSecond("conversation", "series_id", referred.id).wants_to_know,
                        "Varfor dricker pappa?")
                compare(declined.closed_by, referred.closed_by)
                compare(theOneOnSecond("staff", "id", declined.closed_by).name, "Kim Andersson")

                // Neither tablet holds a conversation model twice once both have synced.
                oneModelOfEachKind(SecondTablet.records("conversation_template"), "on the second tablet")
                oneModelOfEachKind(SecondTablet.firstRecords("conversation_template"),
                                   "on the first tablet after syncing again")

                const concern = theOneOnSecond("task", "kind", "concern_report")
                compare(concern.done, 1)
                compare(concern.outcome, "filed")
                compare(concern.recipient, "Socialtjansten Norrby, barn och unga")
                compare(concern.reference, "SN-2026-117")
                compare(concern.action_date, daysFromToday(0))

                const units = SecondTablet.records("unit")
                compare(units.length, 1)
                compare(units[0].name, "Barn som anhöriga, Norrby") // from the server
                const bra = theOneOnSecond("conversation_template", "kind", "bra")
                compare(bra.version, 2)
                compare(JSON.parse(bra.steps)[2].name, "Uppföljning med barnet och föräldern")
                compare(declined.template_version, 1)
                compare(referred.template_version, 1)
                compare(JSON.parse(declined.template_steps)[2].name, "Uppföljning med barn och förälder")

                // The imported codes, the unit's mapping and the code on Ella's conversation.
                const codes = SecondTablet.records("kva_code").sort((x, y) => x.code < y.code ? -1 : 1)
                compare(codes.map(c => c.code + " " + c.conversation_kind + " " + c.list_version),
                        ["DU055 bra KVÅ 2024", "DU056 bra KVÅ 2024"])
                compare(codes[0].title, "Samtal med vuxen patient om det minderåriga barnets behov")
                compare(talk.kva_code, "DU055")

                const caseNote = theOneOnSecond("note", "kind", "case")
                compare(caseNote.subject_id, berg.id)
                compare(caseNote.case_kind, "phone_call")
                compare(caseNote.event_date, daysFromToday(-5))
                compare(caseNote.body, "Mamma ringde och fragade om gruppen.")
                compare(caseNote.status, "signed")
            }

            // The follow-up of that month, counted from the second tablet, equals what was
            // counted here by hand.
            function test_8_indicatorsEqualTheHandCount() {
                const i = SecondTablet.indicators(daysFromToday(-40), daysFromToday(0))
                // Ella and Noah (a conversation each) and the three anonymous members present.
                compare(i.childrenReached, 5)
                compare(i.childrenByGender.girl, 1)
                compare(i.childrenByGender.boy, 1)
                compare(i.childrenByGender.unknown, 3)
                compare(i.seriesStarted, 2)
                compare(i.seriesDeclined, 1)
                compare(i.seriesReferredToGroup, 1)
                compare(i.seriesCompleted, 1) // a referral completes its series
                compare(i.seriesActive, 0)
                compare(i.conversations, 2)
                compare(i.conversationsWithoutKva, 1)
                compare(i.conversationsByKvaCode.DU055, 1)
                // Berg: 20 days from first contact, Ek: 10; the median of two is their mean.
                compare(i.familiesWithFirstConversation, 2)
                compare(i.medianDaysToFirstConversation, 15)
                // Sessions 1 and 2 took attendance; the cancelled one and the rest did not.
                compare(i.groupsRun, 1)
                compare(i.sessionsHeld, 2)
                compare(i.childrenInGroups, 3)
                compare(i.attendanceMarks, 6)
                compare(i.attendancePresent, 5)
                compare(i.attendanceMembers, 3)
                fuzzyCompare(i.attendanceRatePercent, 500 / 6, 0.01)
                compare(i.moodPairs, 2)
                compare(i.moodMembers, 2)
                compare(i.moodMeanStart, 2.5)
                compare(i.moodMeanEnd, 3.5)
                compare(i.moodRose, 1)
                compare(i.moodSame, 1)
                compare(i.moodFell, 0)
                compare(i.familiesReached, 2)
                compare(i.familiesByProblemType.mental_illness, 1)
                compare(i.familiesByProblemType.addiction, 1)
            }
        }
    }
}
