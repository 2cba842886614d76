import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// VietQR: a code for the amount with the sale's reference, shown here and
// on the customer's screen. The cashier compares the amount and reference
// with the bank's notification, then taps Money received.
Item {
    id: tab
    required property QtObject payment
    readonly property bool waiting: payment.vietQrWaiting

    ColumnLayout {
        anchors.fill: parent
        visible: !tab.waiting
        spacing: Theme.spacing * 2
        TillText {
            Layout.fillWidth: true
            text: qsTr("The customer scans the code with their banking app. Wait for the bank's notification before tapping Money received.")
            wrapMode: Text.Wrap
            maximumLineCount: 4
            color: Theme.textMuted
        }
        TouchButton {
            objectName: "showVietQr"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.keyHeight * 1.25
            kind: "primary"
            enabled: tab.payment.remainingDong > 0
            text: qsTr("Show QR for %1").arg(tab.payment.remainingText)
            font.pixelSize: Theme.fontLarge
            onClicked: tab.payment.startVietQr("")
        }
        Item { Layout.fillHeight: true }
    }

    RowLayout {
        anchors.fill: parent
        visible: tab.waiting
        spacing: Theme.spacing * 2
        Rectangle {
            readonly property int side: Math.max(280, Math.min(tab.height, tab.width * 0.55))
            Layout.preferredWidth: side
            Layout.preferredHeight: side
            Layout.alignment: Qt.AlignTop
            color: "white"
            border.color: Theme.border
            Image {
                objectName: "vietQrImage"
                anchors.fill: parent
                anchors.margins: 2
                visible: tab.waiting
                source: tab.waiting ? "image://qr/" + encodeURIComponent(tab.payment.vietQrPayload) : ""
                sourceSize.width: width
                sourceSize.height: height
                smooth: false
                cache: false
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            TillText {
                Layout.fillWidth: true
                text: qsTr("Amount")
                color: Theme.textMuted
            }
            TillText {
                objectName: "vietQrAmount"
                Layout.fillWidth: true
                text: tab.payment.vietQrAmountText
                font.pixelSize: Theme.fontHuge
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontLarge
                font.bold: true
            }
            TillText {
                Layout.fillWidth: true
                text: qsTr("Transfer reference")
                color: Theme.textMuted
            }
            TillText {
                objectName: "vietQrReference"
                Layout.fillWidth: true
                text: tab.payment.vietQrReference
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.WrapAnywhere
                maximumLineCount: 2
            }
            Item { Layout.fillHeight: true }
            TouchButton {
                objectName: "confirmVietQr"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.keyHeight * 1.25
                kind: "primary"
                text: qsTr("Money received")
                font.pixelSize: Theme.fontLarge
                onClicked: tab.payment.confirmVietQr()
            }
            TouchButton {
                objectName: "cancelVietQr"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                onClicked: tab.payment.cancelVietQr()
            }
        }
    }
}
