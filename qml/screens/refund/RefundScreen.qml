import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Giving money back: find the sale (scan its receipt's QR, type its number,
// or pick it from a day's sales), choose the lines that come back, a
// manager's PIN and reason, and the refund receipt prints.
Item {
    id: screen
    objectName: "refundScreen"
    required property QtObject terminal
    signal done()

    readonly property QtObject refund: terminal.refund
    property string payout: "cash"
    // The refund just recorded (the panel resets itself once it is done).
    property string doneReceiptNo: ""
    property string doneTotalText: ""
    property string donePayout: "cash"
    readonly property bool finished: doneReceiptNo.length > 0
    // The day whose sales are listed ("" for today), once one is listed.
    property string listedDay: ""
    property bool listed: false

    // A scan from the hardware scanner: the receipt's QR finds its sale.
    function takeScan(text) {
        findSale(text)
    }
    function findSale(text) {
        const wanted = String(text).trim()
        if (wanted.length === 0)
            return false
        if (!refund.find(wanted))
            return false
        doneReceiptNo = ""
        payout = "cash"
        findBar.clear()
        return true
    }
    function listDay(date) {
        const day = String(date).trim()
        if (refund.listDay(day)) {
            listedDay = day
            listed = true
        }
    }
    function back() {
        approval.close()
        refund.reset()
        done()
    }

    Component.onCompleted: listDay("")

    Connections {
        target: screen.refund
        function onCompleted(receiptNo, totalText) {
            screen.donePayout = screen.payout
            screen.doneTotalText = totalText
            screen.doneReceiptNo = receiptNo
            approval.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TillText {
                Layout.fillWidth: true
                text: qsTr("Refund")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            TouchButton {
                objectName: "refundBack"
                visible: !screen.finished
                text: qsTr("Back")
                Layout.preferredHeight: Theme.buttonHeight
                onClicked: screen.back()
            }
        }

        RefundFindBar {
            id: findBar
            Layout.fillWidth: true
            visible: !screen.finished
            onFindReceipt: text => screen.findSale(text)
            onListDay: date => {
                screen.refund.reset()
                screen.listDay(date)
            }
        }

        RefundDayList {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !screen.finished && !screen.refund.loaded
            refund: screen.refund
            listed: screen.listed
            dayLabel: screen.listedDay
            onPicked: receiptNo => screen.findSale(receiptNo)
        }

        RefundSaleView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !screen.finished && screen.refund.loaded
            refund: screen.refund
            payout: screen.payout
            onPayoutChosen: code => screen.payout = code
            onConfirm: approval.open()
        }

        RefundDonePanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: screen.finished
            printer: screen.terminal.printer
            receiptNo: screen.doneReceiptNo
            totalText: screen.doneTotalText
            payout: screen.donePayout
            onFinished: {
                screen.doneReceiptNo = ""
                screen.refund.reset()
                screen.done()
            }
        }
    }

    ManagerApproval {
        id: approval
        terminal: screen.terminal
        parent: Overlay.overlay
        askReason: true
        title: qsTr("Approve the refund")
        detail: qsTr("Refund %1 from receipt %2").arg(screen.refund.refundTotalText).arg(screen.refund.receiptNo)
        onApproved: (manager, pin, reason) => {
            if (screen.refund.complete(manager, pin, reason, screen.payout))
                approval.close()
        }
    }
}
