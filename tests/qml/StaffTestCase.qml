import QtQuick
import QtQuick.Controls
import QtTest
import Lykta.App
import Lykta.Ui

// What a Quick Test of the staff app needs to use it as a person does: controls found by the
// words on them or the name a screen reader reads, tapped, and keys typed into fields.
// `app` is the Main under test; the TestCase sits inside its window so typed keys reach it.
TestCase {
    id: test
    required property var app
    when: windowShown && app.visible

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
    // The app's page stacks (one per tab), found once: walking the whole tree at every tap
    // would cost more than the taps.
    property var stacks: null
    function stackViews() {
        if (!stacks) {
            stacks = []
            const walk = i => {
                if (i instanceof StackView)
                    stacks.push(i)
                for (let k = 0; k < i.children.length; ++k)
                    walk(i.children[k])
            }
            walk(app.contentItem)
        }
        return stacks
    }
    // Nothing moving: no page sliding in, no dialog fading in or out.
    function settled() {
        // A dialog closed by the last tap starts to fade on the next frames.
        waitForRendering(app.contentItem, 20)
        tryVerify(() => stackViews().every(v => !v.busy))
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
                // Already in full view: nothing moves, so no frame would come.
                if (y >= p.contentY && y + item.height <= p.contentY + p.height)
                    return
                p.contentY = Math.max(0, Math.min(y - p.height / 3,
                                                  p.contentHeight - p.height))
                waitForRendering(p, 200)
                return
            }
        }
    }
    // The visible text starting with `part`, scrolling the list that holds `near` (a visible
    // item) down until its row is made.
    function scrollTo(part, near) {
        let list = near.parent
        while (list && !(list instanceof Flickable && list.contentHeight > list.height))
            list = list.parent
        verify(list, "nothing scrolls near \"" + near.text + "\"")
        let found = null
        tryVerify(() => {
            found = findVisible(everything(), i => typeof i.text === "string" && i.text.indexOf(part) === 0)
            if (!found)
                list.contentY = Math.min(list.contentY + list.height / 2, list.contentHeight - list.height)
            return found !== null
        }, 5000, "no \"" + part + "\" in the list")
        return found
    }
    function tapItem(item) {
        verify(item, "nothing to tap")
        settled()
        const target = control(item)
        reveal(target)
        verify(target.enabled, "\"" + (item.text || item) + "\" cannot be tapped")
        verify(target.height >= 44, "\"" + (item.text || item) + "\" is a small target: "
               + target.height)
        // A row of a short list is only partly shown: tap the part that is.
        let y = target.height / 2
        for (let p = target.parent; p; p = p.parent) {
            if (p instanceof Flickable && p.clip) {
                const top = target.mapToItem(p, 0, 0).y
                const from = Math.max(0, top)
                const to = Math.min(p.height, top + target.height)
                verify(to - from >= 10, "\"" + (item.text || item) + "\" is hidden in its list")
                y = (from + to) / 2 - top
                break
            }
        }
        mouseClick(target, target.width / 2, y)
        return target
    }
    // The visible text that contains `part`, once it shows.
    function waitShowing(part, from) {
        // A page replaced beside the list still shows its rows while it slides out.
        settled()
        tryVerify(() => showing(part, from) !== null, 5000,
                  "nothing shows \"" + part + "\"; on screen: " + texts(from).join(" | "))
        return showing(part, from)
    }
    function tap(text, from) {
        settled()
        return tapItem(waitShown(text, from))
    }
    function named(accessibleName, from) {
        return findVisible(from || everything(), i => i.pressed !== undefined
                           && i.Accessible.name === accessibleName)
    }
    function tapNamed(accessibleName, from) {
        settled() // a list that reloads makes its rows again
        let item = null
        tryVerify(() => (item = named(accessibleName, from)) !== null, 5000,
                  "nothing is called \"" + accessibleName + "\"")
        return tapItem(item)
    }
    // A text field by the name a screen reader gives it (its label or placeholder), on the
    // whole screen or below `from`.
    function field(accessibleName, from) {
        let item = null
        tryVerify(() => {
            item = findVisible(from || everything(), i => typeof i.selectAll === "function"
                               && i.Accessible.name === accessibleName)
            return item !== null
        }, 5000, "no field \"" + accessibleName + "\"")
        return item
    }
    function type(accessibleName, text, from) {
        settled()
        const input = field(accessibleName, from)
        reveal(input)
        mouseClick(input)
        tryVerify(() => input.activeFocus)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        keyClick(Qt.Key_Backspace)
        // keyClick knows ASCII only: å, ä, ö and – go in as a keyboard's input method puts them.
        for (const c of text) {
            if (c.charCodeAt(0) < 128)
                keyClick(c)
            else
                input.insert(input.cursorPosition, c)
        }
        compare(input.text, text)
        return input
    }
    // Picks `label` (or the first choice starting with it) in the drop-down called `name`.
    function choose(name, label) {
        tapNamed(name)
        const overlay = app.Overlay.overlay
        let item = null
        tryVerify(() => (item = findVisible(overlay, i => i.pressed !== undefined
                                            && typeof i.text === "string"
                                            && i.text.indexOf(label) === 0)) !== null,
                  5000, "no choice \"" + label + "\" in " + name + ": " + texts(overlay).join(" | "))
        tapItem(item)
        settled()
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
    // A visible item by its objectName.
    function byName(objectName) {
        let item = null
        tryVerify(() => (item = findVisible(everything(), i => i.objectName === objectName)) !== null,
                  5000, "nothing visible is named \"" + objectName + "\"")
        return item
    }
    function tapByName(objectName) {
        return tapItem(byName(objectName))
    }
}
