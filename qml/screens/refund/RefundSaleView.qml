import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// The sale found: its lines to choose from on the left; on the right what
// the refund comes to, how the money goes back, and Refund.
RowLayout {
    id: view
    required property QtObject refund
    property string payout: "cash"
    signal confirm()
    signal payoutChosen(string code)
    spacing: Theme.spacing * 2

    readonly property bool wide: width >= 1400

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                TillText {
                    objectName: "refundReceiptNo"
                    Layout.fillWidth: true
                    text: qsTr("Receipt %1").arg(view.refund.receiptNo)
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    elide: Text.ElideNone
                    wrapMode: Text.WrapAnywhere
                }
                TillText {
                    objectName: "refundSaleInfo"
                    Layout.fillWidth: true
                    text: qsTr("Sold %1 · total %2").arg(view.refund.soldAt).arg(view.refund.saleTotalText)
                    color: Theme.textMuted
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                }
            }
            TouchButton {
                objectName: "refundAll"
                text: qsTr("All lines")
                Layout.preferredHeight: Theme.buttonHeight
                onClicked: view.refund.chooseAll()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.keyHeight * 2
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
            clip: true
            ListView {
                id: lines
                objectName: "refundLines"
                anchors.fill: parent
                anchors.margins: 1
                model: view.refund
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                delegate: RefundLineDelegate {
                    width: lines.width
                    refund: view.refund
                    amountWidth: amountMetrics.width
                }
                // Wide enough for an amount up to 9.999.999 ₫ (a sample, not a price).
                TextMetrics {
                    id: amountMetrics
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    text: "9.999.999 ₫"
                }
            }
        }
    }

    // What comes back and how.
    ColumnLayout {
        Layout.fillHeight: true
        Layout.preferredWidth: view.wide ? 460 : 330
        Layout.maximumWidth: view.wide ? 460 : 330
        spacing: Theme.spacing

        Card {
            Layout.fillWidth: true
            emphasised: view.refund.anySelected
            TillText {
                Layout.fillWidth: true
                text: qsTr("To give back")
                color: Theme.textMuted
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            TillText {
                objectName: "refundTotal"
                Layout.fillWidth: true
                text: view.refund.refundTotalText
                font.pixelSize: view.wide ? Theme.fontHuge : Theme.fontTitle + 6
                font.bold: true
                color: view.refund.anySelected ? Theme.text : Theme.textMuted
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontLarge
                elide: Text.ElideNone
            }
            TillText {
                Layout.fillWidth: true
                visible: !view.refund.anySelected
                text: qsTr("Tap the lines that come back.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Pay back by")
            Repeater {
                model: ["cash", "vietqr", "card"]
                TouchButton {
                    required property string modelData
                    objectName: "payout_" + modelData
                    Layout.fillWidth: true
                    text: modelData === "vietqr" ? qsTr("VietQR transfer")
                        : modelData === "card" ? qsTr("Card") : qsTr("Cash")
                    kind: view.payout === modelData ? "primary" : "normal"
                    onClicked: view.payoutChosen(modelData)
                }
            }
        }

        Item { Layout.fillHeight: true }

        TouchButton {
            objectName: "refundConfirm"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.keyHeight * 1.25
            kind: "primary"
            enabled: view.refund.anySelected
            text: qsTr("Refund %1").arg(view.refund.refundTotalText)
            font.pixelSize: Theme.fontLarge
            onClicked: view.confirm()
        }
    }
}
