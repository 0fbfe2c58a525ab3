import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// Changes the server did not accept: what was refused, why, and the text that is kept on
// this device. The text can be copied (to write it again as a correction, say); marking a
// change handled hides it here after a question, and the text stays stored on the device.
Page {
    id: page
    background: null

    RejectionListModel {
        id: refused
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
                text: qsTr("Ändringar som inte togs emot")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                visible: refused.count > 0
                text: qsTr("Servern tog inte emot de här ändringarna, och uppgiften visar nu det som gäller hos alla. Din text finns kvar här tills du har tagit hand om den.")
                wrapMode: Text.Wrap
                color: Theme.muted
            }
            Label {
                width: parent.width
                visible: refused.errorText.length > 0
                text: refused.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                topPadding: Theme.margin * 2
                visible: refused.count === 0
                text: qsTr("Inga ändringar väntar. Om servern inte tar emot en ändring visas din text här, så att inget går förlorat.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.muted
            }

            Repeater {
                model: refused
                delegate: Frame {
                    id: card
                    required property string rejectionId
                    required property string place
                    required property string reason
                    required property string keptText
                    required property string refusedWhen

                    width: content.width
                    background: Rectangle { color: Theme.card; radius: 8; border.color: "#e7e5e4" }

                    Column {
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
                            text: card.reason
                            wrapMode: Text.Wrap
                        }
                        Label {
                            width: parent.width
                            text: qsTr("Din text, skriven %1:").arg(card.refusedWhen)
                            font.pixelSize: Theme.smallSize
                            color: Theme.muted
                            wrapMode: Text.Wrap
                        }
                        Rectangle {
                            width: parent.width
                            height: keptLabel.implicitHeight + 2 * Theme.spacing
                            color: Theme.surface
                            radius: 6
                            Label {
                                id: keptLabel
                                x: Theme.spacing
                                y: Theme.spacing
                                width: parent.width - 2 * Theme.spacing
                                text: card.keptText.length > 0 ? card.keptText : qsTr("(ingen text)")
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.bodySize
                            }
                        }
                        Flow {
                            width: parent.width
                            spacing: Theme.spacing
                            Button {
                                implicitHeight: Theme.touch
                                visible: card.keptText.length > 0
                                text: qsTr("Kopiera texten")
                                Accessible.name: text + ". " + card.place
                                onClicked: if (refused.copyText(card.rejectionId)) copied.open()
                            }
                            Button {
                                implicitHeight: Theme.touch
                                text: qsTr("Klar med den här …")
                                Accessible.name: qsTr("Markera som klar: %1").arg(card.place)
                                onClicked: {
                                    confirm.rejectionId = card.rejectionId
                                    confirm.open()
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    ToolTip {
        id: copied
        text: qsTr("Texten är kopierad.")
        timeout: 2500
        x: (page.width - width) / 2
        y: page.height - height - Theme.margin
    }

    Dialog {
        id: confirm
        property string rejectionId
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 480)
        modal: true
        title: qsTr("Har du tagit hand om texten?")
        Label {
            width: parent.width
            text: qsTr("Ändringen visas inte längre här. Texten raderas inte: den finns kvar sparad på enheten.")
            wrapMode: Text.Wrap
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Ja, den är klar")
                implicitHeight: Theme.touch
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("Avbryt")
                implicitHeight: Theme.touch
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: refused.markHandled(rejectionId)
    }
}
