import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Search over everything written and every family, child and group of the unit: what each hit
// is, about whom, its date and author; narrowed by kind, period and "only mine". Tapping a hit
// asks the window to open it (openHit), scrolled to the match.
Page {
    id: root
    property alias query: field.text
    background: null
    signal openHit(string page, var args, string matchField, int matchOffset, int matchLength)

    // The self-test shows the filters in use: conversations, dates of one's own choosing, mine.
    function showFilters() {
        kindBox.currentIndex = 1
        results.kind = kindBox.currentValue
        period.currentIndex = period.count - 1
        fromField.text = "2020-01-01"
        results.from = fromField.text
        mine.checked = true
        results.onlyMine = true
    }
    function clearFilters() {
        kindBox.currentIndex = 0
        results.kind = ""
        period.currentIndex = 0
        results.choosePeriod(SearchModel.AnyTime)
        fromField.text = ""
        toField.text = ""
        mine.checked = false
        results.onlyMine = false
    }
    // The self-test opens the first hit once the search has answered.
    property bool openWhenFound: false
    function openFirstWhenFound() {
        openWhenFound = true
        openFirstIfFound()
    }
    function openFirstIfFound() {
        if (!openWhenFound || results.busy || list.count === 0)
            return
        openWhenFound = false
        list.itemAtIndex(0).clicked()
    }

    SearchModel {
        id: results
        workspace: Workspace
        query: field.text
        onBusyChanged: Qt.callLater(root.openFirstIfFound) // the rows arrive just after
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Sök i enheten")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
        }
        TextField {
            id: field
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            Layout.preferredHeight: Theme.touch
            placeholderText: qsTr("Skriv ett eller flera ord, ett namn eller ett helt personnummer")
            Accessible.name: qsTr("Sök")
            inputMethodHints: Qt.ImhNoPredictiveText
        }
        Flow {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            spacing: Theme.spacing
            ComboBox {
                id: kindBox
                objectName: "searchKind"
                width: Math.min(implicitWidth, root.width - 2 * Theme.margin)
                implicitHeight: Theme.touch
                implicitContentWidthPolicy: ComboBox.WidestText
                model: results.kindChoices
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Vad som söks")
                onActivated: results.kind = currentValue
            }
            ComboBox {
                id: period
                objectName: "searchPeriod"
                width: Math.min(implicitWidth, root.width - 2 * Theme.margin)
                implicitHeight: Theme.touch
                implicitContentWidthPolicy: ComboBox.WidestText
                model: results.periodChoices.concat([{ value: -1, text: qsTr("Egna datum") }])
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Period")
                onActivated: {
                    if (currentValue >= 0)
                        results.choosePeriod(currentValue)
                    fromField.text = results.from
                    toField.text = results.to
                }
            }
            CheckBox {
                id: mine
                objectName: "searchOnlyMine"
                implicitHeight: Theme.touch
                text: qsTr("Bara mina")
                onToggled: results.onlyMine = checked
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            visible: period.currentValue === -1
            spacing: Theme.spacing
            TextField {
                id: fromField
                objectName: "searchFrom"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                placeholderText: qsTr("Från ÅÅÅÅ-MM-DD")
                Accessible.name: qsTr("Från datum")
                inputMethodHints: Qt.ImhDate
                onTextEdited: results.from = text
            }
            TextField {
                id: toField
                objectName: "searchTo"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                placeholderText: qsTr("Till ÅÅÅÅ-MM-DD")
                Accessible.name: qsTr("Till datum")
                inputMethodHints: Qt.ImhDate
                onTextEdited: results.to = text
            }
        }
        // A first sync's records are indexed after it, for a little while: until then a
        // search may miss some of them, and says so.
        Label {
            objectName: "searchUnindexed"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            visible: results.unindexed > 0
            text: results.unindexedText
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "searchError"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            visible: results.errorText.length > 0
            text: results.errorText
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "searchOrder"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            visible: list.count > 0 && !results.busy
            text: list.count >= results.limit
                  ? qsTr("De första %1 träffarna visas: namn först, sedan det nyaste. Välj typ eller period för att se äldre.").arg(list.count)
                  : qsTr("Antal träffar: %1. Namn först, sedan det nyaste.").arg(list.count)
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: results
            objectName: "searchResults"
            onCountChanged: root.openFirstIfFound()
            delegate: ItemDelegate {
                id: hit
                required property string kind
                required property string about
                required property string date
                required property string author
                required property string snippet
                required property string page
                required property var args
                required property string matchField
                required property int matchOffset
                required property int matchLength
                width: ListView.view.width
                height: Math.max(Theme.touch + 16, body.implicitHeight + 24)
                Accessible.name: about.length > 0 ? kind + ", " + about : kind
                enabled: hit.page.length > 0
                onClicked: root.openHit(hit.page, hit.args, hit.matchField, hit.matchOffset, hit.matchLength)
                contentItem: ColumnLayout {
                    id: body
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: hit.about.length > 0 ? hit.kind + " · " + hit.about : hit.kind
                        color: Theme.accent
                        font.pixelSize: Theme.smallSize
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: hit.snippet
                        textFormat: Text.StyledText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.bodySize
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: [hit.date, hit.author].filter(s => s.length > 0).join(" · ")
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
            }
            BusyIndicator {
                objectName: "searchBusy"
                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.margin
                running: results.busy
                visible: running
                Accessible.name: qsTr("Söker …")
            }
            EmptyState {
                visible: list.count === 0 && !results.busy && results.errorText.length === 0
                message: field.text.length === 0 ? qsTr("Sökningen gäller samtal, anteckningar, rättelser, familjer, barn och grupper i din enhet.")
                                                 : results.unindexed > 0
                                                   ? qsTr("Inga träffar bland det som redan är sökbart.")
                                                   : qsTr("Inga träffar.")
            }
        }
    }
}
