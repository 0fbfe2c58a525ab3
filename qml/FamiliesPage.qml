import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// The unit's families, with a filter field.
Page {
    id: page
    signal opened(string id, string name)
    background: null

    function openFirst() {
        if (families.count > 0)
            list.itemAtIndex(0).clicked()
    }

    FamilyListModel {
        id: families
        workspace: Workspace
        filter: filterField.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        HeaderRow {
            label: qsTr("Familjer")
            title: true
            actionText: qsTr("Ny familj")
            onTriggered: page.StackView.view.push(familyEditPage)
        }
        TextField {
            id: filterField
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            Layout.preferredHeight: Theme.touch
            placeholderText: qsTr("Filtrera på namn")
            Accessible.name: placeholderText
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
                title: name
                detail: qsTr("%n barn", "", childCount)
                onClicked: page.opened(familyId, name)
            }
            EmptyState {
                visible: list.count === 0
                message: filterField.text.length > 0 ? qsTr("Ingen familj matchar filtret.")
                                                     : qsTr("Inga familjer ännu.")
            }
        }
    }

    Component {
        id: familyEditPage
        FamilyEditPage {
            onSaved: (id, name) => {
                page.StackView.view.pop(null)
                page.opened(id, name)
            }
        }
    }
}
