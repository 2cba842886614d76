import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import Ocop.Terminal

// What the customer sees on the second screen: the store, the cart as it
// grows (the newest line always in view), the total in very large type,
// the VietQR code to scan while the till waits for a transfer, and thanks
// with the change once the sale is done.
Window {
    id: display
    required property QtObject terminal
    readonly property QtObject cart: terminal.cart
    readonly property QtObject payment: terminal.payment
    property bool thanking: false

    width: 1024
    height: 600
    // The customer's screen never takes the keyboard from the cashier's.
    flags: Qt.Window | Qt.WindowDoesNotAcceptFocus
    // Where a platform activates it anyway (shown, or touched), the
    // keyboard goes straight back to the till's window.
    onActiveChanged: if (active && transientParent) transientParent.requestActivate()
    title: qsTr("Customer display") + " — " + terminal.storeName
    color: Theme.background

    Connections {
        target: display.payment
        function onCompleted() { display.thanking = true }
    }
    Connections {
        target: display.cart
        function onTotalsChanged() {
            if (display.cart.count > 0)
                display.thanking = false
            // Hidden (one screen, no --customer-display): no delegates to build.
            if (display.visible && display.cart.lastRow >= 0) {
                lines.positionViewAtIndex(display.cart.lastRow, ListView.Contain)
                scrollTimer.restart()
            }
        }
    }

    Timer {
        id: scrollTimer
        interval: 40
        onTriggered: if (display.cart.lastRow >= 0 && display.cart.lastRow < display.cart.count)
                         lines.positionViewAtIndex(display.cart.lastRow, ListView.Contain)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: storeName.implicitHeight + 2 * Theme.padding
            color: Theme.accent
            TillText {
                id: storeName
                objectName: "customerStoreName"
                anchors.fill: parent
                anchors.margins: Theme.padding
                text: display.terminal.storeName
                color: Theme.textOnAccent
                font.pixelSize: Theme.fontTitle
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
            }
        }

        RowLayout {
            id: middle
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.padding
            spacing: Theme.padding * 2

            // The lines, or thanks after the sale.
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                ListView {
                    id: lines
                    objectName: "customerLines"
                    anchors.fill: parent
                    visible: !display.thanking
                    clip: true
                    model: display.cart
                    spacing: 0
                    // Wide enough for an amount up to 9.999.999 ₫ (a sample, not a price).
                    TextMetrics {
                        id: amountMetrics
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        text: "9.999.999 ₫"
                    }
                    delegate: Rectangle {
                        id: lineRow
                        required property int index
                        required property string name
                        required property string quantity
                        required property string amount
                        width: lines.width
                        implicitHeight: lineLayout.implicitHeight + 2 * Theme.spacing
                        color: index === display.cart.lastRow ? Theme.okSoft
                             : index % 2 === 0 ? Theme.surface : Theme.background
                        RowLayout {
                            id: lineLayout
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            anchors.leftMargin: Theme.padding
                            anchors.rightMargin: Theme.padding
                            spacing: Theme.padding
                            TillText {
                                Layout.fillWidth: true
                                text: lineRow.name
                                font.pixelSize: Theme.fontLarge
                                wrapMode: Text.Wrap
                                maximumLineCount: 2
                            }
                            TillText {
                                Layout.minimumWidth: implicitWidth
                                Layout.preferredWidth: Math.max(implicitWidth, Theme.fontLarge * 3)
                                horizontalAlignment: Text.AlignRight
                                text: "× " + lineRow.quantity
                                font.pixelSize: Theme.fontLarge
                                color: Theme.textMuted
                            }
                            TillText {
                                Layout.minimumWidth: implicitWidth
                                Layout.preferredWidth: Math.max(implicitWidth, amountMetrics.width)
                                horizontalAlignment: Text.AlignRight
                                text: lineRow.amount
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                            }
                        }
                    }
                }
                TillText {
                    anchors.centerIn: parent
                    width: parent.width
                    visible: !display.thanking && display.cart.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    text: qsTr("Welcome")
                    font.pixelSize: Theme.fontHuge
                    color: Theme.textMuted
                }
                ColumnLayout {
                    objectName: "customerThanks"
                    anchors.centerIn: parent
                    width: parent.width
                    visible: display.thanking
                    spacing: Theme.padding
                    TillText {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Thank you!")
                        font.pixelSize: Theme.fontHuge * 1.5
                        font.bold: true
                        color: Theme.accent
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                    }
                    TillText {
                        objectName: "customerChange"
                        Layout.fillWidth: true
                        visible: /[1-9]/.test(display.payment.lastChangeText)
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Your change: %1").arg(display.payment.lastChangeText)
                        font.pixelSize: Theme.fontHuge
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.fontTitle
                        font.bold: true
                    }
                }
            }

            // Scan to pay: the code as large as the space left by the captions.
            Item {
                id: qrArea
                objectName: "customerQrPanel"
                visible: display.payment.vietQrWaiting
                // Room kept for the amount and two lines of caption (not
                // their measured height: that follows the width, a loop).
                readonly property int captions: Math.ceil(Theme.fontTitle * 1.4 + Theme.fontBody * 1.4 * 2) + 2 * Theme.spacing
                readonly property int side: Math.max(Theme.touchTarget * 3,
                    Math.min(height - captions, middle.width * 0.5))
                Layout.fillHeight: true
                Layout.preferredWidth: side
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    Rectangle {
                        Layout.preferredWidth: qrArea.side
                        Layout.preferredHeight: qrArea.side
                        Layout.alignment: Qt.AlignHCenter
                        color: "white"
                        border.color: Theme.border
                        Image {
                            objectName: "customerQr"
                            anchors.fill: parent
                            anchors.margins: 2
                            source: display.payment.vietQrWaiting
                                    ? "image://qr/" + encodeURIComponent(display.payment.vietQrPayload) : ""
                            sourceSize.width: width
                            sourceSize.height: height
                            smooth: false
                            cache: false
                        }
                    }
                    TillText {
                        id: qrAmount
                        objectName: "customerQrAmount"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: display.payment.vietQrAmountText
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                    }
                    TillText {
                        id: qrCaption
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Scan with your banking app")
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }

        // The total.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: totalRow.implicitHeight + 2 * Theme.padding
            color: Theme.surface
            border.color: Theme.border
            RowLayout {
                id: totalRow
                anchors.fill: parent
                anchors.margins: Theme.padding
                anchors.leftMargin: Theme.padding * 2
                anchors.rightMargin: Theme.padding * 2
                spacing: Theme.padding
                TillText {
                    Layout.fillWidth: true
                    text: display.thanking ? qsTr("Paid") : qsTr("TOTAL")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                TillText {
                    objectName: "customerTotal"
                    Layout.minimumWidth: implicitWidth
                    horizontalAlignment: Text.AlignRight
                    text: display.thanking ? display.payment.lastTotalText : display.cart.totalText
                    font.pixelSize: Theme.fontHuge * 1.6
                    font.bold: true
                    color: Theme.accent
                }
            }
        }
    }
}
