import QtQuick
import QtQuick.Controls

// A horizontal bar chart of one follow-up breakdown: a title, a sentence saying what it
// counts, and one row per category with its bar and its number after the bar. A hidden
// number ("färre än 5") has no bar. On a narrow screen the category goes above its bar.
Rectangle {
    id: chart
    property string heading
    property string note
    property var bars: [] // [{barLabel, barText, barFraction, barSuppressed}]
    readonly property bool wide: width >= 560
    readonly property real labelWidth: wide ? Math.min(240, width * 0.34) : width - 2 * pad
    readonly property real pad: Theme.margin

    implicitHeight: content.implicitHeight + 2 * pad
    color: Theme.card
    radius: 8
    border.color: "#e7e5e4"

    Column {
        id: content
        x: chart.pad
        y: chart.pad
        width: chart.width - 2 * chart.pad
        spacing: 6

        Label {
            width: parent.width
            text: chart.heading
            font.pixelSize: Theme.bodySize + 1
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            width: parent.width
            text: chart.note
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
            bottomPadding: 4
        }
        Label {
            width: parent.width
            visible: chart.bars.length === 0
            text: qsTr("Inget att visa för perioden.")
            font.pixelSize: Theme.smallSize + 1
            font.italic: true
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Repeater {
            model: chart.bars
            delegate: Item {
                id: row
                required property var modelData
                width: content.width
                implicitHeight: chart.wide ? Math.max(name.implicitHeight, barArea.height)
                                           : name.implicitHeight + 2 + barArea.height
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData.barLabel + ": " + modelData.barText

                Label {
                    id: name
                    width: chart.labelWidth
                    anchors.verticalCenter: chart.wide ? parent.verticalCenter : undefined
                    text: row.modelData.barLabel
                    font.pixelSize: Theme.smallSize + 1
                    wrapMode: Text.Wrap
                }
                Item {
                    id: barArea
                    x: chart.wide ? chart.labelWidth + Theme.spacing : 0
                    y: chart.wide ? (parent.height - height) / 2 : name.implicitHeight + 2
                    width: parent.width - x
                    height: 28
                    // Room after the longest bar for its number.
                    readonly property real room: 72

                    Rectangle {
                        id: bar
                        width: row.modelData.barSuppressed ? 0
                               : Math.max(row.modelData.barFraction > 0 ? 3 : 0,
                                          (barArea.width - barArea.room) * row.modelData.barFraction)
                        height: parent.height
                        radius: 3
                        color: Theme.accent
                    }
                    Label {
                        x: bar.width + (bar.width > 0 ? 8 : 0)
                        width: parent.width - x
                        anchors.verticalCenter: parent.verticalCenter
                        text: row.modelData.barText
                        font.pixelSize: Theme.smallSize + 1
                        font.weight: Font.DemiBold
                        font.italic: row.modelData.barSuppressed
                        color: row.modelData.barSuppressed ? Theme.muted : "#1c1917"
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
