import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lykta.App

// The children in one group: adding one (a child of the unit's families found by name, or in an
// anonymous group a code or first name only), and recording that one left. Who left stays in
// the list with the day, and their attendance so far still counts.
Page {
    id: page
    required property string groupId
    property string groupName
    background: null

    GroupMemberModel {
        id: members
        workspace: Workspace
        groupId: page.groupId
    }
    MemberCandidateModel {
        id: candidates
        workspace: Workspace
        groupId: page.groupId
        filter: search.text
    }

    // The model's last refusal, when it is about this input.
    function errorAt(field) {
        return members.errorField === field ? members.errorText : ""
    }

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
                text: qsTr("Deltagare i %1").arg(page.groupName)
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 av %2 platser").arg(members.placesTaken).arg(members.capacity)
                      + (members.full ? " · " + qsTr("Gruppen är full") : "")
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }

            // Adding: an anonymous group takes a code or a first name and an age.
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: members.anonymous ? qsTr("Lägg till med kod eller förnamn")
                                        : qsTr("Lägg till ett barn från enhetens familjer")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: members.anonymous
                spacing: Theme.spacing
                FormField {
                    id: aliasField
                    label: qsTr("Kod eller förnamn")
                    // Said while typing, before anything is saved.
                    error: members.looksIdentifying(aliasField.text)
                           ? qsTr("Det liknar ett personnummer. I en anonym grupp skrivs bara en kod eller ett förnamn.")
                           : page.errorAt("alias")
                }
                FormField {
                    id: ageField
                    label: qsTr("Ålder (%1–%2 år)").arg(members.minAge).arg(members.maxAge)
                    inputMethodHints: Qt.ImhDigitsOnly
                    error: page.errorAt("age")
                }
                Button {
                    text: qsTr("Lägg till")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: {
                        if (members.addAlias(aliasField.text, ageField.text)) {
                            aliasField.text = ""
                            ageField.text = ""
                        }
                    }
                }
            }
            // An identified group: a child already registered in the unit, found by name.
            ColumnLayout {
                Layout.fillWidth: true
                visible: !members.anonymous
                spacing: Theme.spacing
                TextField {
                    id: search
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    placeholderText: qsTr("Sök barn på namn")
                    Accessible.name: placeholderText
                }
                Repeater {
                    model: candidates
                    ListRow {
                        required property string childId
                        required property string name
                        required property string family
                        required property int age
                        Layout.fillWidth: true
                        title: name
                        detail: qsTr("%1 · %2 år").arg(family).arg(age)
                        badge: qsTr("Lägg till")
                        onClicked: members.addChild(childId)
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: candidates.count === 0
                    text: search.text.length > 0 ? qsTr("Inget barn i enhetens familjer matchar.")
                                                 : qsTr("Inga barn att välja. Barn läggs till under Familjer.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
            }
            // Refusals that are not about one typed field: the group is full, the child is in it.
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: ["alias", "age", "left_date"].indexOf(members.errorField) >= 0
                      ? "" : members.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("I gruppen")
                color: Theme.muted
            }
            Label {
                Layout.fillWidth: true
                visible: members.count === 0
                text: qsTr("Inga deltagare ännu.")
                color: Theme.muted
            }
            Repeater {
                model: members
                ListRow {
                    id: memberRow
                    required property string memberId
                    required property string alias
                    required property int age
                    required property string leftDate
                    Layout.fillWidth: true
                    title: alias
                    // Not a role named "left": Item's own `left` anchor line is final.
                    readonly property bool hasLeft: leftDate.length > 0
                    detail: hasLeft ? qsTr("%1 år · slutade %2").arg(age).arg(leftDate)
                                 : qsTr("%1 år").arg(age)
                    enabled: !hasLeft
                    trailing: hasLeft ? null : leaveButton
                    Component {
                        id: leaveButton
                        Button {
                            text: qsTr("Slutar")
                            implicitHeight: Theme.touch
                            Accessible.name: qsTr("%1 slutar").arg(memberRow.alias)
                            onClicked: leaving.ask(memberRow.memberId, memberRow.alias)
                        }
                    }
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }

    Dialog {
        id: leaving
        property string memberId
        property string who
        function ask(id, name) {
            memberId = id
            who = name
            leftDateField.text = Qt.formatDate(new Date(), "yyyy-MM-dd")
            open()
        }
        title: qsTr("%1 slutar i gruppen").arg(who)
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 480)
        // Closes only when saved: a refused date keeps the dialog with what was typed.
        footer: DialogButtonBox {
            standardButtons: DialogButtonBox.Cancel
            Button {
                text: qsTr("Spara")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: if (members.leave(leaving.memberId, leftDateField.text)) leaving.close()
            }
        }
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Barnet finns kvar i gruppens historik och närvaron hittills räknas. Senare träffar visar inte barnet.")
                wrapMode: Text.Wrap
            }
            FormField {
                id: leftDateField
                label: qsTr("Sista dagen i gruppen (ÅÅÅÅ-MM-DD)")
                inputMethodHints: Qt.ImhDate
                error: page.errorAt("left_date")
            }
        }
    }
}
