import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// The unit's families, with a filter field. Closed cases show when "Visa avslutade" is on, or
// when a typed filter finds them; each is marked closed.
Page {
    id: page
    signal opened(string id, string name)
    // Where the pages opened from the list go: the section's ListDetail stack (Main.qml).
    required property StackView stack
    background: null

    // The self-test shows the closed cases too, and then the plain list again.
    function showClosed(on) { closedSwitch.checked = on }

    function openFirst() {
        if (families.count > 0)
            list.itemAtIndex(0).clicked()
    }

    FamilyListModel {
        id: families
        workspace: Workspace
        filter: filterField.text
        showClosed: closedSwitch.checked
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        HeaderRow {
            label: qsTr("Familjer")
            title: true
            actionText: qsTr("Ny familj")
            onTriggered: page.stack.push(familyEditPage)
        }
        TextField {
            id: filterField
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            Layout.preferredHeight: Theme.touch
            placeholderText: qsTr("Filtrera på namn")
            Accessible.name: placeholderText
        }
        Switch {
            id: closedSwitch
            Layout.maximumWidth: Theme.maxContentWidth
            implicitHeight: Theme.touch
            text: qsTr("Visa avslutade")
            Accessible.name: text
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: families
            delegate: ListRow {
                required property string familyId
                required property string name
                required property string problemType
                required property int childCount
                required property string closedOn
                title: name
                detail: closedOn.length > 0 ? qsTr("%n barn · avslutat %1", "", childCount).arg(closedOn)
                                            : qsTr("%n barn", "", childCount)
                badge: closedOn.length > 0 ? qsTr("Avslutat") : ""
                badgeColor: Theme.muted
                onClicked: page.opened(familyId, name)
            }
            BusyIndicator {
                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.margin
                running: families.busy && list.count === 0
                visible: running
                Accessible.name: qsTr("Hämtar familjerna …")
            }
            EmptyState {
                visible: list.count === 0 && !families.busy
                message: filterField.text.length > 0 ? qsTr("Ingen familj matchar filtret.")
                                                     : qsTr("Inga familjer ännu.")
            }
        }
    }

    Component {
        id: familyEditPage
        FamilyEditPage {
            onSaved: (id, name) => {
                page.stack.clear()
                page.opened(id, name)
            }
        }
    }
}
