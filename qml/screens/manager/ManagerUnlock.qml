import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// The manager's screens stay shut until a manager taps their name and types
// their PIN.
RowLayout {
    id: unlock
    objectName: "managerUnlock"
    required property QtObject terminal
    readonly property QtObject session: terminal.session
    property string manager: session.managers.length === 1 ? session.managers[0].username : ""
    readonly property string managerName: {
        const found = session.managers.find(m => m.username === manager)
        return found ? found.fullName : manager
    }
    spacing: Theme.padding * 2

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        spacing: Theme.spacing * 1.5
        TillText {
            Layout.fillWidth: true
            text: qsTr("Manager screens")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TillText {
            Layout.fillWidth: true
            text: qsTr("Stock, shift close and settings need a manager. Tap your name, then type your PIN.")
            color: Theme.textMuted
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: unlock.session.managers
                TouchButton {
                    required property var modelData
                    objectName: "manager_" + modelData.username
                    height: Theme.keyHeight
                    width: Math.min(implicitWidth, unlock.width)
                    text: modelData.fullName
                    kind: unlock.manager === modelData.username ? "primary" : "normal"
                    onClicked: { unlock.manager = modelData.username; pad.clear() }
                }
            }
        }
        TillText {
            Layout.fillWidth: true
            visible: unlock.session.managers.length === 0
            text: qsTr("No manager is set up on this till. Add one with the ocop command.")
            color: Theme.danger
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        Item { Layout.fillHeight: true }
    }
    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.maximumWidth: 480
        Layout.alignment: Qt.AlignVCenter
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            text: unlock.manager.length > 0 ? qsTr("PIN for %1").arg(unlock.managerName)
                                            : qsTr("Tap your name first")
            font.pixelSize: Theme.fontLarge
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        PinPad {
            id: pad
            objectName: "managerPad"
            Layout.fillWidth: true
            enabled: unlock.manager.length > 0
            okText: qsTr("Open")
            onEntered: value => {
                if (!unlock.session.enterManagerMode(unlock.manager, value))
                    pad.clear()
            }
        }
    }
}
