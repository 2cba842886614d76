import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Who and where, always in view: the store and till, the cashier and shift,
// the receipt printer's state, the language, and the way to the other screens.
ToolBar {
    id: bar
    required property QtObject terminal
    property string currentScreen: ""
    signal navigate(string name)

    readonly property QtObject session: terminal.session
    readonly property QtObject printer: terminal.printer

    background: Rectangle { color: Theme.accent }
    implicitHeight: Theme.buttonHeight + Theme.spacing

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.minimumWidth: 120
            Text {
                Layout.fillWidth: true
                text: bar.terminal.storeName
                elide: Text.ElideRight
                color: Theme.textOnAccent
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            Text {
                objectName: "whoAndWhere"
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: Theme.textOnAccent
                font.pixelSize: Theme.fontSmall
                text: {
                    let parts = [qsTr("Till %1").arg(bar.terminal.terminalCode)]
                    if (bar.session.signedIn)
                        parts.push(bar.session.fullName)
                    if (bar.session.shiftOpen)
                        parts.push(qsTr("Shift %1").arg(bar.session.shiftNumber))
                    return parts.join(" · ")
                }
            }
        }
        PrintStateChip {
            printer: bar.printer
            Layout.preferredHeight: Theme.touchTarget
        }
        TouchButton {
            objectName: "navSell"
            visible: bar.session.shiftOpen && bar.currentScreen !== "sell"
            text: qsTr("Sell")
            onClicked: bar.navigate("sell")
        }
        TouchButton {
            objectName: "navRefund"
            visible: bar.session.shiftOpen && bar.currentScreen === "sell"
            text: qsTr("Refund")
            onClicked: bar.navigate("refund")
        }
        TouchButton {
            objectName: "navManager"
            visible: bar.session.signedIn && bar.currentScreen !== "manager"
            text: qsTr("Manager")
            onClicked: bar.navigate("manager")
        }
        TouchButton {
            objectName: "languageToggle"
            text: bar.terminal.language === "vi" ? "EN" : "VI"
            Layout.preferredWidth: Theme.touchTarget * 1.4
            onClicked: bar.terminal.language = bar.terminal.language === "vi" ? "en" : "vi"
        }
        TouchButton {
            objectName: "signOut"
            visible: bar.session.signedIn
            text: qsTr("Sign out")
            onClicked: bar.session.signOut()
        }
    }
}
