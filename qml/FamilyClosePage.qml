import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Closing a family's case ("ärendet avslutat"): the day and why. Nothing is deleted; the
// family leaves the default list and is still found by its name.
Page {
    id: page
    // The family page's closer, so the page shows the closing as soon as it is saved.
    required property FamilyCloser closer
    required property string familyName
    signal saved()
    background: null

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
                text: qsTr("Avsluta ärendet")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 visas inte längre i familjelistan men hittas när du söker på namnet. Inget raderas, och ärendet kan öppnas igen.").arg(page.familyName)
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            FormField {
                id: closedOn
                label: qsTr("Avslutat den (ÅÅÅÅ-MM-DD)")
                text: page.closer.closedOn
                onTextChanged: page.closer.closedOn = text
                inputMethodHints: Qt.ImhDate
                error: page.closer.fieldErrors.closed_on || ""
            }
            ChoiceField {
                id: reason
                label: qsTr("Skäl")
                choices: page.closer.reasons
                key: page.closer.reason
                onChosen: key => page.closer.reason = key
            }
            FormField {
                id: note
                label: qsTr("Kommentar (behövs vid annat skäl)")
                text: page.closer.note
                onTextChanged: page.closer.note = text
                error: page.closer.fieldErrors.closed_note || ""
            }
            Label {
                Layout.fillWidth: true
                visible: page.closer.errorText.length > 0
                         && !page.closer.fieldErrors.closed_on && !page.closer.fieldErrors.closed_note
                text: page.closer.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Avsluta ärendet")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: {
                    if (page.closer.close())
                        page.saved()
                }
            }
        }
    }
}
