import QtQuick
import QtQuick.Controls
import QtTest
import Lykta.Ui

// A list and what was opened from it (ListDetail, as Familjer and Grupper use it): side by
// side from Theme.splitWidth (a tablet in landscape), a stack below it (portrait, a phone);
// turning the tablet keeps what is open.
Item {
    id: root
    width: 1280
    height: 800

    ListDetail {
        id: section
        anchors.fill: parent
        emptyText: "Välj en familj i listan."
        Rectangle {
            id: list
            anchors.fill: parent
            color: "white"
        }
    }
    Component {
        id: page
        Rectangle { property string name; color: "white" }
    }

    TestCase {
        name: "ListDetail"
        when: windowShown

        function init() {
            section.home()
            root.width = 1280
        }
        function settle() {
            tryVerify(() => !section.stack.busy, 5000, "a page transition never ended")
        }
        // On screen: visible, and inside the window.
        function onScreen(item) {
            const p = item.mapToItem(root, 0, 0)
            return item.visible && item.width > 0 && p.x >= 0 && p.x + item.width <= root.width + 1
        }

        function test_threshold_data() {
            return [
                { tag: "phone 412", width: 412, wide: false },
                { tag: "tablet portrait 800", width: 800, wide: false },
                { tag: "just under 1000", width: 999, wide: false },
                { tag: "1000", width: 1000, wide: true },
                { tag: "tablet landscape 1280", width: 1280, wide: true },
            ]
        }
        function test_threshold(data) {
            root.width = data.width
            compare(section.wide, data.wide)
            section.open(page, { name: "Familjen Berg" })
            settle()
            compare(section.stack.currentItem.name, "Familjen Berg")
            verify(onScreen(section.stack.currentItem))
            // Wide the list stays beside the opened page; narrow the page covers it.
            compare(onScreen(list), data.wide)
            // The header's back button shows from depth 2: narrow, back leads to the list.
            compare(section.depth, data.wide ? 1 : 2)
            if (data.wide)
                verify(section.stack.currentItem.mapToItem(root, 0, 0).x >= list.width)
        }

        // Wide, opening another row replaces the page beside the list only once the leave
        // guard (Main.qml's leave dialog: draft, discard or stay) lets it.
        function test_wideAsksBeforeReplacingTheOpenedPage() {
            const asked = []
            let answer = "stay"
            section.leaveThen = (pages, action) => {
                asked.push(pages)
                if (answer === "leave")
                    action()
            }
            section.open(page, { name: "Familjen Berg" })
            settle()
            compare(asked.length, 0) // nothing open yet: nothing to ask about
            section.open(page, { name: "Familjen Lind" })
            settle()
            compare(asked.length, 1)
            verify(asked[0] === section.stack, "asked about the pages beside the list")
            compare(section.stack.currentItem.name, "Familjen Berg") // stayed
            answer = "leave"
            section.open(page, { name: "Familjen Lind" })
            settle()
            compare(section.stack.currentItem.name, "Familjen Lind")
            // Narrow, a row opens over the list, which the form left first: nothing to ask.
            root.width = 800
            section.home()
            section.open(page, { name: "Familjen Berg" })
            settle()
            compare(asked.length, 2)
            section.leaveThen = (pages, action) => action()
        }

        function test_wideShowsAPlaceholderThenReplacesTheOpenedPage() {
            verify(onScreen(list))
            verify(findPlaceholder() !== null, "the empty right side says what to do")
            section.open(page, { name: "Familjen Berg" })
            settle()
            verify(findPlaceholder() === null)
            section.open(page, { name: "Familjen Lind" })
            settle()
            compare(section.stack.depth, 1) // replaced, not piled up
            compare(section.stack.currentItem.name, "Familjen Lind")
            // Deeper pages stack beside the list; back leads to the family, never past it.
            section.stack.push(page, { name: "Barnet" })
            settle()
            compare(section.depth, 2)
            section.pop()
            settle()
            compare(section.stack.currentItem.name, "Familjen Lind")
            section.pop()
            settle()
            compare(section.stack.currentItem.name, "Familjen Lind")
            verify(onScreen(list))
        }

        function test_narrowStacksAndBackLeadsToTheList() {
            root.width = 412
            verify(onScreen(list))
            section.open(page, { name: "Familjen Berg" })
            settle()
            verify(!list.visible)
            section.pop()
            settle()
            compare(section.stack.depth, 0)
            compare(section.depth, 1)
            verify(onScreen(list))
        }

        function test_turningTheTabletKeepsWhatIsOpen() {
            section.open(page, { name: "Familjen Berg" })
            settle()
            root.width = 800
            verify(!list.visible)
            compare(section.stack.currentItem.name, "Familjen Berg")
            verify(onScreen(section.stack.currentItem))
            root.width = 1280
            verify(onScreen(list))
            compare(section.stack.currentItem.name, "Familjen Berg")
        }

        function findPlaceholder() {
            const walk = i => {
                if (!i || !i.visible) return null
                if (i.text === "Välj en familj i listan.") return i
                for (let k = 0; k < i.children.length; ++k) {
                    const f = walk(i.children[k])
                    if (f) return f
                }
                return null
            }
            return walk(section)
        }
    }
}
