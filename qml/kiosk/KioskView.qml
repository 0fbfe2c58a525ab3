import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.Kiosk

// The whole kiosk screen: a bar with the way back and the way home, and a stack of pages
// (start → cards → card, or helplines). Idle for Kiosk.idleMs, it returns to the start and
// forgets the way there. A right-to-left language mirrors everything. The only way out is the
// staff PIN, behind a three-second hold on an unmarked corner; nothing here leads to a staff
// screen.
Item {
    id: view
    readonly property alias stack: stack
    readonly property alias pinPad: pinPad
    readonly property alias backButton: backButton
    readonly property alias homeButton: homeButton
    // Page changes slide; the self-test turns that off so each screenshot shows one page.
    property bool animated: true
    readonly property int operation: animated ? StackView.Transition : StackView.Immediate

    LayoutMirroring.enabled: Kiosk.rightToLeft
    LayoutMirroring.childrenInherit: true

    Binding {
        target: KioskTheme
        property: "scale"
        value: Math.max(0.75, Math.min(view.width, view.height) / 800)
    }

    function goHome() {
        pinPad.close()
        stack.pop(null, operation)
        Kiosk.reset()
    }
    function openBand(band) {
        Kiosk.ageBand = band
        stack.push(cardListPage, {}, operation)
    }
    function openCard(row) {
        const card = Kiosk.cards.get(row)
        if (!card.cardId)
            return
        if (stack.currentItem.cardId !== undefined)
            stack.replace(cardPage, { cardId: card.cardId }, operation)
        else
            stack.push(cardPage, { cardId: card.cardId }, operation)
    }
    function openHelplines() {
        stack.push(helplinesPage, {}, operation)
    }
    function back() {
        if (stack.depth > 1)
            stack.pop(stack.get(stack.depth - 2), operation)
        if (stack.depth === 1)
            Kiosk.ageBand = ""
    }

    // Each page has its own idle time (Kiosk.page).
    Connections {
        target: stack
        function onCurrentItemChanged() {
            if (stack.currentItem)
                Kiosk.page = stack.currentItem.kioskPage
        }
    }
    Connections {
        target: Kiosk
        function onIdle() { view.goHome() }
        function onSwitchedOffChanged() { pinPad.close() }
    }

    Rectangle {
        anchors.fill: parent
        color: KioskTheme.background
    }

    RowLayout {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Math.round(KioskTheme.spacing / 2)
        height: KioskTheme.touch
        spacing: KioskTheme.spacing
        visible: !Kiosk.switchedOff

        BigButton {
            id: backButton
            objectName: "backButton"
            visible: stack.depth > 1
            Layout.preferredHeight: KioskTheme.touch
            //: go back one page; the arrow points the way back in both reading directions
            text: (view.LayoutMirroring.enabled ? "→  " : "←  ") + qsTr("Tillbaka")
            onClicked: view.back()
        }
        Item { Layout.fillWidth: true; Layout.fillHeight: true }
        BigButton {
            id: homeButton
            objectName: "homeButton"
            visible: stack.depth > 1
            Layout.preferredHeight: KioskTheme.touch
            text: qsTr("Börja om")
            onClicked: view.goHome()
        }
        // The staff exit: an empty corner of the bar that nothing marks. Holding it for three
        // seconds opens the staff PIN pad; a child sees nothing there to press, staff who know
        // find it at the bar's end (the left end in a right-to-left language).
        Item {
            id: staffExit
            objectName: "staffExit"
            Layout.preferredWidth: KioskTheme.touch
            Layout.preferredHeight: KioskTheme.touch
            Accessible.ignored: true
            TapHandler {
                longPressThreshold: 3
                onLongPressed: pinPad.open()
            }
        }
    }

    StackView {
        id: stack
        objectName: "kioskStack"
        anchors.top: bar.bottom
        anchors.topMargin: Math.round(KioskTheme.spacing / 2)
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: !Kiosk.switchedOff
        initialItem: StartPage {
            objectName: "startPage"
            onBandChosen: band => view.openBand(band)
        }
    }

    Component {
        id: cardListPage
        CardListPage {
            objectName: "cardListPage"
            onCardChosen: row => view.openCard(row)
            onHelplinesChosen: view.openHelplines()
        }
    }
    Component {
        id: cardPage
        CardPage {
            objectName: "cardPage"
            onMoveTo: row => view.openCard(row)
            onWithdrawn: view.back()
        }
    }
    Component {
        id: helplinesPage
        HelplinesPage { objectName: "helplinesPage" }
    }

    PinPad {
        id: pinPad
        objectName: "pinPad"
    }

    // Reported lost or stolen and erased: only this, for good (the PIN pad is closed).
    SwitchedOffScreen {
        objectName: "switchedOffScreen"
        anchors.fill: parent
        visible: Kiosk.switchedOff
    }
}
