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
    title: Workspace.demo ? qsTr("Lykta – demo med påhittade uppgifter") : qsTr("Lykta")
    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    color: Theme.surface
    // One capitalisation for every button and tab, set once here: sentence case as written
    // (Material would put buttons in capitals). Every control inherits the window's font.
    font.capitalization: Font.MixedCase
    // Five sections must fit a phone's width: a little smaller when narrow.
    readonly property int tabFontSize: width < 600 ? 13 : 15
    readonly property StackView familiesStack: familiesSection.stack
    readonly property StackView groupsStack: groupsSection.stack

    // Used by `lykta --self-test`: every page, by name, in the order they are shown.
    function pageNames() {
        return [
            "today",
            "families",
            "familiesClosed",
            "familyEdit",
            "leaveDialog",
            "draftRestored",
            "family",
            "familyNoteFilter",
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
            "groupNoteFilter",
            "programmePlan",
            "groupEdit",
            "groupMembers",
            "session",
            "childNote",
            "questionnaires",
            "search",
            "searchFilters",
            "searchHit",
            "more",
            "managerMore",
            "demoPerson",
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
            "kioskDrafts",
            "kioskDraftCard",
            "kioskDraftApprove",
            "kioskHelplineDraft",
            "kioskIdleTimes",
            "templates",
            "templateEdit",
            "templateNew",
            "kvaCodes",
            "kvaImport",
            "kvaImportPreview",
            "staff",
            "staffEdit",
            "tablets",
            "settings",
            "conflicts",
            "refused",
            "firstStart",
            "firstStartError"
        ]
    }
    // The self-test's way to a page: in the demo, the manager's pages are shown as the unit's
    // manager (Lena), as a manager would see them, and every other page as Maja.
    readonly property var managerTourPages: ["managerMore", "unitConcerns", "task", "templates",
        "templateEdit", "templateNew", "kvaCodes", "kvaImport", "kvaImportPreview", "staff",
        "staffEdit", "tablets"]
    function tourPage(name) {
        if (Workspace.demo)
            Workspace.actAsDemoPerson(managerTourPages.includes(name)
                                      ? Workspace.demoPersonWithRole("manager") : "")
        showPage(name)
    }
    function showPage(name) {
        firstStart.tourStage = ""
        switch (name) {
        case "today": tabs.currentIndex = 0; todayStack.pop(null); break
        case "families": tabs.currentIndex = 1; familiesSection.home(); familiesList.showClosed(false); break
        case "family": showPage("families"); familiesList.openFirst(); break
        case "familyEdit": showPage("families"); familiesStack.push(familyEditPage); break
        case "leaveDialog": showPage("familyEdit"); tourStep.then(() => {
                familiesStack.currentItem.typeName("Familjen Lund")
                leaveDialog.leaveThen(familiesSection, () => familiesSection.home())
            }); break
        case "draftRestored": showPage("familyEdit"); tourStep.then(() => {
                familiesStack.currentItem.typeName("Familjen Lund")
                LeaveGuard.keep(familiesSection) // "Spara som utkast"
                showPage("familyEdit")
            }); break
        case "caseNote": showPage("family"); familiesStack.currentItem.openFirstNote(); break
        case "caseNoteNew": showPage("family"); familiesStack.currentItem.openNewNote(); break
        case "familiesClosed": showPage("families"); familiesList.showClosed(true); break
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
        case "groups": tabs.currentIndex = 2; groupsSection.home(); break
        case "group": showPage("groups"); groupsList.openFirst(); break
        case "programmePlan": showPage("group"); groupsStack.currentItem.openPlanner(); break
        case "groupNew": showPage("groups"); groupsList.openNew(); break
        case "groupEdit": showPage("group"); groupsStack.currentItem.openDetails(); break
        case "groupMembers": showPage("group"); groupsStack.currentItem.openMembers(); break
        case "session": showPage("group"); groupsStack.currentItem.openFirst(); break
        case "childNote": showPage("session"); groupsStack.currentItem.openFirstNote(); break
        case "questionnaires": showPage("group"); groupsStack.currentItem.openQuestionnaires(); break
        case "more": tabs.currentIndex = 4; moreStack.pop(null); break
        case "managerMore": showPage("more"); break
        case "demoPerson": showPage("more"); openMore("demoPerson"); break
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
        case "kioskDrafts": showPage("kioskContent"); moreStack.currentItem.showDrafts(); break
        case "kioskDraftCard": showPage("kioskContent"); moreStack.currentItem.openFirstDraft(); break
        case "kioskDraftApprove": showPage("kioskDraftCard"); moreStack.currentItem.askPublish(); break
        case "kioskHelplineDraft": showPage("kioskHelplineEdit"); moreStack.currentItem.showTextIn("ar"); break
        case "kioskIdleTimes": showPage("kioskContent"); moreStack.currentItem.showIdleTimes(); break
        case "templates": showPage("more"); openMore("templates"); break
        case "templateEdit": showPage("templates"); moreStack.currentItem.openFirst(); break
        case "templateNew": showPage("templates"); moreStack.push(templateEditPage, { templateId: "" }); break
        case "kvaCodes": showPage("more"); openMore("kvaCodes"); break
        case "kvaImport": showPage("kvaCodes"); moreStack.push(kvaImportPage); break
        case "kvaImportPreview": showPage("kvaImport"); moreStack.currentItem.useExample(); moreStack.currentItem.showPreview(); break
        case "staff": showPage("more"); openMore("staff"); break
        case "staffEdit": showPage("staff"); moreStack.currentItem.openFirst(); break
        case "tablets": showPage("more"); openMore("tablets"); break
        case "conflicts": showPage("sync"); moreStack.currentItem.openConflicts(); break
        case "refused": showPage("sync"); moreStack.currentItem.openRefused(); break
        // "mamma" is a word in the demo notes.
        case "search": tabs.currentIndex = 3; searchSection.home(); searchPage.clearFilters(); searchPage.query = "mamma"; break
        case "searchFilters": showPage("search"); searchPage.showFilters(); break
        case "searchHit": showPage("search"); searchPage.openFirstWhenFound(); break
        case "familyNoteFilter": showPage("family"); familiesStack.currentItem.filterWith("alice"); break
        case "groupNoteFilter": showPage("group"); groupsStack.currentItem.filterWith("stämningen"); break
        case "firstStart": firstStart.tourStage = "empty"; break
        case "firstStartError": firstStart.tourStage = "error"; break
        }
    }

    // The self-test's second step on a page, once the form has started: a FormDraft takes what
    // a form opened with on the next turn of the event loop, and a person types after that.
    Timer {
        id: tourStep
        property var action: null
        interval: 10
        function then(f) { action = f; start() }
        onTriggered: { const f = action; action = null; if (f) f() }
    }

    // Opens a search hit: `page` names the page that shows the record (conversation, caseNote,
    // session, child, family, group), `args` are its properties, and the page shows the match
    // (the field and where in it) once its record is loaded. Every hit opens through here.
    function openHit(page, args, matchField, matchOffset, matchLength) {
        const pages = { conversation: hitConversationPage, caseNote: hitCaseNotePage,
                        session: hitSessionPage, child: hitChildPage, family: familyPage,
                        group: groupPage }
        if (!pages[page])
            return
        const properties = Object.assign({}, args)
        properties.match = { field: matchField, offset: matchOffset, length: matchLength,
                             amendmentId: args.amendmentId || "", noteId: args.noteId || "",
                             memberId: args.memberId || "" }
        // Wide, beside the hits (asked first if a form there has unsaved changes); narrow,
        // over them.
        searchSection.open(pages[page], properties)
    }

    // The pages of the "Mer" section, in the order its list shows them.
    readonly property var morePages: [
        { name: "tasks", title: qsTr("Uppgifter"), detail: qsTr("Dina öppna uppgifter, som orosanmälningar att registrera"), page: tasksPage },
        { name: "sync", title: qsTr("Synk"), detail: qsTr("Status, konflikter och koppling till servern"), page: syncPage },
        { name: "followup", title: qsTr("Uppföljning"), detail: qsTr("Siffror och diagram för en period, som PDF eller CSV"), page: followupPage },
        { name: "kioskContent", title: qsTr("Kioskinnehåll"), detail: qsTr("Kort och hjälplinjer i väntrummets kiosk"), page: kioskContentPage },
        { name: "templates", title: qsTr("Samtalsmallar"), detail: qsTr("För chefer: enhetens samtalsmodeller, deras steg och versioner"), page: templatesPage, managerOnly: true },
        { name: "kvaCodes", title: qsTr("KVÅ-koder"), detail: qsTr("För chefer: importera kodlistor och koppla koder till samtalsmallar"), page: kvaCodesPage, managerOnly: true },
        { name: "staff", title: qsTr("Personal"), detail: qsTr("För chefer: enhetens personal med namn och titlar"), page: staffPage, managerOnly: true },
        { name: "tablets", title: qsTr("Surfplattor och personal"), detail: qsTr("För chefer: enhetens surfplattor, koder för nya, återkalla en surfplatta och avsluta den som slutar"), page: tabletsPage, managerOnly: true },
        { name: "settings", title: qsTr("Inställningar"), detail: qsTr("Språk, lås och synk på mobildata"), page: settingsPage },
        { name: "demoPerson", title: qsTr("Prova som"), detail: qsTr("Demo: se Lykta som enhetens chef, kurator eller anhörigkonsulent"), page: demoPersonPage, demoOnly: true }
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
                onClicked: leaveDialog.leaveThen(stack.currentItem, () => stack.currentItem.pop())
            }
            Label {
                // The unit's name whole: on two lines, smaller, before it is ever cut.
                Layout.fillWidth: true
                Layout.fillHeight: true
                // A unit's name reaches a device with its data; until then, who it is.
                text: Workspace.unitName || Workspace.staffName
                font.pixelSize: Theme.titleSize - 2
                font.weight: Font.DemiBold
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.smallSize - 2
                wrapMode: Text.Wrap
                maximumLineCount: 2
                verticalAlignment: Text.AlignVCenter
            }
            ToolButton {
                text: qsTr("Synkar …")
                visible: SyncController.busy
                font.pixelSize: Theme.smallSize
                onClicked: window.showPage("sync")
            }
            // Always in sight: nothing in the demo is about real people.
            Label {
                visible: Workspace.demo
                // Wide, also whom the demo is tried as (Mer → Prova som).
                text: window.width >= 1000 ? qsTr("Demo – påhittade uppgifter – som %1").arg(Workspace.staffName)
                      : window.width > 700 ? qsTr("Demo – påhittade uppgifter") : qsTr("Demo")
                font.pixelSize: Theme.smallSize
                font.weight: Font.DemiBold
                Accessible.name: qsTr("Demo – påhittade uppgifter")
            }
        }
    }

    footer: TabBar {
        id: tabs
        // The tab whose section is shown: another tab is shown only once its form is left.
        property int shownTab: 0
        onCurrentIndexChanged: {
            if (currentIndex === shownTab)
                return
            const to = currentIndex
            currentIndex = shownTab
            leaveDialog.leaveThen(stack.children[shownTab], () => { shownTab = to; currentIndex = to })
        }
        TabButton { text: qsTr("I dag"); height: Theme.touch; font.pixelSize: window.tabFontSize }
        TabButton { text: qsTr("Familjer"); height: Theme.touch; font.pixelSize: window.tabFontSize }
        TabButton { text: qsTr("Grupper"); height: Theme.touch; font.pixelSize: window.tabFontSize }
        TabButton { text: qsTr("Sök"); height: Theme.touch; font.pixelSize: window.tabFontSize }
        TabButton { text: qsTr("Mer"); height: Theme.touch; font.pixelSize: window.tabFontSize }
    }

    StackLayout {
        id: stack
        anchors.fill: parent
        currentIndex: tabs.shownTab
        property Item currentItem: children[currentIndex]
        // Hidden (not destroyed: an open form stays as it was) while locked, so that not even
        // a screen reader reaches what lies under the lock.
        visible: !Lock.locked

        StackView {
            id: todayStack
            initialItem: TodayPage {}
        }
        ListDetail {
            id: familiesSection
            leaveThen: (pages, action) => leaveDialog.leaveThen(pages, action)
            emptyText: qsTr("Välj en familj i listan.")
            FamiliesPage {
                id: familiesList
                anchors.fill: parent
                stack: familiesSection.stack
                onOpened: (id, name) => familiesSection.open(familyPage, {familyId: id, familyName: name})
            }
        }
        ListDetail {
            id: groupsSection
            leaveThen: (pages, action) => leaveDialog.leaveThen(pages, action)
            emptyText: qsTr("Välj en grupp i listan.")
            GroupsPage {
                id: groupsList
                anchors.fill: parent
                stack: groupsSection.stack
                onOpened: (id, name) => groupsSection.open(groupPage, {groupId: id, groupName: name})
            }
        }
        ListDetail {
            id: searchSection
            leaveThen: (pages, action) => leaveDialog.leaveThen(pages, action)
            emptyText: qsTr("Välj en träff i listan.")
            SearchPage {
                id: searchPage
                anchors.fill: parent
                onOpenHit: (page, args, field, offset, length) => window.openHit(page, args, field, offset, length)
            }
        }
        StackView {
            id: moreStack
            initialItem: MorePage {
                // The manager's pages show only to managers.
                entries: window.morePages.filter(e => (!e.managerOnly || Workspace.isManager)
                                                       && (!e.demoOnly || (Workspace.demo && !SyncController.enrolled)))
                onOpened: name => window.openMore(name)
            }
        }
    }

    Component { id: familyPage; FamilyPage {} }
    Component { id: familyEditPage; FamilyEditPage {} }
    Component { id: groupPage; GroupPage {} }
    Component { id: hitChildPage; ChildPage {} }
    Component { id: hitCaseNotePage; CaseNotePage {} }
    Component { id: hitSessionPage; SessionPage {} }
    Component { id: hitConversationPage; ConversationPage {} }
    Component { id: tasksPage; TasksPage {} }
    Component { id: syncPage; SyncPage {} }
    Component { id: followupPage; FollowupPage {} }
    Component { id: settingsPage; SettingsPage {} }
    // After a switch (which shows Today, as any change of person does) back to "Mer", where a
    // manager's pages now show.
    Component { id: demoPersonPage; DemoPersonPage { onSwitched: { moreStack.pop(null); tabs.currentIndex = 4 } } }
    Component {
        id: kioskContentPage
        KioskContentPage {
            onCardOpened: id => moreStack.push(kioskCardPage, { cardId: id })
            onHelplineOpened: id => moreStack.push(helplineEditPage, { lineId: id })
        }
    }
    Component { id: kioskCardPage; KioskCardPage {} }
    Component { id: helplineEditPage; HelplineEditPage { onSaved: moreStack.pop() } }
    Component {
        id: templatesPage
        TemplatesPage { onOpened: id => moreStack.push(templateEditPage, { templateId: id }) }
    }
    Component { id: templateEditPage; TemplateEditPage { onSaved: moreStack.pop() } }
    Component {
        id: kvaCodesPage
        KvaCodesPage { onImportOpened: moreStack.push(kvaImportPage) }
    }
    Component { id: kvaImportPage; KvaImportPage { onImported: moreStack.pop() } }
    Component { id: staffPage; StaffPage {} }
    Component { id: tabletsPage; TabletsPage {} }

    // Enrolled as someone else: no page of the one before stays open.
    Connections {
        target: Workspace
        function onActorChanged() {
            for (const view of [todayStack, moreStack])
                view.pop(null)
            searchSection.home()
            familiesSection.home()
            groupsSection.home()
            tabs.currentIndex = 0
        }
    }

    // Not the demo and not yet enrolled and synced: the first start, over everything (the
    // header and tabs included), until the device acts as a staff member the server knows.
    FirstStartPage {
        id: firstStart
        // The self-test's tour shows this page as it is (empty), refused and done.
        property string tourStage: ""
        parent: Overlay.overlay
        anchors.fill: parent
        z: 900
        visible: !form.ready || tourStage.length > 0
        onTourStageChanged: {
            form.address = tourStage === "error" ? "lykta.kommun se" : ""
            form.code = tourStage === "error" ? "ABCD2345-EFGH6789" : ""
            if (tourStage === "error")
                form.submit() // refused in place: the address has a space
        }
    }

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

    // Reported lost or stolen and erased: this, over everything (the lock too), for good.
    ErasedScreen {
        objectName: "erasedScreen"
        parent: Overlay.overlay
        anchors.fill: parent
        visible: SyncController.erased
        z: 1100
    }

    LeaveDialog { id: leaveDialog }
}
