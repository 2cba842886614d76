import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// A manager's consent at the till: who (tapped from the managers), their
// PIN on the pad, and why (when asked). `approved(manager, pin, reason)` is
// emitted for the panel to check; a wrong PIN comes back as a problem.
Popup {
    id: dialog
    required property QtObject terminal
    property string title: qsTr("Manager approval")
    property string detail: ""
    property bool askReason: true
    property string manager: ""
    signal approved(string manager, string pin, string reason)

    modal: true
    focus: false
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 40 : 640, 640)
    padding: Theme.padding * 2
    closePolicy: Popup.CloseOnEscape
    onOpened: { pad.clear(); reason.text = ""; manager = "" }
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    contentItem: ColumnLayout {
        spacing: Theme.spacing * 1.5
        Text {
            text: dialog.title
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "approvalDetail"
            visible: dialog.detail.length > 0
            text: dialog.detail
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.danger
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: dialog.terminal.session.managers
                TouchButton {
                    required property var modelData
                    objectName: "manager_" + modelData.username
                    text: modelData.fullName
                    kind: dialog.manager === modelData.username ? "primary" : "normal"
                    onClicked: dialog.manager = modelData.username
                }
            }
        }
        TextField {
            id: reason
            objectName: "approvalReason"
            visible: dialog.askReason
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Reason (required)")
        }
        PinPad {
            id: pad
            Layout.fillWidth: true
            okText: qsTr("Approve")
            onEntered: value => dialog.approved(dialog.manager, value, reason.text)
        }
        TouchButton {
            objectName: "approvalCancel"
            Layout.fillWidth: true
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
