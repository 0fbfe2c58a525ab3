import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Texts two people changed at the same time on two devices: both versions side by side
// (stacked on a phone) with who wrote each and when, and three ways to resolve: keep this
// one, keep the other, or keep a merge written here. Whatever is chosen syncs as one change.
Page {
    id: page
    background: null
    // Side by side from tablet width; stacked on a phone.
    readonly property bool wide: width >= 720

    ConflictListModel {
        id: conflicts
        workspace: Workspace
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        Column {
            id: content
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
            x: Theme.margin
            topPadding: Theme.margin
            bottomPadding: Theme.margin
            spacing: Theme.spacing

            Label {
                width: parent.width
                text: qsTr("Konflikter")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                visible: conflicts.count > 0
                text: qsTr("Samma text ändrades på två enheter samtidigt. Inget har försvunnit: läs båda versionerna och välj vilken som ska gälla, eller sammanfoga dem.")
                wrapMode: Text.Wrap
                color: Theme.muted
            }
            Label {
                width: parent.width
                visible: conflicts.errorText.length > 0
                text: conflicts.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                topPadding: Theme.margin * 2
                visible: conflicts.count === 0
                text: qsTr("Inga konflikter. Om två personer ändrar samma text samtidigt visas båda versionerna här, så att ni kan välja.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.muted
            }

            Repeater {
                model: conflicts
                delegate: Frame {
                    id: card
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

                    width: content.width
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
                            columns: page.wide ? 2 : 1
                            columnSpacing: Theme.spacing
                            rowSpacing: Theme.spacing
                            readonly property real cellWidth: page.wide ? (width - columnSpacing) / 2 : width

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
                                        onClicked: modelData.copy ? conflicts.keepCopy(card.conflictKey)
                                                                  : conflicts.keepCurrent(card.conflictKey)
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
                                onClicked: conflicts.keepMerged(card.conflictKey, merge.text)
                            }
                            Button {
                                implicitHeight: Theme.touch
                                text: qsTr("Avbryt")
                                onClicked: card.merging = false
                            }
                        }
                    }
                }
            }
        }
    }
}
