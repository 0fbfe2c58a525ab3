import QtQuick
import QtTest
import Lykta.Kiosk
import Lykta.KioskUi

// Reading aloud through the real engine (tests/qml/with-speech: speech-dispatcher with
// espeak-ng, into a silent sound server that plays in real time): the button reads the card's
// title and text, sentence by sentence, in the card's language, and marks the sentence being
// read; the kiosk does not go back to the start while it reads or is paused, and does once
// the reading ended and nobody touched it. No button for a language no voice speaks.
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
    SignalSpy {
        id: idleSpy
        target: Kiosk
        signalName: "idle"
    }

    TestCase {
        id: testCase
        name: "KioskReadAloud"
        when: windowShown
        property var view
        property var heard: []

        function init() {
            Kiosk.idleMs = 0 // the times set with the content
            Kiosk.reader.stop()
            Kiosk.reset()
            idleSpy.clear()
            heard = []
            view = createTemporaryObject(viewComponent, root)
            verify(view)
            waitForRendering(view)
        }
        function cleanup() {
            Kiosk.reader.stop()
            Kiosk.reader.slow = false
        }
        function openCard(language, band) {
            view.goHome()
            Kiosk.language = language
            view.openBand(band)
            view.openCard(0)
            tryCompare(view.stack, "busy", false)
            waitForRendering(view) // laid out (mirrored, in Arabic and Dari) before a tap
            return view.stack.currentItem
        }
        Connections {
            target: Kiosk.reader
            function onPositionChanged() {
                if (Kiosk.reader.part >= 0)
                    testCase.heard.push({ part: Kiosk.reader.part, sentence: Kiosk.reader.sentence })
            }
        }

        function test_theButtonReadsTheCardInItsLanguage_data() {
            return [{ tag: "sv", language: "sv", voice: "sv" },
                    { tag: "en", language: "en", voice: "en" },
                    { tag: "ar", language: "ar", voice: "ar" },
                    { tag: "prs", language: "prs", voice: "fa" }] // Dari: espeak-ng's Persian
        }
        function test_theButtonReadsTheCardInItsLanguage(data) {
            const page = openCard(data.language, "3-6")
            const card = Kiosk.cards.get(0)
            const button = findChild(page, "readAloudButton")
            verify(Kiosk.reader.available, "no voice for " + data.language)
            compare(Kiosk.reader.voiceLanguage, data.voice)
            verify(button.visible)
            mouseClick(button)
            tryCompare(Kiosk.reader, "active", true, 5000)
            // The sentence being read is marked in the text on screen.
            tryVerify(() => findChild(page, "cardTitle").textFormat === Text.RichText
                             || findChild(page, "cardBody").textFormat === Text.RichText, 10000)
            tryCompare(Kiosk.reader, "active", false, 60000)
            // Everything on the card was read, in order: the title, then every sentence of the
            // text, each once.
            compare(heard[0].part, 0)
            compare(heard[0].sentence, card.title)
            const body = heard.filter(h => h.part === 1).map(h => h.sentence)
            verify(body.length >= 2, JSON.stringify(heard))
            compare(body.join(" ").replace(/\s+/g, " "), card.body.replace(/\s+/g, " ").trim())
            // Read, nothing is marked any more.
            compare(findChild(page, "cardBody").textFormat, Text.PlainText)
        }

        // Someone is listening: the kiosk stays on the card however long the reading takes,
        // paused too, and goes back to the start only once the reading ended and nobody
        // touched the screen for the card's idle time.
        function test_theKioskWaitsWhileReading() {
            const page = openCard("sv", "7-12")
            Kiosk.idleMs = 800
            mouseClick(findChild(page, "readAloudButton"))
            tryCompare(Kiosk.reader, "active", true, 5000)
            wait(2000) // longer than the idle time
            compare(idleSpy.count, 0)
            compare(view.stack.depth, 3)
            mouseClick(findChild(page, "pauseButton"))
            compare(Kiosk.reader.paused, true)
            wait(2000)
            compare(idleSpy.count, 0)
            compare(view.stack.depth, 3)
            verify(Kiosk.reader.active)
            const beforeResume = heard.length
            mouseClick(findChild(page, "pauseButton")) // "Fortsätt"
            compare(Kiosk.reader.paused, false)
            // It goes on reading: the next sentence comes.
            tryVerify(() => heard.length > beforeResume, 30000)
            compare(idleSpy.count, 0)
            mouseClick(findChild(page, "stopButton"))
            compare(Kiosk.reader.active, false)
            tryCompare(idleSpy, "count", 1, 5000)
            compare(view.stack.depth, 1)
        }

        // Stopped in the middle and started again at once (another child presses the button):
        // the card is read from the start, to the end.
        function test_readingAgainAfterAStopReadsToTheEnd() {
            const page = openCard("sv", "7-12")
            mouseClick(findChild(page, "readAloudButton"))
            tryVerify(() => Kiosk.reader.part === 1, 20000) // into the text
            mouseClick(findChild(page, "stopButton"))
            compare(Kiosk.reader.active, false)
            heard = []
            mouseClick(findChild(page, "readAloudButton"))
            tryCompare(Kiosk.reader, "active", false, 90000)
            compare(heard[0].part, 0)
            const body = heard.filter(h => h.part === 1).map(h => h.sentence)
            compare(body.join(" ").replace(/\s+/g, " "),
                    Kiosk.cards.get(0).body.replace(/\s+/g, " ").trim())
        }

        // The slower voice is a switch a child sees is on, and it reads the card to the end.
        function test_theSlowerVoiceReadsTheWholeCard() {
            const page = openCard("sv", "3-6")
            const slow = findChild(page, "slowButton")
            mouseClick(slow)
            compare(Kiosk.reader.slow, true)
            compare(slow.selected, true)
            mouseClick(findChild(page, "readAloudButton"))
            tryCompare(Kiosk.reader, "active", true, 5000)
            tryCompare(Kiosk.reader, "active", false, 90000)
            verify(heard.length >= 2)
        }

        // espeak-ng has no Somali or Tigrinya voice: no button that would do nothing.
        function test_noButtonWithoutAVoice_data() {
            return [{ tag: "so", language: "so" }, { tag: "ti", language: "ti" }]
        }
        function test_noButtonWithoutAVoice(data) {
            const page = openCard(data.language, "7-12")
            compare(Kiosk.reader.available, false)
            compare(findChild(page, "readAloudBar").visible, false)
        }

        function test_theHelplinesAreReadToo() {
            view.goHome()
            Kiosk.language = "en"
            view.openBand("13-18")
            view.openHelplines()
            tryCompare(view.stack, "busy", false)
            const page = view.stack.currentItem
            const list = findChild(page, "helplineList")
            tryVerify(() => findChild(list, "readAloudButton") !== null)
            mouseClick(findChild(list, "readAloudButton"))
            tryCompare(Kiosk.reader, "active", true, 5000)
            // The helpline being read is outlined.
            tryVerify(() => Kiosk.reader.part === 1, 30000)
            verify(findChild(list, "helpline_0").beingRead)
            verify(heard.some(h => h.sentence.indexOf("Bris") >= 0), JSON.stringify(heard))
            Kiosk.reader.stop()
        }
    }
}
