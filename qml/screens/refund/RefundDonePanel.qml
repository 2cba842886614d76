import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// The refund is recorded: what to hand back and how, its receipt on its way
// to paper, and the way back to selling.
Item {
    id: panel
    required property QtObject printer
    property string receiptNo: ""
    property string totalText: ""
    property string payout: "cash"
    signal finished()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, 820)
        spacing: Theme.spacing * 2

        Card {
            Layout.fillWidth: true
            emphasised: true
            accentColor: Theme.ok
            color: Theme.okSoft
            TillText {
                objectName: "refundDone"
                Layout.fillWidth: true
                text: qsTr("Refund %1 done — pay back %2").arg(panel.receiptNo).arg(panel.totalText)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            TillText {
                objectName: "refundPayoutAdvice"
                Layout.fillWidth: true
                text: panel.payout === "vietqr" ? qsTr("Transfer %1 back to the customer's account.").arg(panel.totalText)
                    : panel.payout === "card" ? qsTr("Refund %1 to the customer's card on the card terminal.").arg(panel.totalText)
                    : qsTr("Give the customer %1 in cash from the drawer.").arg(panel.totalText)
                font.pixelSize: Theme.fontLarge
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
        }

        PrintStatusPanel {
            Layout.fillWidth: true
            printer: panel.printer
            namePrefix: "refundPrint"
        }

        TouchButton {
            objectName: "refundFinished"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.keyHeight * 1.25
            kind: "primary"
            text: qsTr("New sale")
            font.pixelSize: Theme.fontLarge
            onClicked: panel.finished()
        }
    }
}
