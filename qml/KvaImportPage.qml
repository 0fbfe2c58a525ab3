import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Lykta.App

// Importera KVÅ-koder: the manager picks the organisation's CSV file (code;title, and the
// conversation model's kind if the file has one) and names the list version; the preview
// lists every code the import adds, changes and retires, and only "Importera" writes it.
// A bad file is refused whole, with its line named at the file field.
Page {
    id: page
    signal imported()
    background: null

    KvaImportController {
        id: importer
        workspace: Workspace
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Välj KVÅ-lista")
        nameFilters: [qsTr("CSV-filer (*.csv *.txt)"), qsTr("Alla filer (*)")]
        onAccepted: fileField.text = selectedFile.toString()
    }

    function useExample() {
        fileField.text = ":/Lykta/Ui/demo/kva-exempel.csv"
        // The demo unit's own list (DemoData), so the preview compares with it: data, like
        // the demo's notes, and not translated.
        versionField.text = "Exempellista (påhittad)"
    }
    function showPreview() {
        importer.file = fileField.text
        importer.listVersion = versionField.text
        importer.preview()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
            x: Theme.margin
            spacing: Theme.spacing

            Item { implicitHeight: Theme.margin - Theme.spacing }
            Label {
                Layout.fillWidth: true
                text: qsTr("Importera KVÅ-koder")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: importer.canImport
                      ? qsTr("En rad per kod: kod;benämning, och samtalsmallens typ om filen har den. Koder som försvinner ur en lista utgår men finns kvar i samtal som redan har dem.")
                      : qsTr("Bara en chef kan importera KVÅ-koder.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            FormField {
                id: fileField
                objectName: "kvaImportFile"
                label: qsTr("Fil")
                placeholder: qsTr("Sökväg till CSV-filen")
                readOnly: !importer.canImport
                error: importer.fieldErrors.file || ""
            }
            Button {
                objectName: "kvaImportBrowse"
                visible: importer.canImport
                text: qsTr("Välj fil…")
                implicitHeight: Theme.touch
                onClicked: fileDialog.open()
            }
            // In the demo there is no organisation's file at hand: a fictional list that
            // renames one code and adds one shows what a preview looks like.
            Button {
                objectName: "kvaImportExample"
                visible: Workspace.demo && importer.canImport
                text: qsTr("Använd demons exempelfil")
                implicitHeight: Theme.touch
                onClicked: page.useExample()
            }
            FormField {
                id: versionField
                objectName: "kvaImportVersion"
                label: qsTr("Listans version (till exempel KVÅ 2025)")
                readOnly: !importer.canImport
                error: importer.fieldErrors.list_version || ""
            }
            Label {
                Layout.fillWidth: true
                objectName: "kvaImportError"
                visible: importer.errorText.length > 0 && !importer.fieldErrors.file
                         && !importer.fieldErrors.list_version
                text: importer.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "kvaImportPreview"
                visible: importer.canImport
                text: qsTr("Förhandsgranska")
                implicitHeight: Theme.touch
                onClicked: page.showPreview()
            }

            Label {
                Layout.fillWidth: true
                objectName: "kvaImportSummary"
                visible: importer.previewed
                text: qsTr("Importen lägger till %1, ändrar %2 och låter %3 utgå. %4 är oförändrade.")
                      .arg(importer.added).arg(importer.changed).arg(importer.retired).arg(importer.unchanged)
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Repeater {
                model: importer.rows
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        Layout.preferredWidth: 110
                        text: modelData.changeText
                        color: modelData.change === "retired" ? Theme.error : Theme.accent
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.code + " – " + modelData.title
                        wrapMode: Text.Wrap
                    }
                }
            }
            Button {
                objectName: "kvaImportConfirm"
                visible: importer.previewed
                text: qsTr("Importera")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: if (importer.confirm()) page.imported()
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
