import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Signing in: tap your name, type your PIN on the pad.
Item {
    id: screen
    required property QtObject terminal
    signal done()
    property string username: ""

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.spacing
            Text {
                text: qsTr("Who is at the till?")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            GridView {
                id: users
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                cellWidth: Math.max(width / Math.max(1, Math.floor(width / 260)), 200)
                cellHeight: Theme.keyHeight + Theme.spacing * 2
                model: screen.terminal.session.users
                delegate: Item {
                    required property var modelData
                    width: users.cellWidth
                    height: users.cellHeight
                    TouchButton {
                        objectName: "user_" + parent.modelData.username
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        text: parent.modelData.fullName + "\n"
                              + (parent.modelData.role === "manager" ? qsTr("Manager") : qsTr("Cashier"))
                        kind: screen.username === parent.modelData.username ? "primary" : "normal"
                        onClicked: { screen.username = parent.modelData.username; pad.clear() }
                    }
                }
            }
        }
        ColumnLayout {
            Layout.preferredWidth: 1
            Layout.maximumWidth: 480
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.spacing
            Text {
                objectName: "signInPrompt"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: screen.username.length > 0 ? qsTr("PIN for %1").arg(screen.username)
                                                 : qsTr("Tap your name, then type your PIN")
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
            PinPad {
                id: pad
                objectName: "signInPad"
                Layout.fillWidth: true
                enabled: screen.username.length > 0
                okText: qsTr("Sign in")
                onEntered: value => {
                    if (screen.terminal.session.signIn(screen.username, value))
                        screen.done()
                    else
                        pad.clear()
                }
            }
        }
    }
}
