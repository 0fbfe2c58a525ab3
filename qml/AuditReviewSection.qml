import QtQuick
import QtQuick.Controls
import Lykta.App

// The manager's part of the Follow-up page: one person's access-log extract and recording a
// spot check. Shown only to staff with the manager role (AuditReviewController decides).
Column {
    id: section
    spacing: Theme.spacing
    visible: review.isManager

    AuditReviewController {
        id: review
        workspace: Workspace
    }

    Label {
        width: parent.width
        topPadding: Theme.margin
        text: qsTr("För chefer: loggutdrag och stickprov")
        font.pixelSize: Theme.bodySize + 1
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Label {
        width: parent.width
        text: qsTr("Ta ut loggen över vem som har läst, ändrat och exporterat uppgifter om ett barn eller en familj, och registrera att du har gjort ett stickprov. Utdraget gäller en enskild person och visar namn: hantera det som en sekretessbelagd handling.")
        font.pixelSize: Theme.smallSize
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Column {
        width: parent.width
        spacing: 2
        Label {
            width: parent.width
            text: qsTr("Barn eller familj")
            font.pixelSize: Theme.smallSize
        }
        ComboBox {
            width: parent.width
            implicitHeight: Theme.touch
            model: review.subjects
            textRole: "label"
            valueRole: "key"
            currentIndex: Math.max(0, review.subjects.findIndex(s => s.key === review.subjectKey))
            onActivated: review.subjectKey = currentValue
            Accessible.name: qsTr("Barn eller familj")
        }
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        Button {
            text: qsTr("Loggutdrag som PDF")
            implicitHeight: Theme.touch
            enabled: review.subjectKey.length > 0
            onClicked: review.exportPdf()
        }
        Button {
            text: qsTr("Loggutdrag som CSV")
            implicitHeight: Theme.touch
            enabled: review.subjectKey.length > 0
            onClicked: review.exportCsv()
        }
        Button {
            text: qsTr("Hämta kollegornas läsningar")
            implicitHeight: Theme.touch
            enabled: review.subjectKey.length > 0 && !review.fetching
            onClicked: review.fetchServerExtract()
            Accessible.description: qsTr("Hämtar serverns logg över barnet eller familjen, med läsningar på kollegornas surfplattor, till nästa loggutdrag")
        }
        Button {
            text: qsTr("Registrera stickprov")
            implicitHeight: Theme.touch
            enabled: review.subjectKey.length > 0
            onClicked: review.recordSpotCheck()
        }
    }
    Label {
        width: parent.width
        visible: text.length > 0
        text: review.serverText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    Label {
        width: parent.width
        visible: text.length > 0
        text: review.message
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
    }
    Label {
        width: parent.width
        visible: text.length > 0
        text: review.errorText
        color: Theme.error
        wrapMode: Text.Wrap
    }
    Label {
        width: parent.width
        text: review.spotCheckText
        font.pixelSize: Theme.smallSize
        color: Theme.muted
        wrapMode: Text.Wrap
    }
}
