import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lykta.App

// The staff app's window: a header with the unit, five sections (today, families, groups,
// search, more) in a bottom bar, each section a stack of pages.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Lykta")
    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    color: Theme.surface
    // Five sections must fit a phone's width: mixed case, a little smaller when narrow.
    readonly property font tabFont: Qt.font({ capitalization: Font.MixedCase,
                                              pixelSize: width < 600 ? 13 : 15 })

    // Used by `lykta --self-test`: every page, by name, in the order they are shown.
    function pageNames() {
        return [
            "today",
            "families",
            "familiesClosed",
            "familyEdit",
            "family",
            "caseNote",
            "caseNoteNew",
            "guardian",
            "familyClose",
            "child",
            "childCaseNote",
            "childEdit",
            "series",
            "seriesBooking",
            "seriesClose",
            "seriesReopen",
            "conversation",
            "groups",
            "groupNew",
            "group",
            "programmePlan",
            "groupEdit",
            "groupMembers",
            "session",
            "childNote",
            "questionnaires",
            "search",
            "more",
            "tasks",
            "unitConcerns",
            "task",
            "sync",
            "followup",
            "followupCharts",
            "followupExport",
            "kioskContent",
            "kioskCard",
            "kioskCardPreview",
            "kioskHelplines",
            "kioskHelplineEdit",
            "settings",
            "conflicts",
            "refused"
        ]
    }
    function showPage(name) {
        switch (name) {
        case "today": tabs.currentIndex = 0; todayStack.pop(null); break
        case "families": tabs.currentIndex = 1; familiesStack.pop(null); familiesStack.currentItem.showClosed(false); break
        case "family": tabs.currentIndex = 1; familiesStack.pop(null); familiesStack.currentItem.openFirst(); break
        case "familyEdit": showPage("families"); familiesStack.push(familyEditPage); break
        case "caseNote": showPage("family"); familiesStack.currentItem.openFirstNote(); break
        case "caseNoteNew": showPage("family"); familiesStack.currentItem.openNewNote(); break
        case "familiesClosed": showPage("families"); familiesStack.currentItem.showClosed(true); break
        case "guardian": showPage("family"); familiesStack.currentItem.openGuardian(); break
        case "familyClose": showPage("family"); familiesStack.currentItem.openClose(); break
        case "child": showPage("family"); familiesStack.currentItem.openFirst(); break
        case "childCaseNote": showPage("child"); familiesStack.currentItem.openFirstNote(); break
        case "childEdit": showPage("child"); familiesStack.currentItem.openDetails(); break
        case "series": showPage("child"); familiesStack.currentItem.openFirst(); break
        case "conversation": showPage("series"); familiesStack.currentItem.openFirst(); break
        case "seriesBooking": showPage("series"); familiesStack.currentItem.openBooking(); break
        case "seriesClose": showPage("series"); familiesStack.currentItem.openClose(); break
        case "seriesReopen": showPage("child"); familiesStack.currentItem.openLast(); familiesStack.currentItem.openReopen(); break
        case "groups": tabs.currentIndex = 2; groupsStack.pop(null); break
        case "group": tabs.currentIndex = 2; groupsStack.pop(null); groupsStack.currentItem.openFirst(); break
        case "programmePlan": showPage("group"); groupsStack.currentItem.openPlanner(); break
        case "groupNew": showPage("groups"); groupsStack.currentItem.openNew(); break
        case "groupEdit": showPage("group"); groupsStack.currentItem.openDetails(); break
        case "groupMembers": showPage("group"); groupsStack.currentItem.openMembers(); break
        case "session": showPage("group"); groupsStack.currentItem.openFirst(); break
        case "childNote": showPage("session"); groupsStack.currentItem.openFirstNote(); break
        case "questionnaires": showPage("group"); groupsStack.currentItem.openQuestionnaires(); break
        case "more": tabs.currentIndex = 4; moreStack.pop(null); break
        case "tasks": showPage("more"); openMore("tasks"); break
        case "unitConcerns": showPage("tasks"); moreStack.currentItem.openUnit(); break
        case "task": showPage("unitConcerns"); moreStack.currentItem.openFirst(); break
        case "sync": showPage("more"); openMore("sync"); break
        case "followup": showPage("more"); openMore("followup"); break
        case "followupCharts": showPage("followup"); moreStack.currentItem.showCharts(); break
        case "followupExport": showPage("followup"); moreStack.currentItem.showExport(); break
        case "settings": showPage("more"); openMore("settings"); break
        case "kioskContent": showPage("more"); openMore("kioskContent"); break
        case "kioskCard": showPage("kioskContent"); moreStack.currentItem.openFirst(); break
        case "kioskCardPreview": showPage("kioskContent"); moreStack.currentItem.openFirstEmergency(); moreStack.currentItem.showPreview(); break
        case "kioskHelplines": showPage("kioskContent"); moreStack.currentItem.showHelplines(); break
        case "kioskHelplineEdit": showPage("kioskContent"); moreStack.currentItem.openFirstHelpline(); break
        case "conflicts": showPage("sync"); moreStack.currentItem.openConflicts(); break
        case "refused": showPage("sync"); moreStack.currentItem.openRefused(); break
        case "search": tabs.currentIndex = 3; searchPage.query = "mamma" // a word in the demo notes; break
        }
    }

    // The pages of the "Mer" section, in the order its list shows them.
    readonly property var morePages: [
        { name: "tasks", title: qsTr("Uppgifter"), detail: qsTr("Dina öppna uppgifter, som orosanmälningar att registrera"), page: tasksPage },
        { name: "sync", title: qsTr("Synk"), detail: qsTr("Status, konflikter och koppling till servern"), page: syncPage },
        { name: "followup", title: qsTr("Uppföljning"), detail: qsTr("Siffror och diagram för en period, som PDF eller CSV"), page: followupPage },
        { name: "kioskContent", title: qsTr("Kioskinnehåll"), detail: qsTr("Kort och hjälplinjer i väntrummets kiosk"), page: kioskContentPage },
        { name: "settings", title: qsTr("Inställningar"), detail: qsTr("Språk, lås och synk på mobildata"), page: settingsPage }
    ]
    function openMore(name) {
        for (const entry of morePages) {
            if (entry.name === name) {
                moreStack.pop(null)
                moreStack.push(entry.page)
                return
            }
        }
    }

    header: ToolBar {
        Material.foreground: "white"
        height: Theme.touch
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            ToolButton {
                visible: stack.currentItem && stack.currentItem.depth > 1
                text: "‹"
                font.pixelSize: 28
                Accessible.name: qsTr("Tillbaka")
                onClicked: stack.currentItem.pop()
            }
            Label {
                Layout.fillWidth: true
                text: Workspace.unitName
                font.pixelSize: Theme.titleSize - 2
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            ToolButton {
                text: qsTr("Synkar …")
                visible: SyncController.busy
                font.pixelSize: Theme.smallSize
                onClicked: window.showPage("sync")
            }
            Label {
                visible: Workspace.demo && window.width > 700
                text: qsTr("Demo – påhittade uppgifter")
                font.pixelSize: Theme.smallSize
            }
        }
    }

    footer: TabBar {
        id: tabs
        TabButton { text: qsTr("I dag"); height: Theme.touch; font: window.tabFont }
        TabButton { text: qsTr("Familjer"); height: Theme.touch; font: window.tabFont }
        TabButton { text: qsTr("Grupper"); height: Theme.touch; font: window.tabFont }
        TabButton { text: qsTr("Sök"); height: Theme.touch; font: window.tabFont }
        TabButton { text: qsTr("Mer"); height: Theme.touch; font: window.tabFont }
    }

    StackLayout {
        id: stack
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        property Item currentItem: children[currentIndex]

        StackView {
            id: todayStack
            initialItem: TodayPage {}
        }
        StackView {
            id: familiesStack
            initialItem: FamiliesPage { onOpened: (id, name) => familiesStack.push(familyPage, {familyId: id, familyName: name}) }
        }
        StackView {
            id: groupsStack
            initialItem: GroupsPage { onOpened: (id, name) => groupsStack.push(groupPage, {groupId: id, groupName: name}) }
        }
        SearchPage { id: searchPage; property int depth: 1 }
        StackView {
            id: moreStack
            initialItem: MorePage {
                entries: window.morePages
                onOpened: name => window.openMore(name)
            }
        }
    }

    Component { id: familyPage; FamilyPage {} }
    Component { id: familyEditPage; FamilyEditPage {} }
    Component { id: groupPage; GroupPage {} }
    Component { id: tasksPage; TasksPage {} }
    Component { id: syncPage; SyncPage {} }
    Component { id: followupPage; FollowupPage {} }
    Component { id: settingsPage; SettingsPage {} }
    Component {
        id: kioskContentPage
        KioskContentPage {
            onCardOpened: id => moreStack.push(kioskCardPage, { cardId: id })
            onHelplineOpened: id => moreStack.push(helplineEditPage, { lineId: id })
        }
    }
    Component { id: kioskCardPage; KioskCardPage {} }
    Component { id: helplineEditPage; HelplineEditPage { onSaved: moreStack.pop() } }

    // Locked (idle, or sent to the background): nothing of the store shows until unlocked.
    Rectangle {
        anchors.fill: parent
        parent: Overlay.overlay
        visible: Lock.locked
        color: Theme.surface
        z: 1000
        MouseArea { anchors.fill: parent } // nothing underneath can be touched
        UnlockForm {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.margin, 520)
        }
    }
}
