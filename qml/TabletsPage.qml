import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App
import Lykta.Kiosk // QrCode

// For managers on an enrolled tablet: the unit's tablets and kiosks with their status, a code
// (text and QR) to enroll a new one, revoking a tablet plainly or as lost or stolen, and
// deactivating a staff member who leaves. The server decides; TabletsController asks it.
Page {
    id: page
    background: null

    TabletsController {
        id: tablets
        objectName: "tabletsController"
        workspace: Workspace
    }
    Component.onCompleted: if (tablets.isManager) tablets.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Surfplattor och personal")
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            text: tablets.isManager
                  ? qsTr("Enhetens surfplattor och väntrumskiosker som servern känner dem. Ge en engångskod för att ansluta en ny, återkalla en surfplatta som inte ska användas mer och avsluta den som slutar.")
                  : qsTr("Bara enhetens chef hanterar surfplattor och personal.")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: tablets.isManager
            Button {
                objectName: "tabletsRefresh"
                text: tablets.busy ? qsTr("Hämtar …") : qsTr("Uppdatera")
                implicitHeight: Theme.touch
                enabled: !tablets.busy
                onClicked: tablets.refresh()
            }
            Button {
                objectName: "tabletsKioskCode"
                text: qsTr("Kod för väntrumskiosk")
                implicitHeight: Theme.touch
                enabled: !tablets.busy && tablets.loaded
                onClicked: tablets.issueKioskCode()
                Accessible.description: qsTr("Skapar en engångskod som ansluter en kiosk i enhetens väntrum")
            }
        }
        Label {
            Layout.fillWidth: true
            objectName: "tabletsError"
            visible: text.length > 0
            text: tablets.errorText
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            objectName: "tabletsMessage"
            visible: text.length > 0
            text: tablets.message
            wrapMode: Text.Wrap
        }

        TabBar {
            id: tabBar
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.maxContentWidth
            visible: tablets.loaded
            TabButton {
                objectName: "tabletsTabDevices"
                text: qsTr("Surfplattor (%1)").arg(tablets.devices.count)
                implicitHeight: Theme.touch
            }
            TabButton {
                objectName: "tabletsTabStaff"
                text: qsTr("Personal (%1)").arg(tablets.staff.length)
                implicitHeight: Theme.touch
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.maxContentWidth
            visible: tablets.loaded
            currentIndex: tabBar.currentIndex

            ListView {
                id: deviceList
                objectName: "tabletList"
                clip: true
                model: tablets.devices
                delegate: ListRow {
                    id: deviceRow
                    required property var model
                    objectName: "tablet_" + model.deviceKey
                    title: {
                        const name = model.kind === "kiosk" ? model.name : qsTr("%1 – %2").arg(model.name).arg(model.staffName)
                        //: The manager's own tablet in the list of the unit's tablets
                        return model.thisDevice ? qsTr("%1 (den här surfplattan)").arg(name) : name
                    }
                    detail: [model.statusText,
                             qsTr("Ansluten %1").arg(model.enrolledText),
                             qsTr("Senast synkad %1").arg(model.lastSyncText),
                             qsTr("Version %1").arg(model.appVersion)].join(" · ")
                    badge: model.kind === "kiosk" ? qsTr("Kiosk") : ""
                    trailing: model.revocable ? revokeButton : model.erasable ? eraseButton : null
                    // A phone: the button under the words, which then keep the row's width.
                    trailingBelow: deviceList.width < 560
                    Component {
                        id: revokeButton
                        Button {
                            objectName: "tabletRevoke_" + deviceRow.model.deviceKey
                            text: qsTr("Återkalla")
                            implicitHeight: Theme.touch
                            enabled: !tablets.busy
                            Accessible.name: qsTr("Återkalla %1").arg(deviceRow.model.name)
                            onClicked: revokeDialog.ask(deviceRow.model.deviceKey, deviceRow.model.name, false)
                        }
                    }
                    // Revoked plainly before, then lost or stolen: it may still be erased.
                    Component {
                        id: eraseButton
                        Button {
                            objectName: "tabletErase_" + deviceRow.model.deviceKey
                            //: On a revoked tablet's row: report it lost or stolen so it erases itself
                            text: qsTr("Förlorad eller stulen")
                            implicitHeight: Theme.touch
                            enabled: !tablets.busy
                            Accessible.name: qsTr("%1 är förlorad eller stulen – radera").arg(deviceRow.model.name)
                            onClicked: revokeDialog.ask(deviceRow.model.deviceKey, deviceRow.model.name, true)
                        }
                    }
                }
                Item {
                    anchors.fill: parent
                    visible: deviceList.count === 0
                    EmptyState {
                        message: qsTr("Inga surfplattor är anslutna till enheten än. Ge en kod till den som ska använda en.")
                    }
                }
            }

            ListView {
                id: staffList
                objectName: "tabletsStaffList"
                clip: true
                model: tablets.staff
                delegate: ListRow {
                    id: staffRow
                    required property var modelData
                    objectName: "tabletsStaff_" + modelData.staffId
                    title: modelData.isMe ? qsTr("%1 (du)").arg(modelData.name) : modelData.name
                    detail: [modelData.roleText, modelData.active ? qsTr("Aktiv") : qsTr("Avslutad")]
                            .filter(t => t.length > 0).join(" · ")
                    trailing: staffActions
                    trailingBelow: staffList.width < 360
                    Component {
                        id: staffActions
                        Flow {
                            spacing: Theme.spacing / 2
                            Button {
                                objectName: "staffCode_" + staffRow.modelData.staffId
                                visible: staffRow.modelData.active
                                text: qsTr("Ny kod")
                                implicitHeight: Theme.touch
                                enabled: !tablets.busy
                                Accessible.name: qsTr("Ny kod för %1").arg(staffRow.modelData.name)
                                onClicked: tablets.issueStaffCode(staffRow.modelData.staffId)
                            }
                            Button {
                                objectName: "staffDeactivate_" + staffRow.modelData.staffId
                                // Never offered for oneself.
                                visible: staffRow.modelData.active && !staffRow.modelData.isMe
                                text: qsTr("Avsluta")
                                implicitHeight: Theme.touch
                                enabled: !tablets.busy
                                Accessible.name: qsTr("Avsluta %1").arg(staffRow.modelData.name)
                                onClicked: staffDialog.ask(staffRow.modelData.staffId, staffRow.modelData.name, false)
                            }
                            Button {
                                objectName: "staffReactivate_" + staffRow.modelData.staffId
                                visible: !staffRow.modelData.active
                                text: qsTr("Återaktivera")
                                implicitHeight: Theme.touch
                                enabled: !tablets.busy
                                Accessible.name: qsTr("Återaktivera %1").arg(staffRow.modelData.name)
                                onClicked: staffDialog.ask(staffRow.modelData.staffId, staffRow.modelData.name, true)
                            }
                        }
                    }
                }
                Item {
                    anchors.fill: parent
                    visible: staffList.count === 0
                    EmptyState {
                        message: qsTr("Servern känner ingen personal i enheten.")
                    }
                }
            }
        }
        Item {
            Layout.fillHeight: true
            visible: !tablets.loaded
        }
    }

    // Revoking a tablet: plainly, or as lost or stolen (it erases itself on its next contact).
    // `revoked`: revoked plainly before, so only the erase is left to choose.
    Dialog {
        id: revokeDialog
        objectName: "revokeDialog"
        property string deviceKey
        property string deviceName
        property bool revoked
        function ask(key, name, alreadyRevoked) {
            deviceKey = key
            deviceName = name
            revoked = alreadyRevoked === true
            if (revoked)
                eraseChoice.checked = true
            else
                plainChoice.checked = true
            open()
        }
        title: revoked ? qsTr("Radera %1").arg(deviceName) : qsTr("Återkalla %1").arg(deviceName)
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 560)
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                visible: revokeDialog.revoked
                text: qsTr("Surfplattan är redan återkallad och kan inte synka. Är den förlorad eller stulen kan den också raderas.")
                wrapMode: Text.Wrap
            }
            RadioButton {
                id: plainChoice
                objectName: "revokePlain"
                Layout.fillWidth: true
                visible: !revokeDialog.revoked
                text: qsTr("Återkalla")
                checked: true
            }
            Label {
                Layout.fillWidth: true
                visible: !revokeDialog.revoked
                leftPadding: Theme.margin
                text: qsTr("Surfplattan kan inte längre synka. Det som inte hann skickas finns kvar på den och kan läsas och skickas om den ansluts på nytt.")
                font.pixelSize: Theme.smallSize
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            RadioButton {
                id: eraseChoice
                objectName: "revokeErase"
                Layout.fillWidth: true
                text: qsTr("Förlorad eller stulen – radera")
            }
            Label {
                Layout.fillWidth: true
                leftPadding: Theme.margin
                text: qsTr("Nästa gång surfplattan kontaktar servern raderar den allt Lykta har sparat på den: uppgifterna, nyckeln och utkasten. Det som inte hann skickas går förlorat.")
                font.pixelSize: Theme.smallSize
                color: eraseChoice.checked ? Theme.error : Theme.muted
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    objectName: "revokeConfirm"
                    text: revokeDialog.revoked ? qsTr("Radera") : eraseChoice.checked ? qsTr("Återkalla och radera") : qsTr("Återkalla")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: {
                        tablets.revoke(revokeDialog.deviceKey, eraseChoice.checked)
                        revokeDialog.close()
                    }
                }
                Button {
                    text: qsTr("Avbryt")
                    implicitHeight: Theme.touch
                    onClicked: revokeDialog.close()
                }
            }
        }
    }

    // Deactivating a staff member who leaves, or reactivating one.
    Dialog {
        id: staffDialog
        objectName: "staffActiveDialog"
        property string staffId
        property string staffName
        property bool activate
        function ask(id, name, reactivate) {
            staffId = id
            staffName = name
            activate = reactivate
            open()
        }
        title: activate ? qsTr("Återaktivera %1").arg(staffName) : qsTr("Avsluta %1").arg(staffName)
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 560)
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                objectName: "staffActiveText"
                text: staffDialog.activate
                      ? qsTr("%1 kan åter få en kod och ansluta en surfplatta. Surfplattor som återkallades när hen avslutades förblir återkallade.").arg(staffDialog.staffName)
                      : qsTr("Alla %1s surfplattor återkallas och koder som inte har använts slutar gälla. Hen står kvar som författare till allt hen har skrivit. Hen kan inte anslutas igen förrän hen återaktiveras.").arg(staffDialog.staffName)
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    objectName: "staffActiveConfirm"
                    text: staffDialog.activate ? qsTr("Återaktivera") : qsTr("Avsluta")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: {
                        tablets.setStaffActive(staffDialog.staffId, staffDialog.activate)
                        staffDialog.close()
                    }
                }
                Button {
                    text: qsTr("Avbryt")
                    implicitHeight: Theme.touch
                    onClicked: staffDialog.close()
                }
            }
        }
    }

    Connections {
        target: tablets
        function onCodeChanged() {
            if (tablets.code.length > 0)
                codeDialog.open()
        }
    }

    // The code just issued, shown once: large text to read aloud and its QR code.
    Dialog {
        id: codeDialog
        objectName: "codeDialog"
        title: tablets.codeFor.length > 0 ? qsTr("Kod för %1").arg(tablets.codeFor)
                                          : qsTr("Kod för en väntrumskiosk")
        modal: true
        closePolicy: Popup.NoAutoClose
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 640)
        height: Math.min(page.height - 2 * Theme.margin, implicitHeight)
        onClosed: tablets.clearCode()
        ScrollView {
            anchors.fill: parent
            contentWidth: availableWidth
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Skanna QR-koden med den nya surfplattan, eller skriv in serveradressen och koden. Koden visas bara nu och kan användas en gång.")
                    wrapMode: Text.Wrap
                }
                QrCode {
                    id: qr
                    objectName: "codeQr"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.min(320, codeDialog.availableWidth)
                    Layout.preferredHeight: Layout.preferredWidth
                    text: tablets.codePayload
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR-kod som ansluter en surfplatta med koden %1").arg(tablets.code)
                }
                Label {
                    Layout.fillWidth: true
                    objectName: "codeText"
                    text: tablets.code
                    horizontalAlignment: Text.AlignHCenter
                    font.family: "monospace"
                    font.pixelSize: 34
                    font.letterSpacing: 2
                    font.weight: Font.DemiBold
                    // On one line, smaller on a phone: a code broken mid-group is misread.
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 18
                }
                Label {
                    Layout.fillWidth: true
                    objectName: "codeServer"
                    text: qsTr("Server: %1").arg(tablets.serverAddress)
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WrapAnywhere
                }
                Label {
                    Layout.fillWidth: true
                    objectName: "codeExpires"
                    text: qsTr("Gäller till %1").arg(tablets.codeExpiresText)
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "codeDone"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Klar")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: codeDialog.close()
                }
            }
        }
    }
}
