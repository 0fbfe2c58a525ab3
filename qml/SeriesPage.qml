import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// One conversation series: the model's steps in order, what is done and signed, and which
// step is next. Tapping a step opens its conversation, or starts recording it.
Page {
    id: page
    required property string seriesId
    background: null

    // The self-test opens the first step that has a conversation (or the first step).
    function openFirst() {
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i)
            if (item && item.conversationId.length > 0) {
                item.clicked()
                return
            }
        }
        if (list.count > 0)
            list.itemAtIndex(0).clicked()
    }

    SeriesStepModel {
        id: steps
        workspace: Workspace
        seriesId: page.seriesId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: steps.title
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            text: steps.active ? qsTr("Steg") : qsTr("Serien är avslutad")
            font.pixelSize: Theme.bodySize
            color: Theme.muted
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            clip: true
            model: steps
            delegate: ListRow {
                required property int step
                required property string name
                required property string participants
                required property string due
                required property string conversationId
                required property bool done
                required property bool isNext
                required property bool isSigned
                required property bool isOptional
                title: (step + 1) + ". " + name
                detail: [participants, isOptional ? qsTr("valfritt") : "", due]
                        .filter(s => s.length > 0).join(" · ")
                badge: isSigned ? qsTr("Signerat") : done ? qsTr("Utkast")
                                                            : isNext ? qsTr("Nästa") : ""
                enabled: conversationId.length > 0 || steps.active
                onClicked: page.StackView.view.push(conversationPage, {
                    conversationId: conversationId, seriesId: page.seriesId, step: step,
                    stepName: name })
            }
        }
    }

    Component { id: conversationPage; ConversationPage {} }
}
