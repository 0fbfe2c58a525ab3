import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// One support group: its details and places, and its planned sessions and attendance.
Page {
    id: page
    required property string groupId
    required property string groupName
    // Opened from a search hit (Main.openHit): the name that matched is the page's title.
    property var match: null
    // The self-test shows the filter in use.
    function filterWith(text) { noteFilter.text = text }
    background: null

    // The self-test opens the first session, and the questionnaires.
    function openFirst() {
        if (sessions.count > 0)
            list.itemAtIndex(0).clicked()
    }
    // The self-test shows the planning form with a theme list and its preview.
    function openPlanner() {
        programme.addSuggestions()
        programme.time = "16:30"
        programme.updatePreview()
        planner.open()
    }
    function openQuestionnaires() {
        page.StackView.view.push(questionnairePage, {groupId: page.groupId, groupName: page.groupName})
    }
    function openDetails() {
        page.StackView.view.push(groupEditPage, {groupId: page.groupId})
    }
    function openMembers() {
        page.StackView.view.push(membersPage, {groupId: page.groupId, groupName: details.name})
    }

    // The group's details and places, shown in the header.
    GroupEditor {
        id: details
        workspace: Workspace
        groupId: page.groupId
    }
    GroupMemberModel {
        id: members
        workspace: Workspace
        groupId: page.groupId
    }

    SessionListModel {
        id: sessions
        workspace: Workspace
        groupId: page.groupId
        filter: noteFilter.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: details.name || page.groupName
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            text: [details.programme, qsTr("%1–%2 år").arg(details.minAge).arg(details.maxAge),
                   details.statusLabel(details.status),
                   details.anonymous ? qsTr("Anonym") : qsTr("Identifierad")]
                  .filter(t => t.length > 0).join(" · ")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            text: [qsTr("Start %1").arg(details.startDate), details.place,
                   details.leaderNames.length > 0 ? qsTr("Ledare: %1").arg(details.leaderNames) : ""]
                  .filter(t => t.length > 0).join(" · ")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 av %2 platser").arg(members.placesTaken).arg(members.capacity)
                  + (members.full ? " · " + qsTr("Gruppen är full") : "")
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            spacing: Theme.spacing
            Button {
                text: qsTr("Deltagare")
                implicitHeight: Theme.touch
                onClicked: page.openMembers()
            }
            Button {
                text: qsTr("Ändra")
                implicitHeight: Theme.touch
                onClicked: page.openDetails()
            }
            Button {
                text: qsTr("Skattningar")
                implicitHeight: Theme.touch
                onClicked: page.openQuestionnaires()
            }
        }
        HeaderRow {
            label: qsTr("Träffar")
            actionText: qsTr("Planera träffar")
            onTriggered: planner.open()
        }
        TextField {
            id: noteFilter
            objectName: "noteFilter"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            Layout.preferredHeight: Theme.touch
            visible: list.count > 0 || text.length > 0
            placeholderText: qsTr("Filtrera träffarna på anteckningarna")
            Accessible.name: qsTr("Filtrera träffarna på anteckningarna")
            inputMethodHints: Qt.ImhNoPredictiveText
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: sessions
            delegate: ListRow {
                required property string sessionId
                required property int number
                required property string date
                required property string theme
                required property int present
                required property string time
                required property bool cancelled
                title: cancelled ? qsTr("Träff %1: %2 (inställd)").arg(number).arg(theme)
                                 : qsTr("Träff %1: %2").arg(number).arg(theme)
                detail: time.length > 0 ? date + " " + time : date
                badge: cancelled ? qsTr("Inställd")
                                 : present > 0 ? qsTr("%n närvarande", "", present) : ""
                onClicked: page.StackView.view.push(sessionPage, {
                    groupId: page.groupId, sessionId: sessionId,
                    sessionTitle: qsTr("Träff %1: %2").arg(number).arg(theme) })
            }
            EmptyState {
                visible: list.count === 0
                message: noteFilter.text.length > 0 ? qsTr("Inga träffar med anteckningar med de orden.")
                                                    : qsTr("Inga träffar planerade.")
            }
        }
    }

    ProgrammePlanner {
        id: programme
        workspace: Workspace
        groupId: page.groupId
    }

    // The whole programme in one go: weekly on a weekday and time, N sessions, one theme per
    // session from the group's own list; the dates and themes are shown before confirming.
    Dialog {
        id: planner
        title: qsTr("Planera träffar")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 560)
        height: Math.min(parent.height - 2 * Theme.margin, 760)
        // A fixed height left the style's background behind the header only.
        background: Rectangle { color: Theme.card; radius: 4 }
        footer: DialogButtonBox {
            standardButtons: DialogButtonBox.Cancel
            Button {
                // Swedish is the source language and has no plural forms file: one and many apart.
                text: programme.preview.length === 0 ? qsTr("Visa förhandsvisning")
                      : programme.preview.length === 1 ? qsTr("Planera 1 träff")
                      : qsTr("Planera %1 träffar").arg(programme.preview.length)
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: {
                    programme.from = fromField.text
                    programme.time = timeField.text
                    programme.count = countBox.value
                    programme.weekday = weekdayBox.currentIndex + 1
                    if (programme.preview.length === 0)
                        programme.updatePreview()
                    else if (programme.confirm())
                        planner.close()
                }
            }
        }
        onAboutToShow: {
            fromField.text = programme.from
            timeField.text = programme.time
            weekdayBox.currentIndex = programme.weekday - 1
            countBox.value = programme.count
        }
        ScrollView {
            id: planScroll
            anchors.fill: parent
            contentWidth: availableWidth
            ColumnLayout {
                width: planScroll.availableWidth
                spacing: Theme.spacing
                FormField {
                    id: fromField
                    label: qsTr("Från datum (ÅÅÅÅ-MM-DD)")
                    inputMethodHints: Qt.ImhDate
                    error: programme.fieldErrors["from"] || programme.fieldErrors["date"] || ""
                    onEditingFinished: programme.from = text
                }
                Label { text: qsTr("Veckodag"); font.pixelSize: Theme.smallSize }
                ComboBox {
                    id: weekdayBox
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    model: programme.weekdayNames
                    Accessible.name: qsTr("Veckodag")
                    onActivated: programme.weekday = currentIndex + 1
                }
                FormField {
                    id: timeField
                    label: qsTr("Tid (TT:MM)")
                    inputMethodHints: Qt.ImhTime
                    error: programme.fieldErrors["time"] || ""
                    onEditingFinished: programme.time = text
                }
                Label { text: qsTr("Antal träffar (1–52)"); font.pixelSize: Theme.smallSize }
                SpinBox {
                    id: countBox
                    from: 1
                    to: 52
                    implicitHeight: Theme.touch
                    Accessible.name: qsTr("Antal träffar")
                    onValueModified: programme.count = value
                }
                Label {
                    Layout.fillWidth: true
                    visible: (programme.fieldErrors["count"] || "").length > 0
                    text: programme.fieldErrors["count"] || ""
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
                Label {
                    text: qsTr("Teman i ordning, ett per träff")
                    font.pixelSize: Theme.smallSize
                }
                Repeater {
                    model: programme.themes
                    delegate: RowLayout {
                        id: themeRow
                        required property int index
                        required property string modelData
                        Layout.fillWidth: true
                        spacing: 4
                        TextField {
                            Layout.fillWidth: true
                            implicitHeight: Theme.touch
                            text: themeRow.modelData
                            Accessible.name: qsTr("Tema %1").arg(themeRow.index + 1)
                            onEditingFinished: if (text !== themeRow.modelData) programme.renameTheme(themeRow.index, text)
                        }
                        ToolButton {
                            text: "↑"
                            implicitWidth: Theme.touch; implicitHeight: Theme.touch
                            enabled: themeRow.index > 0
                            Accessible.name: qsTr("Flytta upp %1").arg(themeRow.modelData)
                            onClicked: programme.moveTheme(themeRow.index, themeRow.index - 1)
                        }
                        ToolButton {
                            text: "↓"
                            implicitWidth: Theme.touch; implicitHeight: Theme.touch
                            enabled: themeRow.index < programme.themes.length - 1
                            Accessible.name: qsTr("Flytta ner %1").arg(themeRow.modelData)
                            onClicked: programme.moveTheme(themeRow.index, themeRow.index + 1)
                        }
                        ToolButton {
                            text: "✕"
                            implicitWidth: Theme.touch; implicitHeight: Theme.touch
                            Accessible.name: qsTr("Ta bort %1").arg(themeRow.modelData)
                            onClicked: programme.removeTheme(themeRow.index)
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: newTheme
                        Layout.fillWidth: true
                        implicitHeight: Theme.touch
                        placeholderText: qsTr("Nytt tema")
                        Accessible.name: qsTr("Nytt tema")
                        onAccepted: addTheme.clicked()
                    }
                    Button {
                        id: addTheme
                        text: qsTr("Lägg till")
                        implicitHeight: Theme.touch
                        onClicked: if (programme.addTheme(newTheme.text)) newTheme.text = ""
                    }
                }
                Button {
                    visible: programme.themes.length === 0
                    text: qsTr("Börja med förslag")
                    flat: true
                    implicitHeight: Theme.touch
                    onClicked: programme.addSuggestions()
                }
                Label {
                    Layout.fillWidth: true
                    visible: (programme.fieldErrors["themes"] || "").length > 0
                    text: programme.fieldErrors["themes"] || ""
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: programme.preview.length > 0
                    text: qsTr("Förhandsvisning")
                    font.weight: Font.DemiBold
                }
                Repeater {
                    model: programme.preview
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        text: modelData
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: programme.errorText.length > 0
                    text: programme.errorText
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    Component { id: sessionPage; SessionPage {} }
    Component { id: questionnairePage; QuestionnairePage {} }
    Component { id: groupEditPage; GroupEditPage { onSaved: page.StackView.view.pop() } }
    Component { id: membersPage; GroupMembersPage {} }
}
