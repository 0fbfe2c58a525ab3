import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Mer → Kioskinnehåll → Väntetider: how long the unit's kiosks wait after the last touch
// before they go back to the start, so that the next child starts from the beginning; one time
// for each page, in seconds. The defaults hold until someone with the content role saves.
ScrollView {
    id: section
    contentWidth: availableWidth

    KioskSettingsEditor {
        id: editor
        workspace: Workspace
    }
    property bool savedNote: false

    // 90 → "1 min 30 s"
    function duration(seconds) {
        const minutes = Math.floor(seconds / 60)
        const rest = seconds % 60
        if (minutes === 0)
            return qsTr("%1 s").arg(rest)
        if (rest === 0)
            return qsTr("%1 min").arg(minutes)
        return qsTr("%1 min %2 s").arg(minutes).arg(rest)
    }

    // One page's time: its name, the seconds, what that is in minutes and the default, and
    // the message in place when it is refused.
    component IdleField: Column {
        id: field
        property string label
        property int value
        property int defaultValue
        property string error
        signal edited(int seconds)
        width: times.fieldWidth
        spacing: 2
        Label {
            width: parent.width
            text: field.label
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        SpinBox {
            width: parent.width
            implicitHeight: Theme.touch
            // Wider than allowed, so that a time typed outside it gets its message, not silence.
            from: 0
            to: 9999
            stepSize: 15
            editable: section.canEdit
            enabled: section.canEdit
            value: field.value
            onValueModified: field.edited(value)
            Accessible.name: qsTr("%1, sekunder").arg(field.label)
        }
        Label {
            width: parent.width
            //: e.g. "1 min 30 s · förvalt 1 min", or "1 min (förvalt)"
            text: field.value === field.defaultValue
                  ? qsTr("%1 (förvalt)").arg(section.duration(field.value))
                  : qsTr("%1 · förvalt %2").arg(section.duration(field.value))
                    .arg(section.duration(field.defaultValue))
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Label {
            width: parent.width
            visible: field.error.length > 0
            text: field.error
            color: Theme.error
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
    }
    readonly property bool canEdit: editor.canManage

    Column {
        x: Theme.margin
        width: Math.min(section.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
        spacing: Theme.spacing

        Label {
            width: parent.width
            text: qsTr("Väntetid innan kiosken börjar om")
            font.pixelSize: Theme.bodySize + 2
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            width: parent.width
            text: qsTr("Så länge väntar enhetens kiosker efter den senaste beröringen innan de går "
                       + "tillbaka till startsidan, så att nästa barn börjar från början. Skriv "
                       + "sekunder, från %1 sekunder till %2 minuter. Kioskerna får tiderna vid "
                       + "nästa synkronisering.").arg(editor.minSeconds).arg(editor.maxSeconds / 60)
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Flow {
            id: times
            // One column on a phone, four where each gets room, else two.
            readonly property int columns: width < 560 ? 1 : (width - 3 * spacing) / 4 >= 220 ? 4 : 2
            readonly property real fieldWidth: (width - (columns - 1) * spacing) / columns
            width: parent.width
            spacing: Theme.spacing
            IdleField {
                objectName: "idleStart"
                label: qsTr("Startsidan")
                value: editor.idleStart
                defaultValue: editor.defaults.start
                error: editor.fieldErrors.idle_start_s || ""
                onEdited: seconds => { editor.idleStart = seconds; section.savedNote = false }
            }
            IdleField {
                objectName: "idleCards"
                label: qsTr("Kortlistan")
                value: editor.idleCards
                defaultValue: editor.defaults.cards
                error: editor.fieldErrors.idle_cards_s || ""
                onEdited: seconds => { editor.idleCards = seconds; section.savedNote = false }
            }
            IdleField {
                objectName: "idleCard"
                label: qsTr("Ett kort")
                value: editor.idleCard
                defaultValue: editor.defaults.card
                error: editor.fieldErrors.idle_card_s || ""
                onEdited: seconds => { editor.idleCard = seconds; section.savedNote = false }
            }
            IdleField {
                objectName: "idleHelplines"
                label: qsTr("Hjälplinjerna")
                value: editor.idleHelplines
                defaultValue: editor.defaults.helplines
                error: editor.fieldErrors.idle_helplines_s || ""
                onEdited: seconds => { editor.idleHelplines = seconds; section.savedNote = false }
            }
        }
        Label {
            width: parent.width
            visible: editor.errorText.length > 0 && !editor.fieldErrors.idle_start_s
                     && !editor.fieldErrors.idle_cards_s && !editor.fieldErrors.idle_card_s
                     && !editor.fieldErrors.idle_helplines_s
            text: editor.errorText
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Label {
            width: parent.width
            visible: section.savedNote
            text: qsTr("Sparat. Kioskerna får tiderna vid nästa synkronisering.")
            color: Theme.accent
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Flow {
            width: parent.width
            spacing: Theme.spacing
            visible: section.canEdit
            Button {
                objectName: "saveIdleTimes"
                text: qsTr("Spara")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: section.savedNote = editor.save()
            }
            Button {
                objectName: "defaultIdleTimes"
                text: qsTr("Använd förvalda tider")
                flat: true
                implicitHeight: Theme.touch
                onClicked: { editor.useDefaults(); section.savedNote = false }
            }
        }
        Item { width: 1; height: Theme.margin }
    }
}
