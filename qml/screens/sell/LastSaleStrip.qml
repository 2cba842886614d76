import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// The sale just completed: its receipt number and the change to hand back,
// and how its receipt is getting to paper — with Reprint, and Retry print
// when the printer failed (then in red, with why).
Rectangle {
    id: strip
    required property QtObject terminal
    readonly property QtObject payment: terminal.payment
    readonly property QtObject printer: terminal.printer
    readonly property bool failed: printer.state === "failed"

    objectName: "lastSaleStrip"
    visible: payment.lastReceiptNo.length > 0
    color: failed ? Theme.dangerSoft : Theme.surface
    border.color: failed ? Theme.danger : Theme.border
    border.width: failed ? 2 : 1
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        anchors.leftMargin: Theme.padding
        spacing: Theme.spacing / 2
        TillText {
            objectName: "lastSaleText"
            Layout.fillWidth: true
            text: qsTr("Last sale %1").arg(strip.payment.lastReceiptNo)
            wrapMode: Text.Wrap
            maximumLineCount: 2
        }
        TillText {
            objectName: "lastSaleChange"
            Layout.fillWidth: true
            text: qsTr("Change %1").arg(strip.payment.lastChangeText)
            font.pixelSize: Theme.fontLarge
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontSmall
        }
        TillText {
            objectName: "lastSalePrintMessage"
            Layout.fillWidth: true
            visible: strip.failed && text.length > 0
            text: strip.printer.message
            color: Theme.danger
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 3
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PrintStateChip {
                printer: strip.printer
                Layout.preferredHeight: Theme.touchTarget
            }
            Item { Layout.fillWidth: true }
            TouchButton {
                objectName: "reprintButton"
                text: qsTr("Reprint")
                enabled: !strip.printer.busy
                onClicked: strip.printer.reprint()
            }
            TouchButton {
                objectName: "retryPrintButton"
                visible: strip.failed
                kind: "danger"
                text: qsTr("Retry print")
                enabled: !strip.printer.busy
                onClicked: strip.printer.retry()
            }
        }
    }
}
