import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// The family page's guardians: those in the family, then the former ones under their own
// heading. Each opens its form; the heading's action adds one.
ColumnLayout {
    id: section
    required property string familyId
    signal addRequested()
    signal openRequested(string guardianId)

    Layout.fillWidth: true
    Layout.maximumWidth: Theme.maxContentWidth
    spacing: 0

    // The self-test opens the first former guardian, or else the first.
    function openFirst() {
        for (let i = 0; i < rows.count; ++i) {
            if (rows.itemAt(i).isFirstFormer) {
                rows.itemAt(i).open()
                return
            }
        }
        if (rows.count > 0)
            rows.itemAt(0).open()
    }

    GuardianListModel {
        id: guardians
        workspace: Workspace
        familyId: section.familyId
    }

    HeaderRow {
        label: qsTr("Vårdnadshavare och föräldrar")
        actionText: qsTr("Lägg till vuxen")
        onTriggered: section.addRequested()
    }
    Label {
        Layout.fillWidth: true
        visible: guardians.count === 0
        text: qsTr("Inga vuxna registrerade i familjen.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Repeater {
        id: rows
        model: guardians
        delegate: ColumnLayout {
            id: entry
            required property string guardianId
            required property string name
            required property string relation
            required property string detail
            required property bool former
            required property bool firstFormer
            readonly property bool isFirstFormer: firstFormer
            function open() { section.openRequested(guardianId) }
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: entry.firstFormer
                text: qsTr("Tidigare i familjen")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            ListRow {
                Layout.fillWidth: true
                title: entry.name
                detail: entry.detail
                badge: entry.relation
                badgeColor: entry.former ? Theme.muted : Theme.accent
                opacity: entry.former ? 0.75 : 1
                onClicked: entry.open()
            }
        }
    }
}
