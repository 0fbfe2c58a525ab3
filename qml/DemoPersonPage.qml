import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// The demo only: who Lykta is tried as. The fictional unit has an anhörigkonsulent (who also
// writes the kiosk's content), a kurator and a manager; choosing one shows Lykta as that
// person sees it, the manager's pages under "Mer" included. A real, enrolled tablet is
// always its own staff member and never shows this page.
Page {
    id: page
    background: null
    // Emitted after a switch, so "Mer" can show the list as the new person sees it.
    signal switched()

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
            text: qsTr("Prova som")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            text: qsTr("Demoenhetens personal är påhittad. Välj vem du vill prova Lykta som: en chef ser också samtalsmallar, KVÅ-koder, personal och enhetens orosanmälningar. När appen startas om provar du som Maja igen.")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            objectName: "demoPeople"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: staff
            delegate: ListRow {
                required property var model
                objectName: "demoPerson_" + model.name
                title: model.isMe ? qsTr("%1 (du nu)").arg(model.name) : model.name
                detail: [model.title.length > 0 ? model.title : qsTr("Ingen titel"), model.roleText].join(" · ")
                onClicked: {
                    if (!model.isMe && Workspace.actAsDemoPerson(model.staffId))
                        page.switched()
                }
            }
        }
    }
}
