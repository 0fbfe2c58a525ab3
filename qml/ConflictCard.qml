import QtQuick
import QtQuick.Controls
import Lykta.App

// One conflict: the text as it stands and the other device's version with who wrote each and
// when, and the three ways to resolve it (keep this one, keep the other, keep a merge written
// here). Whatever is chosen syncs as one change.
Frame {
    id: card
    // The list's model, which resolves the conflict.
    property ConflictListModel conflicts
    // Both versions side by side (from tablet width), else one above the other.
    property bool wide: true
    required property string conflictKey
    required property string place
    required property string currentText
    required property string currentAuthor
    required property string currentWhen
    required property string copyText
    required property string copyAuthor
    required property string copyWhen
    required property string mergeDraft
    required property bool signedRecord
    property bool merging: false

    background: Rectangle { color: Theme.card; radius: 8; border.color: "#e7e5e4" }

    Column {
        id: cardContent
        width: card.availableWidth
        spacing: Theme.spacing

        Label {
            width: parent.width
            text: card.place
            font.pixelSize: Theme.bodySize + 2
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            width: parent.width
            visible: card.signedRecord
            text: qsTr("Anteckningen är signerad och kan inte ändras. Båda versionerna finns kvar; skriv en rättelse om något behöver läggas till.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }

        Grid {
            id: versions
            width: parent.width
            columns: card.wide ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            readonly property real cellWidth: card.wide ? (width - columnSpacing) / 2 : width

            Repeater {
                model: [
                    { heading: qsTr("Så står det nu"), text: card.currentText,
                      author: card.currentAuthor, when: card.currentWhen, copy: false },
                    { heading: qsTr("Den andra versionen"), text: card.copyText,
                      author: card.copyAuthor, when: card.copyWhen, copy: true }
                ]
                delegate: Column {
                    required property var modelData
                    width: versions.cellWidth
                    spacing: 6
                    Label {
                        width: parent.width
                        text: modelData.heading
                        font.pixelSize: Theme.smallSize
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        width: parent.width
                        text: qsTr("Skrivet av %1, %2").arg(modelData.author).arg(modelData.when)
                        font.pixelSize: Theme.smallSize
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                    Rectangle {
                        width: parent.width
                        height: versionText.implicitHeight + 2 * Theme.spacing
                        color: Theme.surface
                        radius: 6
                        Label {
                            id: versionText
                            x: Theme.spacing
                            y: Theme.spacing
                            width: parent.width - 2 * Theme.spacing
                            text: modelData.text
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.bodySize
                        }
                    }
                    Button {
                        width: parent.width
                        implicitHeight: Theme.touch
                        visible: !card.signedRecord && !card.merging
                        text: modelData.copy ? qsTr("Behåll den andra versionen")
                                             : qsTr("Behåll texten som står nu")
                        Accessible.name: text + ". " + card.place
                        onClicked: modelData.copy ? card.conflicts.keepCopy(card.conflictKey)
                                                  : card.conflicts.keepCurrent(card.conflictKey)
                    }
                }
            }
        }

        Button {
            implicitHeight: Theme.touch
            visible: !card.signedRecord && !card.merging
            text: qsTr("Sammanfoga de två versionerna …")
            Accessible.name: text + " " + card.place
            onClicked: {
                merge.text = card.mergeDraft
                card.merging = true
            }
        }
        TextSection {
            id: merge
            width: parent.width
            visible: card.merging
            label: qsTr("Sammanfogad text: ändra så att den blir rätt, ta bort det som står två gånger")
        }
        Flow {
            width: parent.width
            spacing: Theme.spacing
            visible: card.merging
            Button {
                implicitHeight: Theme.touch
                highlighted: true
                text: qsTr("Spara sammanfogad text")
                enabled: merge.text.trim().length > 0
                onClicked: card.conflicts.keepMerged(card.conflictKey, merge.text)
            }
            Button {
                implicitHeight: Theme.touch
                text: qsTr("Avbryt")
                onClicked: card.merging = false
            }
        }
    }
}
