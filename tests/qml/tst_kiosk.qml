import QtQuick
import QtTest
import Lykta.Kiosk
import Lykta.KioskUi

// The kiosk as a child and a member of staff use it, on a 10" tablet's screen.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: viewComponent
        KioskView { anchors.fill: parent }
    }
    // The staff app's preview: CardView alone on a kiosk-sized screen, mirrored as it sets
    // it for a right-to-left language, with no Kiosk singleton involved.
    Component {
        id: previewComponent
        Item {
            property alias card: card
            property bool rightToLeft: false
            width: 1280
            height: 800
            LayoutMirroring.enabled: rightToLeft
            LayoutMirroring.childrenInherit: true
            CardView {
                id: card
                width: parent.width
                screenWidth: 1280
                screenHeight: 800
                title: "لست وحدك"
                body: "نص"
                picture: "qrc:/Lykta/KioskUi/pictures/not-alone.svg"
                emergency: true
            }
        }
    }
    SignalSpy {
        id: leaveSpy
        target: Kiosk
        signalName: "leaveRequested"
    }

    TestCase {
        name: "Kiosk"
        when: windowShown
        property var view

        function init() {
            Kiosk.idleMs = 60000
            Kiosk.reset()
            leaveSpy.clear()
            view = createTemporaryObject(viewComponent, root)
            verify(view)
            waitForRendering(view) // laid out at its full size before anything is tapped
        }

        function tap(name, parent) {
            const item = findChild(parent || view, name)
            verify(item, "no item " + name)
            verify(item.visible, name + " is hidden")
            scrollTo(item)
            mouseClick(item)
        }
        // Scrolls the page holding `item` until it is on screen, as a child's finger would.
        function scrollTo(item) {
            for (let p = item.parent; p; p = p.parent) {
                if (p.contentItem !== undefined && p.contentY !== undefined && p.flickableDirection !== undefined) {
                    const y = item.mapToItem(p.contentItem, 0, 0).y
                    if (y + item.height > p.contentY + p.height || y < p.contentY)
                        p.contentY = Math.max(0, Math.min(y, p.contentHeight - p.height))
                    return
                }
            }
        }
        function settle(depth) {
            tryCompare(view.stack, "depth", depth)
            tryCompare(view.stack, "busy", false)
        }
        function openCard(band, row) {
            tap("band_" + band)
            settle(2)
            // GridView delegates exist once laid out.
            tryVerify(() => findChild(view.stack.currentItem, "card_" + row) !== null)
            tap("card_" + row, view.stack.currentItem)
            settle(3)
            return view.stack.currentItem
        }
        function typePin(pin) {
            for (const digit of pin)
                tap("pinKey_" + digit, view.pinPad.contentItem)
            tap("pinOk", view.pinPad.contentItem)
        }
        function leftEdge(item) {
            return item.mapToItem(view, 0, 0).x
        }

        function test_chooseLanguageAndBandReadACardAndGoBack() {
            tap("language_en")
            compare(Kiosk.language, "en")
            const card = openCard("7-12", 0)
            compare(Kiosk.ageBand, "7-12")
            compare(card.objectName, "cardPage")
            compare(findChild(card, "cardTitle").text, "It is not your fault")
            verify(findChild(card, "cardBody").text.indexOf("Nobody gets ill") === 0)

            tap("nextCard", card)
            settle(3) // the next card replaces this one: back still leads to the list
            compare(findChild(view.stack.currentItem, "cardTitle").text, "You are not alone")

            mouseClick(view.backButton)
            settle(2)
            compare(view.stack.currentItem.objectName, "cardListPage")
            mouseClick(view.backButton)
            settle(1)
            compare(view.stack.currentItem.objectName, "startPage")
            compare(Kiosk.ageBand, "")
            compare(Kiosk.language, "en") // going back keeps the language
        }

        function test_idleReturnsToTheStartAndForgetsTheWay() {
            tap("language_sv-easy")
            openCard("13-18", 1)
            Kiosk.idleMs = 800
            // A touch restarts the timer: someone is reading.
            wait(500)
            mouseMove(view, 10, 400)
            wait(500)
            compare(view.stack.depth, 3)
            // Nobody there: back to the start, with no way back to what was read.
            tryCompare(view.stack, "depth", 1, 3000)
            compare(view.stack.currentItem.objectName, "startPage")
            verify(!view.backButton.visible)
            compare(Kiosk.ageBand, "")
            compare(Kiosk.language, "sv")
            compare(Kiosk.cards.count, 0)
        }

        function test_idleClosesThePinPad() {
            view.pinPad.open()
            tryCompare(view.pinPad, "opened", true)
            Kiosk.idleMs = 300
            tryCompare(view.pinPad, "visible", false, 3000)
        }

        // The staff exit is the bar's empty end: nothing drawn there for a child to press, no
        // second lantern, and no button a screen reader would announce.
        function test_theStaffExitShowsNothing() {
            const exit = findChild(view, "staffExit")
            verify(exit.visible && exit.width >= 48 && exit.height >= 48)
            // Every pixel of its place is the kiosk's background.
            const shot = grabImage(exit)
            for (let x = 0; x < shot.width; x += 4) {
                for (let y = 0; y < shot.height; y += 4)
                    verify(Qt.colorEqual(shot.pixel(x, y), KioskTheme.background),
                           "drawn at " + x + "," + y + ": " + shot.pixel(x, y))
            }
            verify(exit.Accessible.ignored)
            // It sits at the bar's trailing end, in the screen's top corner.
            const corner = exit.mapToItem(view, exit.width, 0)
            verify(view.width - corner.x < 60 && corner.y < 60, corner.x + "," + corner.y)
        }

        function test_wrongPinKeepsTheKioskRightPinLeavesIt() {
            // Staff hold the unmarked corner for three seconds.
            const exit = findChild(view, "staffExit")
            mousePress(exit)
            wait(1000)
            verify(!view.pinPad.opened)
            wait(2300)
            mouseRelease(exit)
            tryCompare(view.pinPad, "opened", true)

            typePin("111111")
            compare(leaveSpy.count, 0)
            verify(view.pinPad.opened)
            // A wrong PIN makes the kiosk wait a second before it checks the next one.
            compare(findChild(view.pinPad.contentItem, "pinMessage").text, "Fel kod. Försök igen om 0:01")
            tryCompare(Kiosk, "waitSeconds", 0, 5000)

            typePin("246810")
            compare(leaveSpy.count, 1)
            tryCompare(view.pinPad, "opened", false)
        }

        // A card about danger at home says to call 112, large; other cards do not. The
        // helplines say it above every number.
        function test_dangerCardsAndHelplinesShowTheEmergencyLine() {
            Kiosk.ageBand = "13-18"
            let danger = -1
            for (let row = 0; row < Kiosk.cards.count; ++row) {
                if (Kiosk.cards.get(row).emergency)
                    danger = row
            }
            verify(danger > 0, "no card about danger for 13-18")
            Kiosk.ageBand = ""
            tap("band_13-18")
            settle(2)
            view.openCard(danger) // the tile may lie below the fold; what it does on a tap
            settle(3)
            const card = view.stack.currentItem
            const line = findChild(card, "emergencyLine")
            verify(line && line.visible)
            compare(line.text, "Ring 112 om det är akut")
            // Above the body, where it is read first.
            verify(line.mapToItem(card, 0, 0).y < findChild(card, "cardBody").mapToItem(card, 0, 0).y)
            mouseClick(view.homeButton)
            settle(1)
            const first = openCard("13-18", 0)
            verify(!findChild(first, "emergencyLine").visible)

            mouseClick(view.homeButton)
            settle(1)
            view.openHelplines()
            settle(2)
            tryVerify(() => findChild(view.stack.currentItem, "emergencyLine") !== null)
            verify(findChild(view.stack.currentItem, "emergencyLine").visible)
        }

        function test_previewCardViewMirrorsForRightToLeft() {
            const preview = createTemporaryObject(previewComponent, root, { rightToLeft: true })
            waitForRendering(preview)
            const picture = findChild(preview.card, "cardPicture")
            const text = findChild(preview.card, "cardText")
            verify(picture.visible)
            verify(picture.mapToItem(preview, 0, 0).x > text.mapToItem(preview, 0, 0).x)
            verify(findChild(preview.card, "emergencyLine").visible)
            preview.rightToLeft = false
            waitForRendering(preview)
            verify(picture.mapToItem(preview, 0, 0).x < text.mapToItem(preview, 0, 0).x)
        }

        function test_rightToLeftCardIsMirrored() {
            tap("language_ar")
            verify(Kiosk.rightToLeft)
            const card = openCard("7-12", 0)
            compare(findChild(card, "cardTitle").text, "بطاقة اختبار: لست وحدك")
            verify(view.LayoutMirroring.enabled)
            // The picture stands at the start of the line: on the right.
            verify(leftEdge(findChild(card, "cardPicture")) > leftEdge(findChild(card, "cardText")))
            compare(findChild(card, "cardBody").effectiveHorizontalAlignment, Text.AlignRight)
            compare(findChild(card, "cardTitle").effectiveHorizontalAlignment, Text.AlignRight)
            // Back is where a right-to-left reader starts: the right-hand side.
            verify(leftEdge(view.backButton) > view.width / 2)
            verify(leftEdge(view.homeButton) < view.width / 2)

            // A Swedish card is laid out the other way round.
            mouseClick(view.homeButton)
            settle(1)
            verify(!view.LayoutMirroring.enabled)
            const swedish = openCard("7-12", 0)
            verify(leftEdge(findChild(swedish, "cardPicture")) < leftEdge(findChild(swedish, "cardText")))
            compare(findChild(swedish, "cardBody").effectiveHorizontalAlignment, Text.AlignLeft)
            verify(leftEdge(view.backButton) < view.width / 2)
        }
    }
}
