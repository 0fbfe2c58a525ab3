import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Texts two people changed at the same time on two devices, each shown as a ConflictCard (both
// versions, who wrote each and when, and the ways to resolve it). On a tablet in landscape the
// conflicts are a list with the chosen one beside it; narrower, the cards follow each other.
Page {
    id: page
    background: null
    // List | conflict from the width where Familjer and Grupper split too.
    readonly property bool split: width >= Theme.splitWidth && conflictModel.count > 0

    // Which conflict shows beside the list (split): the one tapped, or the next once it is
    // resolved.
    property int selected: 0
    readonly property int shown: Math.max(0, Math.min(selected, conflictModel.count - 1))

    ConflictListModel {
        id: conflictModel
        workspace: Workspace
    }

    ScrollView {
        id: scroll
        width: page.split ? Math.max(360, Math.round(page.width * 0.34)) : page.width
        height: page.height
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
                visible: conflictModel.count > 0
                text: qsTr("Samma text ändrades på två enheter samtidigt. Inget har försvunnit: läs båda versionerna och välj vilken som ska gälla, eller sammanfoga dem.")
                wrapMode: Text.Wrap
                color: Theme.muted
            }
            Label {
                width: parent.width
                visible: conflictModel.errorText.length > 0
                text: conflictModel.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                topPadding: Theme.margin * 2
                visible: conflictModel.count === 0
                text: qsTr("Inga konflikter. Om två personer ändrar samma text samtidigt visas båda versionerna här, så att ni kan välja.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.muted
            }

            // Split: the list to choose from.
            Repeater {
                model: page.split ? conflictModel : null
                delegate: ListRow {
                    required property int index
                    required property string place
                    required property string currentAuthor
                    required property string copyAuthor
                    objectName: "conflictRow"
                    width: content.width
                    title: place
                    detail: qsTr("%1 och %2").arg(currentAuthor).arg(copyAuthor)
                    highlighted: index === page.shown
                    onClicked: page.selected = index
                }
            }
            // Narrower than a tablet in landscape: every conflict, one below the other.
            Repeater {
                model: page.split ? null : conflictModel
                delegate: ConflictCard {
                    conflicts: conflictModel
                    wide: page.width >= 720
                    width: content.width
                }
            }
        }
    }

    Rectangle {
        visible: page.split
        x: scroll.width
        width: 1
        height: page.height
        color: Theme.muted
        opacity: 0.3
    }
    // Split: the chosen conflict beside the list.
    ScrollView {
        id: detailScroll
        visible: page.split
        x: scroll.width + 1
        width: page.width - x
        height: page.height
        contentWidth: availableWidth

        Column {
            id: detailContent
            width: Math.min(detailScroll.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
            x: Theme.margin
            topPadding: Theme.margin
            bottomPadding: Theme.margin
            Repeater {
                model: page.split ? conflictModel : null
                delegate: ConflictCard {
                    required property int index
                    conflicts: conflictModel
                    visible: index === page.shown
                    wide: detailContent.width >= 560
                    width: detailContent.width
                }
            }
        }
    }
}
