import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// For managers: the unit's conversation models (the three Lykta ships and the unit's own),
// each with its version. Opening one edits its steps; a save is its next version.
Page {
    id: page
    signal opened(string templateId)
    background: null

    // The self-test opens the first model (BRA-samtal in the demo).
    function openFirst() {
        if (list.count > 0)
            list.itemAtIndex(0).clicked()
    }

    TemplateListModel {
        id: templates
        workspace: Workspace
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        GridLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            columns: heading.implicitWidth + newButton.implicitWidth + columnSpacing <= width ? 2 : 1
            columnSpacing: Theme.spacing
            Label {
                id: heading
                Layout.fillWidth: true
                text: qsTr("Samtalsmallar")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Button {
                id: newButton
                objectName: "templateNew"
                text: qsTr("Ny mall")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: page.opened("")
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            text: qsTr("En ändrad mall sparas som en ny version. Serier som redan pågår fortsätter med den version de startade med.")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            objectName: "templateList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: templates
            delegate: ListRow {
                required property string templateId
                required property string name
                required property string ages
                required property int steps
                required property int version
                required property bool isOwn
                objectName: "template_" + name
                title: name
                detail: [qsTr("%n steg", "", steps), ages, isOwn ? qsTr("enhetens egen") : qsTr("följer med Lykta")].join(" · ")
                badge: qsTr("version %1").arg(version)
                onClicked: page.opened(templateId)
            }
            EmptyState {
                visible: list.count === 0
                message: qsTr("Inga samtalsmallar än. Skapa enhetens första med Ny mall.")
            }
        }
    }
}
