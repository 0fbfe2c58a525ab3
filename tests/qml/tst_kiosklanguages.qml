import QtQuick
import QtTest
import Lykta.Kiosk
import Lykta.KioskUi

// The kiosk as a child who reads another language than Swedish sees it: every word on the
// start page, a band's cards, a card, a card about danger and the helplines in the language
// the child picked; Arabic and Dari mirror the whole screen; the 112 line speaks the card's
// language. The store holds the shipped content with its drafts approved.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: viewComponent
        KioskView {
            anchors.fill: parent
            animated: false
        }
    }

    TestCase {
        name: "KioskLanguages"
        when: windowShown
        property var view
        // Names and numbers that are the same in every language.
        readonly property var sameEverywhere: ["Bris", "UMO", "Kvinnofridslinjen", "OK"]
        // The script each language's own words are written in.
        readonly property var scripts: ({
            "ar": /[\u0600-\u06FF]/, "prs": /[\u0600-\u06FF]/, "ti": /[\u1200-\u137F]/,
            "uk": /[\u0400-\u04FF]/, "en": /[A-Za-z]/, "fi": /[A-Za-zäö]/, "so": /[A-Za-z]/
        })

        function init() {
            Kiosk.idleMs = 600000
            Kiosk.reset()
            view = createTemporaryObject(viewComponent, root)
            verify(view)
            waitForRendering(view)
        }

        // Every text shown under `item`: visible labels and buttons, with their children.
        function textsIn(item, out) {
            if (!item || !item.visible || item.opacity === 0)
                return out
            if (typeof item.text === "string" && item.font !== undefined && item.text.trim().length > 0)
                out.push(item.text.trim())
            for (let i = 0; i < item.children.length; ++i)
                textsIn(item.children[i], out)
            return out
        }
        function languageNames() {
            return Kiosk.languages.map(l => l.name)
        }
        // The pages a child visits, each shown in `language`, and the texts on each.
        function pagesIn(language) {
            const pages = {}
            const show = (name, open) => {
                view.goHome()
                Kiosk.language = language
                open()
                tryCompare(view.stack, "busy", false)
                waitForRendering(view)
                pages[name] = textsIn(view, [])
            }
            show("start", () => {})
            show("cards", () => view.openBand("7-12"))
            show("card", () => { view.openBand("7-12"); view.openCard(0) })
            show("danger", () => { view.openBand("13-18"); view.openCard(dangerRow()) })
            show("helplines", () => { view.openBand("7-12"); view.openHelplines() })
            return pages
        }
        function dangerRow() {
            for (let row = 0; row < Kiosk.cards.count; ++row) {
                if (Kiosk.cards.get(row).emergency)
                    return row
            }
            return -1
        }

        function test_everyLanguageIsOffered() {
            compare(Kiosk.languages.map(l => l.code),
                    ["sv", "sv-easy", "en", "ar", "so", "prs", "ti", "uk", "fi"])
            // Each named in itself, in its own script.
            for (const l of Kiosk.languages) {
                if (scripts[l.code])
                    verify(scripts[l.code].test(l.name), l.code + ": " + l.name)
            }
        }

        function test_noSwedishWordIsShownInAnotherLanguage_data() {
            return ["en", "ar", "so", "prs", "ti", "uk", "fi"].map(l => ({ tag: l, language: l }))
        }
        function test_noSwedishWordIsShownInAnotherLanguage(data) {
            const swedishPages = pagesIn("sv")
            const pages = pagesIn(data.language)
            const exempt = sameEverywhere.concat(languageNames())
            for (const name in pages) {
                const swedish = swedishPages[name]
                verify(pages[name].length > 3, name + " shows almost nothing")
                for (const t of pages[name]) {
                    // (numbers, web addresses, dates' digits and arrows are not words)
                    if (exempt.indexOf(t) >= 0 || t.startsWith("https://") || !/[^0-9\s.,:;()+\-–→←▶■❚]/.test(t))
                        continue
                    verify(swedish.indexOf(t) < 0,
                           data.language + ", " + name + ": \"" + t + "\" is the Swedish text")
                }
            }
            // The headings are written in the language's own script.
            view.goHome()
            Kiosk.language = data.language
            view.openBand("7-12")
            view.openHelplines()
            tryCompare(view.stack, "busy", false)
            const heading = findChild(view.stack.currentItem, "helplinesHeading")
            verify(scripts[data.language].test(heading.text), heading.text)
        }

        function test_theEmergencyLineSpeaksTheCardsLanguage_data() {
            return ["sv", "sv-easy", "en", "ar", "so", "prs", "ti", "uk", "fi"]
                .map(l => ({ tag: l, language: l }))
        }
        function test_theEmergencyLineSpeaksTheCardsLanguage(data) {
            view.goHome()
            Kiosk.language = data.language
            view.openBand("13-18")
            const row = dangerRow()
            verify(row >= 0, "no card about danger in " + data.language)
            const card = Kiosk.cards.get(row)
            compare(card.emergency, true)
            view.openCard(row)
            tryCompare(view.stack, "busy", false)
            const line = findChild(view.stack.currentItem, "emergencyLine")
            verify(line.visible)
            verify(line.text.indexOf("112") >= 0, line.text)
            if (data.language.startsWith("sv"))
                compare(line.text, "Ring 112 om det är akut")
            else {
                verify(line.text !== "Ring 112 om det är akut", data.language)
                verify(scripts[data.language].test(line.text), line.text)
            }
        }

        function test_arabicAndDariMirrorTheWholeScreen_data() {
            return [{ tag: "ar", language: "ar" }, { tag: "prs", language: "prs" },
                    { tag: "fi", language: "fi", leftToRight: true }]
        }
        function test_arabicAndDariMirrorTheWholeScreen(data) {
            view.goHome()
            Kiosk.language = data.language
            view.openBand("7-12")
            view.openCard(0)
            tryCompare(view.stack, "busy", false)
            waitForRendering(view)
            compare(view.LayoutMirroring.enabled, !data.leftToRight)
            const back = view.backButton.mapToItem(view, 0, 0).x
            const home = view.homeButton.mapToItem(view, 0, 0).x
            // The way back is where reading starts: the right in a right-to-left language.
            if (data.leftToRight)
                verify(back < home, back + " " + home)
            else
                verify(back > home, back + " " + home)
            const picture = findChild(view.stack.currentItem, "cardPicture")
            const title = findChild(view.stack.currentItem, "cardTitle")
            const pictureX = picture.mapToItem(view, 0, 0).x
            const titleX = title.mapToItem(view, 0, 0).x
            // The picture is on the side reading starts from.
            if (data.leftToRight)
                verify(pictureX < titleX)
            else
                verify(pictureX > titleX)
        }

        // 13–18: the discreet look, chosen with the age band: no illustrations, a smaller
        // heading, so a teenager can read in a waiting room without it looking like a
        // children's page.
        function test_teenagersGetTheDiscreetLook() {
            const titleSize = band => {
                view.goHome()
                view.openBand(band)
                view.openCard(0)
                tryCompare(view.stack, "busy", false)
                waitForRendering(view)
                return findChild(view.stack.currentItem, "cardTitle").font.pixelSize
            }
            const child = titleSize("7-12")
            verify(findChild(view.stack.currentItem, "cardPicture").visible)
            const teen = titleSize("13-18")
            verify(!findChild(view.stack.currentItem, "cardPicture").visible)
            verify(teen < child, teen + " " + child)
            view.back()
            tryCompare(view.stack, "busy", false)
            const grid = findChild(view.stack.currentItem, "cardGrid")
            tryVerify(() => findChild(grid, "card_0") !== null)
            compare(findChild(grid, "card_0").image, "")
        }

        // Each page waits its own time after the last touch (the unit's times, here the
        // defaults): longer on a card, which someone may be reading aloud to a child.
        function test_eachPageHasItsOwnIdleTime() {
            Kiosk.idleMs = 0
            compare(Kiosk.page, "start")
            compare(Kiosk.idleMs, 60000)
            view.openBand("7-12")
            tryCompare(Kiosk, "page", "cards")
            compare(Kiosk.idleMs, 90000)
            view.openCard(0)
            tryCompare(Kiosk, "page", "card")
            compare(Kiosk.idleMs, 180000)
            view.back()
            view.openHelplines()
            tryCompare(Kiosk, "page", "helplines")
            compare(Kiosk.idleMs, 180000)
            view.goHome()
            tryCompare(Kiosk, "page", "start")
            compare(Kiosk.idleMs, 60000)
        }
    }
}
