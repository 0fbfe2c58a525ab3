import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// For managers: the unit's staff with name, title and role. A manager corrects a colleague's
// name or title; the role is set on the server and only shown here.
Page {
    id: page
    background: null

    // The self-test opens the first colleague's form.
    function openFirst() {
        if (list.count > 0)
            list.itemAtIndex(0).clicked()
    }

    StaffListModel {
        id: staff
        workspace: Workspace
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Personal")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            text: staff.canEdit ? qsTr("Namn och titel syns vid allt som var och en skriver. Roller sätts av den som administrerar servern.")
                                : qsTr("Bara en chef kan ändra namn och titlar.")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            objectName: "staffList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: staff
            delegate: ListRow {
                // `model`, not required roles: ListRow has a title of its own.
                required property var model
                objectName: "staff_" + model.name
                title: model.isMe ? qsTr("%1 (du)").arg(model.name) : model.name
                detail: [model.title.length > 0 ? model.title : qsTr("Ingen titel"), model.roleText].join(" · ")
                enabled: staff.canEdit
                onClicked: {
                    editDialog.staffId = model.staffId
                    nameField.text = model.name
                    titleField.text = model.title
                    editDialog.role = model.roleText
                    editDialog.open()
                }
            }
            EmptyState {
                visible: list.count === 0
                message: qsTr("Ingen personal än. Personalen kommer från servern när surfplattan synkar.")
            }
        }
    }

    Dialog {
        id: editDialog
        property string staffId
        property string role
        title: qsTr("Namn och titel")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 480)
        // A refusal shows only for the person it was about.
        property bool tried: false
        onOpened: tried = false
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            FormField {
                id: nameField
                objectName: "staffName"
                label: qsTr("Namn")
            }
            FormField {
                id: titleField
                objectName: "staffTitle"
                label: qsTr("Titel")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Roll: %1 (sätts på servern)").arg(editDialog.role)
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                objectName: "staffError"
                visible: editDialog.tried && staff.errorText.length > 0
                text: staff.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    objectName: "staffSave"
                    text: qsTr("Spara")
                    highlighted: true
                    implicitHeight: Theme.touch
                    // Closed only on success: a refused name stays to be fixed.
                    onClicked: {
                        editDialog.tried = true
                        if (staff.save(editDialog.staffId, nameField.text, titleField.text))
                            editDialog.close()
                    }
                }
                Button {
                    text: qsTr("Avbryt")
                    implicitHeight: Theme.touch
                    onClicked: editDialog.close()
                }
            }
        }
    }
}
