import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// One group session: the leaders' note about it, attendance with one tap per child, each
// child's mood at the start and the end, and a short note per child who was there.
Page {
    id: page
    required property string groupId
    required property string sessionId
    required property string sessionTitle
    background: null

    // The self-test opens the note of the first child who was there.
    function openFirstNote() {
        for (let i = 0; i < members.count; ++i) {
            const card = members.itemAt(i)
            if (card.present) {
                card.noteOpen = true
                page.scrollTarget = card // scrolled to once the note has laid out
                return
            }
        }
    }

    // Opened from a search hit (Main.openHit): the note about the session, or the note about
    // one child opened, scrolled to.
    property var match: null
    Component.onCompleted: Qt.callLater(showMatch)
    function showMatch() {
        if (!match)
            return
        for (let i = 0; i < members.count; ++i) {
            const card = members.itemAt(i)
            if (card.memberId === match.memberId) {
                card.noteOpen = true
                page.scrollTarget = card
                return
            }
        }
        page.scrollTarget = sessionNote
    }

    // Set by the self-test hook and by a search hit above.
    property Item scrollTarget: null
    Connections {
        target: scroll.contentItem
        enabled: page.scrollTarget !== null
        function onContentHeightChanged() {
            const view = scroll.contentItem
            view.contentY = Math.max(0, Math.min(page.scrollTarget.y,
                                                 view.contentHeight - view.height))
        }
    }

    SessionEditor {
        id: editor
        workspace: Workspace
        sessionId: page.sessionId
    }

    AttendanceModel {
        id: attendance
        workspace: Workspace
        groupId: page.groupId
        sessionId: page.sessionId
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        Column {
            id: content
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
            x: Theme.margin
            spacing: Theme.spacing

            Item { width: 1; height: Theme.margin - Theme.spacing }
            Label {
                width: parent.width
                text: editor.title.length > 0 ? editor.title : page.sessionTitle
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                text: editor.when
                color: Theme.muted
                font.strikeout: editor.cancelled
            }
            Label {
                width: parent.width
                visible: editor.cancelled
                text: qsTr("Inställd: träffen tar ingen närvaro och räknas inte i närvaron.")
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Flow {
                width: parent.width
                visible: !editor.cancelled
                spacing: Theme.spacing
                Button {
                    text: qsTr("Flytta eller byt tema")
                    implicitHeight: Theme.touch
                    onClicked: sessionEdit.open()
                }
                Button {
                    text: qsTr("Ställ in träffen")
                    implicitHeight: Theme.touch
                    onClicked: cancelConfirm.open()
                }
            }
            Label {
                width: parent.width
                visible: editor.errorText.length > 0 && !sessionEdit.visible
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                visible: !editor.cancelled
                text: qsTr("%1 av %2 närvarande").arg(attendance.presentCount).arg(attendance.count)
                color: Theme.muted
            }
            Label {
                width: parent.width
                visible: attendance.errorText.length > 0
                text: attendance.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }

            Frame {
                id: sessionNote
                width: parent.width
                NoteSection {
                    width: parent.width
                    sessionId: page.sessionId
                    label: qsTr("Anteckning om träffen")
                }
            }

            Label {
                width: parent.width
                topPadding: Theme.spacing
                text: qsTr("Deltagare")
                font.pixelSize: Theme.bodySize
                color: Theme.muted
            }
            Label {
                width: parent.width
                visible: attendance.count === 0
                text: qsTr("Gruppen har inga deltagare än.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Repeater {
                id: members
                model: editor.cancelled ? 0 : attendance
                delegate: Frame {
                    id: member
                    required property string memberId
                    required property string alias
                    required property int age
                    required property bool present
                    required property int startMood
                    required property int endMood
                    required property int noteState // 0 none, 1 draft, 2 signed
                    property bool noteOpen: false
                    // Not parent.width: the Repeater makes a card before it parents it, and a
                    // reload of the attendance makes them anew.
                    width: content.width
                    Column {
                        width: parent.width
                        spacing: 4
                        RowLayout {
                            width: parent.width
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1, %n år", "", member.age).arg(member.alias)
                                font.pixelSize: Theme.bodySize + 1
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                            }
                            Switch {
                                implicitHeight: Theme.touch
                                text: qsTr("Närvarande")
                                checked: member.present
                                Accessible.name: qsTr("%1 närvarande").arg(member.alias)
                                onToggled: attendance.setPresent(member.memberId, checked)
                            }
                        }
                        Flow {
                            width: parent.width
                            visible: member.present
                            spacing: Theme.spacing
                            MoodPicker {
                                label: qsTr("Början")
                                mood: member.startMood
                                onPicked: mood => attendance.setMood(member.memberId, mood, member.endMood)
                            }
                            MoodPicker {
                                label: qsTr("Slutet")
                                mood: member.endMood
                                enabled: member.startMood > 0
                                onPicked: mood => attendance.setMood(member.memberId, member.startMood, mood)
                            }
                        }
                        Button {
                            visible: member.present
                            flat: true
                            implicitHeight: Theme.touch
                            readonly property string state: member.noteState === 1 ? qsTr("utkast")
                                                          : member.noteState === 2 ? qsTr("signerad") : ""
                            text: member.noteOpen ? qsTr("Dölj anteckning")
                                  : state.length > 0 ? qsTr("Anteckning (%1)").arg(state)
                                  : qsTr("Anteckning")
                            Accessible.name: member.noteOpen
                                             ? qsTr("Dölj anteckning om %1").arg(member.alias)
                                             : state.length > 0
                                               ? qsTr("Anteckning om %1 (%2)").arg(member.alias).arg(state)
                                               : qsTr("Anteckning om %1").arg(member.alias)
                            onClicked: member.noteOpen = !member.noteOpen
                        }
                        Loader {
                            width: parent.width
                            active: member.present && member.noteOpen
                            visible: active
                            sourceComponent: NoteSection {
                                sessionId: page.sessionId
                                memberId: member.memberId
                                label: qsTr("Anteckning om %1").arg(member.alias)
                            }
                        }
                    }
                }
            }
            Item { width: 1; height: Theme.margin }
        }
    }

    Dialog {
        id: sessionEdit
        title: qsTr("Flytta eller byt tema")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        footer: DialogButtonBox {
            standardButtons: DialogButtonBox.Cancel
            Button {
                text: qsTr("Spara")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: {
                    // A saved move reloads the editor from the store: the typed theme is set
                    // again after it, or the rename would write the old one.
                    const theme = editTheme.text
                    editor.date = editDate.text
                    editor.time = editTime.text
                    if (!editor.move())
                        return
                    editor.theme = theme
                    if (editor.rename())
                        sessionEdit.close()
                }
            }
        }
        onAboutToShow: {
            editDate.text = editor.date
            editTime.text = editor.time
            editTheme.text = editor.theme
        }
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            FormField {
                id: editDate
                label: qsTr("Datum (ÅÅÅÅ-MM-DD)")
                inputMethodHints: Qt.ImhDate
                error: editor.fieldErrors["date"] || ""
            }
            FormField {
                id: editTime
                label: qsTr("Tid (TT:MM)")
                inputMethodHints: Qt.ImhTime
                error: editor.fieldErrors["time"] || ""
            }
            FormField {
                id: editTheme
                label: qsTr("Tema")
                error: editor.fieldErrors["theme"] || ""
            }
        }
    }

    Dialog {
        id: cancelConfirm
        title: qsTr("Ställ in träffen?")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        standardButtons: Dialog.Yes | Dialog.No
        Column {
            width: cancelConfirm.availableWidth
            Label {
                width: parent.width
                text: qsTr("Träffen står kvar i listan som inställd. Den tar ingen närvaro och räknas inte i närvaron.")
                wrapMode: Text.Wrap
            }
        }
        onAccepted: editor.cancel()
    }
}
