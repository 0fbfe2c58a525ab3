import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// For managers: the unit's imported KVÅ codes, which list versions are imported, and which
// conversation model each code belongs to. A conversation form offers the codes mapped to
// its series' model. Lykta ships no codes: they come in through Importera KVÅ-koder.
Page {
    id: page
    signal importOpened()
    background: null

    KvaCodeModel {
        id: codes
        workspace: Workspace
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        GridLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            columns: heading.implicitWidth + importButton.implicitWidth + columnSpacing <= width ? 2 : 1
            columnSpacing: Theme.spacing
            Label {
                id: heading
                Layout.fillWidth: true
                text: qsTr("KVÅ-koder")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Button {
                id: importButton
                objectName: "kvaOpenImport"
                visible: codes.canEdit
                text: qsTr("Importera KVÅ-koder")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: page.importOpened()
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            objectName: "kvaListVersions"
            text: codes.listVersions.length > 0
                  ? qsTr("Importerade listor: %1").arg(codes.listVersions.join(", "))
                  : qsTr("Ingen kodlista importerad än.")
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            visible: codes.count > 0
            text: qsTr("Koppla varje kod till den samtalsmall den hör till. Samtalsformuläret erbjuder sedan de kopplade koderna.")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            objectName: "kvaMapError"
            visible: codes.errorText.length > 0
            text: codes.errorText
            color: Theme.error
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            objectName: "kvaCodeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            spacing: 4
            model: codes
            delegate: Frame {
                id: codeRow
                required property string codeId
                required property string code
                required property string title
                required property string listVersion
                required property int kindIndex
                required property bool retired
                width: ListView.view.width
                objectName: "kvaCode_" + code

                GridLayout {
                    width: parent.width
                    columns: list.width > 640 ? 2 : 1
                    columnSpacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: codeRow.code + " – " + codeRow.title
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: codeRow.retired ? qsTr("Lista %1 · utgått, erbjuds inte längre").arg(codeRow.listVersion)
                                                  : qsTr("Lista %1").arg(codeRow.listVersion)
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                    }
                    ComboBox {
                        objectName: "kvaKind_" + codeRow.code
                        Layout.fillWidth: list.width <= 640
                        Layout.preferredWidth: list.width > 640 ? 260 : -1
                        implicitHeight: Theme.touch
                        model: codes.kindChoices
                        textRole: "name"
                        currentIndex: codeRow.kindIndex
                        enabled: codes.canEdit && !codeRow.retired
                        Accessible.name: qsTr("Samtalsmall för %1").arg(codeRow.code)
                        onActivated: index => codes.setKind(codeRow.codeId, index)
                    }
                }
            }
            EmptyState {
                visible: list.count === 0
                message: codes.canEdit ? qsTr("Inga KVÅ-koder än. Importera organisationens kodlista som en CSV-fil.")
                                       : qsTr("Inga KVÅ-koder än. En chef importerar organisationens kodlista.")
            }
        }
    }
}
