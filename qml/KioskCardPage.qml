import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App
import Lykta.KioskUi

// One kiosk card: its form (title, text, picture, age band, language, order, the emergency
// line), a preview drawn by the kiosk's own card component exactly as a child will see it,
// and publishing, which asks first. A draft Lykta wrote in a new language carries a badge and
// is approved instead of published (which also asks first), once someone who has the language
// as their mother tongue has read and corrected it. Without the content role everything is
// read-only.
Page {
    id: page
    property string cardId
    // Used by the self-test: scrolls down to the preview (again while the page lays out).
    property bool previewWanted: false
    function showPreview() {
        previewWanted = true
        scrollToPreview()
    }
    // ... and asks to publish (for a draft: to approve) it.
    function askPublish() { confirm.open() }
    function scrollToPreview() {
        if (previewWanted)
            scroll.contentItem.contentY = Math.max(0, scroll.contentItem.contentHeight - scroll.height)
    }
    Connections {
        target: scroll.contentItem
        function onContentHeightChanged() { page.scrollToPreview() }
        function onHeightChanged() { page.scrollToPreview() }
    }
    background: null

    InfoCardEditor {
        id: editor
        workspace: Workspace
        cardId: page.cardId
        onLoaded: pictures.chosen = editor.picture
    }
    readonly property bool editable: editor.canManage
    readonly property string chosenLanguage: language.chosenKey

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxContentWidth)
            x: Theme.margin
            spacing: Theme.spacing

            Item { implicitHeight: Theme.margin - Theme.spacing }
            DraftNotice {
                id: draftNotice
                formKey: "kioskcard/" + (page.cardId || "new")
                items: [titleField, bodyField, order, emergency]
            }
            Label {
                Layout.fillWidth: true
                text: !page.editable ? qsTr("Kort i kiosken")
                      : editor.cardId.length > 0 ? qsTr("Ändra kort") : qsTr("Nytt kort")
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: !page.editable
                text: qsTr("Bara personal med rollen Innehåll kan ändra och publicera kort.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            ReviewBadge {
                objectName: "reviewBadge"
                Layout.fillWidth: true
                Layout.maximumWidth: naturalWidth
                visible: editor.needsReview
            }
            Label {
                Layout.fillWidth: true
                visible: editor.needsReview
                text: qsTr("Lykta har skrivit kortet på ett språk som ingen i teamet har som "
                           + "modersmål. Be någon som har det att läsa kortet och rätta det som "
                           + "behövs (spara då). När det är granskat godkänner du det, och då "
                           + "publiceras det.")
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "publishState"
                Layout.fillWidth: true
                visible: editor.cardId.length > 0
                text: editor.needsReview ? qsTr("Utkast: visas inte på kioskerna förrän det är godkänt.")
                      : editor.published ? qsTr("Publicerat: visas på enhetens kiosker.")
                                         : qsTr("Inte publicerat: visas inte på kioskerna.")
                color: editor.published ? Theme.accent : Theme.muted
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }

            FormField {
                id: titleField
                label: qsTr("Rubrik")
                text: editor.title
                onTextChanged: editor.title = text
                readOnly: !page.editable
                error: editor.fieldErrors.title || ""
            }
            TextSection {
                id: bodyField
                label: qsTr("Text")
                text: editor.body
                onTextChanged: editor.body = text
                readOnly: !page.editable
                error: editor.fieldErrors.body || ""
            }

            // The picture: one of the kiosk's own illustrations, each shown as a thumbnail.
            Column {
                id: pictures
                Layout.fillWidth: true
                spacing: 4
                property string chosen: editor.picture
                onChosenChanged: editor.picture = chosen
                Label {
                    width: parent.width
                    text: qsTr("Bild")
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Flow {
                    width: parent.width
                    spacing: 8
                    Repeater {
                        model: editor.pictures
                        delegate: AbstractButton {
                            id: thumb
                            required property var modelData
                            readonly property bool selected: pictures.chosen === modelData.key
                            objectName: "picture_" + modelData.key
                            width: 88
                            height: 96
                            enabled: page.editable || selected
                            checkable: true
                            checked: selected
                            Accessible.role: Accessible.RadioButton
                            Accessible.name: modelData.label
                            onClicked: pictures.chosen = modelData.key
                            background: Rectangle {
                                radius: 8
                                color: thumb.selected ? "#fde68a" : Theme.card
                                border.width: thumb.selected ? 3 : 1
                                border.color: thumb.selected ? Theme.accent : "#d6d3d1"
                            }
                            contentItem: Column {
                                spacing: 2
                                topPadding: 6
                                Image {
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    width: 56
                                    height: 56
                                    source: thumb.modelData.url
                                    sourceSize.width: 56
                                    sourceSize.height: 56
                                    fillMode: Image.PreserveAspectFit
                                    Accessible.ignored: true
                                }
                                Label {
                                    width: parent.width
                                    text: thumb.modelData.label
                                    horizontalAlignment: Text.AlignHCenter
                                    font.pixelSize: 12
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }
                Label {
                    width: parent.width
                    visible: text.length > 0
                    text: editor.fieldErrors.picture || ""
                    color: Theme.error
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
            }

            // A Flow with set widths: these Column-based fields have no width of their own
            // for a GridLayout to share out.
            Flow {
                id: choices
                readonly property real fieldWidth: width < 560 ? width : (width - 2 * spacing) / 3
                Layout.fillWidth: true
                spacing: Theme.spacing
                ChoiceField {
                    id: band
                    width: choices.fieldWidth
                    label: qsTr("Åldersgrupp")
                    choices: editor.ageBands
                    key: editor.ageBand
                    onChosen: key => editor.ageBand = key
                    enabled: page.editable
                }
                ChoiceField {
                    id: language
                    width: choices.fieldWidth
                    label: qsTr("Språk")
                    choices: editor.languages
                    key: editor.language
                    onChosen: key => editor.language = key
                    enabled: page.editable
                }
                FormField {
                    id: order
                    width: choices.fieldWidth
                    label: qsTr("Plats i ordningen")
                    text: editor.sortOrder
                    onTextChanged: editor.sortOrder = text
                    inputMethodHints: Qt.ImhDigitsOnly
                    readOnly: !page.editable
                    error: editor.fieldErrors.sort_order || ""
                }
            }
            CheckBox {
                id: emergency
                Layout.fillWidth: true
                text: qsTr("Kortet handlar om fara: visa ”Ring 112 om det är akut”")
                checked: editor.emergency
                onCheckedChanged: editor.emergency = checked
                enabled: page.editable
                implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
                // Wraps on a narrow screen instead of cutting the sentence off.
                contentItem: Label {
                    leftPadding: emergency.indicator && !emergency.mirrored
                                 ? emergency.indicator.width + emergency.spacing : 0
                    rightPadding: emergency.indicator && emergency.mirrored
                                  ? emergency.indicator.width + emergency.spacing : 0
                    text: emergency.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                    opacity: emergency.enabled ? 1 : 0.6
                }
            }
            Label {
                Layout.fillWidth: true
                visible: editor.errorText.length > 0 && !editor.fieldErrors.title
                         && !editor.fieldErrors.body && !editor.fieldErrors.sort_order
                         && !editor.fieldErrors.picture
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: page.editable
                Button {
                    objectName: "saveCard"
                    text: qsTr("Spara")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: if (editor.save()) draftNotice.draft.saved()
                }
                Button {
                    objectName: "publishCard"
                    visible: editor.cardId.length > 0
                    text: editor.needsReview ? qsTr("Godkänn och publicera …")
                          : editor.published ? qsTr("Avpublicera …") : qsTr("Publicera …")
                    implicitHeight: Theme.touch
                    onClicked: confirm.open()
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Förhandsvisning")
                font.pixelSize: Theme.bodySize + 2
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Så här ser kortet ut på en kiosk med liggande skärm.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            // A 1280 × 800 kiosk screen, drawn by the kiosk's CardView and scaled to fit.
            Rectangle {
                id: preview
                objectName: "cardPreview"
                readonly property real screenWidth: 1280
                readonly property real screenHeight: 800
                readonly property real factor: width / screenWidth
                Layout.fillWidth: true
                Layout.maximumWidth: 720
                Layout.preferredHeight: screenHeight * factor
                color: KioskTheme.background
                border.color: "#d6d3d1"
                clip: true
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Förhandsvisning av kortet")

                Item {
                    width: preview.screenWidth
                    height: preview.screenHeight
                    scale: preview.factor
                    transformOrigin: Item.TopLeft
                    LayoutMirroring.enabled: editor.isRightToLeft(page.chosenLanguage)
                    LayoutMirroring.childrenInherit: true
                    CardView {
                        objectName: "previewCard"
                        x: KioskTheme.margin
                        y: KioskTheme.margin
                        width: parent.width - 2 * KioskTheme.margin
                        screenWidth: preview.screenWidth
                        screenHeight: preview.screenHeight
                        title: titleField.text
                        body: bodyField.text
                        picture: editor.pictureUrl(pictures.chosen)
                        emergency: emergency.checked
                    }
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }

    Dialog {
        id: confirm
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 480)
        modal: true
        title: editor.needsReview ? qsTr("Godkänna och publicera kortet?")
               : editor.published ? qsTr("Avpublicera kortet?") : qsTr("Publicera kortet?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: confirm.availableWidth
            text: editor.needsReview
                  ? qsTr("Godkänn bara om någon som har språket som modersmål har läst kortet och "
                         + "rättat det som behövdes. Kortet är då inte längre ett utkast, och det "
                         + "visas på enhetens kiosker efter nästa synkronisering. Spara först om du "
                         + "har ändrat något.")
                  : editor.published
                  ? qsTr("Kortet tas bort från enhetens kiosker vid nästa synkronisering. Det "
                         + "finns kvar här och kan publiceras igen.")
                  : qsTr("Kortet visas på enhetens kiosker efter nästa synkronisering, för barn "
                         + "som väljer det här språket och den här åldersgruppen. Spara först "
                         + "om du har ändrat något.")
            wrapMode: Text.Wrap
        }
        onAccepted: editor.needsReview ? editor.approve() : editor.setPublished(!editor.published)
    }
}
