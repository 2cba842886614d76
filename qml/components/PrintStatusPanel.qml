import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// How the latest print job is getting to paper (a receipt, a report, a test
// page): the state in a word and a colour, why it failed, and Reprint /
// Retry print. `namePrefix` names the buttons for the tests.
Rectangle {
    id: panel
    required property QtObject printer
    property string namePrefix: "print"
    property bool canReprint: true
    readonly property bool failed: printer.state === "failed"

    visible: printer.state !== "idle"
    color: failed ? Theme.dangerSoft : Theme.surface
    border.color: failed ? Theme.danger : Theme.border
    border.width: failed ? 2 : 1
    radius: Theme.radius
    implicitWidth: column.implicitWidth + 2 * Theme.padding
    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.spacing / 2
        TillText {
            objectName: panel.namePrefix + "Message"
            Layout.fillWidth: true
            visible: panel.failed && text.length > 0
            text: panel.printer.message
            color: Theme.danger
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PrintStateChip {
                printer: panel.printer
                height: Theme.touchTarget
            }
            TouchButton {
                objectName: panel.namePrefix + "Reprint"
                visible: panel.canReprint
                text: qsTr("Reprint")
                enabled: !panel.printer.busy
                onClicked: panel.printer.reprint()
            }
            TouchButton {
                objectName: panel.namePrefix + "Retry"
                visible: panel.failed
                kind: "danger"
                text: qsTr("Retry print")
                enabled: !panel.printer.busy
                onClicked: panel.printer.retry()
            }
        }
    }
}
