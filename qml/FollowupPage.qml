import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Follow-up (uppföljning) for the unit's staff meetings: choose a unit and a period, read the
// key figures and bar charts, and save them as CSV or PDF. Everything is counted from this
// tablet's own data by FollowupController, off the UI thread; small numbers are hidden
// exactly as in the exports, and the files hold no names or personal numbers.
Page {
    id: page
    background: null

    // For the self-test's screenshots: bring the charts, or the export, into view (again once
    // the figures are in and laid out).
    property string reveal
    function showCharts() { reveal = "charts"; revealNow() }
    function showExport() { reveal = "export"; revealNow() }
    function revealNow() {
        if (reveal === "charts")
            scroll.contentItem.contentY = Math.max(0, charts.y)
        else if (reveal === "export")
            scroll.contentItem.contentY = Math.max(0, column.height - scroll.height)
    }
    Timer { id: revealLater; interval: 50; onTriggered: page.revealNow() }

    FollowupController {
        id: followup
        workspace: Workspace
        onComputed: if (page.reveal.length > 0) revealLater.restart()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: column
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
            x: Theme.margin
            spacing: Theme.spacing
            readonly property bool wide: width >= 600
            // Width of an item that shares a row with one other on a wide screen.
            readonly property real half: wide ? (width - Theme.spacing) / 2 : width

            Item { implicitHeight: Theme.margin - Theme.spacing }
            Label {
                Layout.fillWidth: true
                text: qsTr("Uppföljning")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Enhetens arbete under en period i siffror, till exempel inför en arbetsplatsträff. Allt räknas från uppgifterna på den här enheten.")
                wrapMode: Text.Wrap
                color: Theme.muted
            }

            // What to count.
            // Flows, not grid layouts: wrapped text inside nested layouts keeps stale heights.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Column {
                    width: column.half
                    visible: followup.units.length > 1
                    spacing: 2
                    Label {
                        width: parent.width
                        text: qsTr("Enhet")
                        font.pixelSize: Theme.smallSize
                    }
                    ComboBox {
                        width: parent.width
                        implicitHeight: Theme.touch
                        model: followup.units
                        textRole: "label"
                        valueRole: "key"
                        currentIndex: Math.max(0, followup.units.findIndex(u => u.key === followup.unitId))
                        onActivated: followup.unitId = currentValue
                        Accessible.name: qsTr("Enhet")
                    }
                }
                Column {
                    width: column.half
                    spacing: 2
                    Label {
                        width: parent.width
                        text: qsTr("Period")
                        font.pixelSize: Theme.smallSize
                    }
                    ComboBox {
                        width: parent.width
                        implicitHeight: Theme.touch
                        model: followup.presets
                        textRole: "label"
                        valueRole: "key"
                        currentIndex: Math.max(0, followup.presets.findIndex(p => p.key === followup.preset))
                        onActivated: followup.preset = currentValue
                        Accessible.name: qsTr("Period")
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    width: (column.width - Theme.spacing) / 2
                    label: qsTr("Från och med")
                    text: followup.fromText
                    placeholder: qsTr("ÅÅÅÅ-MM-DD")
                    inputMethodHints: Qt.ImhDate
                    error: followup.fieldErrors.from || ""
                    onEditingFinished: followup.fromText = text
                }
                FormField {
                    width: (column.width - Theme.spacing) / 2
                    label: qsTr("Till och med")
                    text: followup.toText
                    placeholder: qsTr("ÅÅÅÅ-MM-DD")
                    inputMethodHints: Qt.ImhDate
                    error: followup.fieldErrors.to || ""
                    onEditingFinished: followup.toText = text
                }
            }

            // Progress and what went wrong.
            RowLayout {
                Layout.fillWidth: true
                visible: followup.busy
                spacing: Theme.spacing
                BusyIndicator { running: followup.busy; implicitWidth: 40; implicitHeight: 40 }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Räknar …")
                    color: Theme.muted
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: followup.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }

            // The figures.
            Label {
                Layout.fillWidth: true
                visible: followup.hasResult
                text: qsTr("Period: %1").arg(followup.periodText)
                font.pixelSize: Theme.bodySize + 1
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: followup.hasResult
                text: qsTr("Tal från 1 till 4 visas som ”%1” så att ingen kan kännas igen. Ibland döljs ett tal till (”dolt”), så att det första inte kan räknas fram.").arg(followup.suppressedText)
                font.pixelSize: Theme.smallSize
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                visible: followup.hasResult
                spacing: Theme.spacing
                Repeater {
                    model: followup.keyFigures
                    delegate: Rectangle {
                        id: card
                        required property string figureLabel
                        required property string figureText
                        required property string figureNote
                        required property bool figureSuppressed
                        width: column.half
                        height: cardText.implicitHeight + 2 * Theme.margin
                        color: Theme.card
                        radius: 8
                        border.color: "#e7e5e4"
                        Accessible.role: Accessible.StaticText
                        Accessible.name: figureLabel + ": " + figureText + ". " + figureNote
                        Column {
                            id: cardText
                            x: Theme.margin
                            y: Theme.margin
                            width: parent.width - 2 * Theme.margin
                            spacing: 2
                            Label {
                                width: parent.width
                                text: card.figureText
                                font.pixelSize: card.figureSuppressed ? Theme.bodySize + 2 : Theme.titleSize + 6
                                font.weight: Font.DemiBold
                                font.italic: card.figureSuppressed
                                color: card.figureSuppressed ? Theme.muted : Theme.accent
                                wrapMode: Text.Wrap
                            }
                            Label {
                                width: parent.width
                                text: card.figureLabel
                                font.pixelSize: Theme.bodySize
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                            }
                            Label {
                                width: parent.width
                                text: card.figureNote
                                font.pixelSize: Theme.smallSize
                                color: Theme.muted
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
            Item { id: charts; implicitHeight: 0 } // where the charts begin
            Repeater {
                model: followup.charts
                delegate: BarChart {
                    required property string chartTitle
                    required property string chartNote
                    required property var chartBars
                    Layout.fillWidth: true
                    heading: chartTitle
                    note: chartNote
                    bars: chartBars
                }
            }

            // Export.
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("Spara som fil")
                font.pixelSize: Theme.bodySize + 1
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Filerna innehåller inga namn, personnummer eller anteckningar, och små tal är dolda som här. Varje export loggas. Filerna sparas i %1.").arg(followup.exportFolder)
                font.pixelSize: Theme.smallSize
                color: Theme.muted
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    text: qsTr("Spara som PDF")
                    highlighted: true
                    implicitHeight: Theme.touch
                    enabled: followup.hasResult && !followup.busy
                    onClicked: followup.exportPdf()
                }
                Button {
                    text: qsTr("Spara som CSV")
                    implicitHeight: Theme.touch
                    enabled: followup.hasResult && !followup.busy
                    onClicked: followup.exportCsv()
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: followup.exportMessage
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: followup.exportError
                color: Theme.error
                wrapMode: Text.Wrap
            }
            AuditReviewSection { Layout.fillWidth: true }
            Item { implicitHeight: Theme.margin }
        }
    }
}
