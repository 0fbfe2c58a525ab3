import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// One group session: attendance with one tap per child, and each child's mood at the start
// and the end of the session.
Page {
    id: page
    required property string groupId
    required property string sessionId
    required property string sessionTitle
    background: null

    AttendanceModel {
        id: attendance
        workspace: Workspace
        groupId: page.groupId
        sessionId: page.sessionId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: page.sessionTitle
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 av %2 närvarande").arg(attendance.presentCount).arg(attendance.count)
            color: Theme.muted
        }
        Label {
            Layout.fillWidth: true
            visible: attendance.errorText.length > 0
            text: attendance.errorText
            color: Theme.error
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            spacing: Theme.spacing
            model: attendance
            delegate: Frame {
                id: member
                required property string memberId
                required property string alias
                required property int age
                required property bool present
                required property int startMood
                required property int endMood
                width: ListView.view.width
                ColumnLayout {
                    width: parent.width
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
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
                        Layout.fillWidth: true
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
                }
            }
            EmptyState {
                visible: list.count === 0
                message: qsTr("Gruppen har inga deltagare än.")
            }
        }
    }
}
