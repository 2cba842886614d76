import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// The cashier's screen for most of the day: the cart with its totals and
// Pay on the left, finding products on the right. Every scan lands in the
// cart; what the store's policy blocks or warns about is shown at once.
Item {
    id: screen
    objectName: "sellScreen"
    required property QtObject terminal
    signal done()

    readonly property QtObject cart: terminal.cart
    property string pendingQuantity: ""
    property int highlightRow: -1

    // A scan from the hardware scanner (Main.qml), or a code typed and Enter.
    function takeScan(text) {
        scanCode(text)
    }
    function scanCode(code) {
        warning.dismiss()
        const quantity = pendingQuantity
        pendingQuantity = ""
        const added = cart.scan(code, quantity)
        if (added)
            searchPane.clearField()
        else if (!cart.hasBlockedScan)
            searchPane.selectField()
        if (!payPanel.visible)
            searchPane.focusField()
        return added
    }
    function openPay() {
        warning.dismiss()
        payPanel.open()
    }

    Component.onCompleted: searchPane.focusField()

    Connections {
        target: screen.cart
        function onWarned(product, messages) { warning.show(product, messages) }
        function onTotalsChanged() {
            const row = screen.cart.lastRow
            if (row < 0 || row >= screen.cart.count)
                return
            screen.highlightRow = row
            highlightTimer.restart()
            cartList.positionViewAtIndex(row, ListView.Contain)
            scrollTimer.restart() // again once the new line has its height
        }
    }
    Timer {
        id: scrollTimer
        interval: 40
        onTriggered: {
            const row = screen.cart.lastRow
            if (row >= 0 && row < screen.cart.count)
                cartList.positionViewAtIndex(row, ListView.Contain)
        }
    }
    Timer {
        id: highlightTimer
        interval: 1500
        onTriggered: screen.highlightRow = -1
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        // The sale: lines, totals, Pay.
        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.round((screen.width - Theme.spacing * 2) * 0.58)
            Layout.maximumWidth: Math.round((screen.width - Theme.spacing * 2) * 0.58)
            spacing: Theme.spacing

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.touchTarget * 2
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                clip: true
                ListView {
                    id: cartList
                    objectName: "cartList"
                    anchors.fill: parent
                    anchors.margins: 1
                    model: screen.cart
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: CartLineDelegate {
                        width: cartList.width
                        cart: screen.cart
                        highlighted: index === screen.highlightRow
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
                TillText {
                    objectName: "cartEmpty"
                    anchors.centerIn: parent
                    width: parent.width - 4 * Theme.padding
                    visible: screen.cart.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    text: qsTr("Scan a product, or find it on the right")
                    font.pixelSize: Theme.fontLarge
                    color: Theme.textMuted
                }
            }

            WarningStrip {
                id: warning
                Layout.fillWidth: true
            }

            CartTotals {
                Layout.fillWidth: true
                cart: screen.cart
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "voidButton"
                    Layout.preferredHeight: Theme.keyHeight * 1.25
                    Layout.preferredWidth: Math.max(implicitWidth, Theme.touchTarget * 3)
                    enabled: screen.cart.count > 0
                    text: qsTr("Void sale")
                    onClicked: voidDialog.open()
                }
                TouchButton {
                    objectName: "payButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.keyHeight * 1.25
                    kind: "primary"
                    enabled: screen.cart.count > 0
                    text: qsTr("Pay %1").arg(screen.cart.totalText)
                    font.pixelSize: Theme.fontTitle
                    onClicked: screen.openPay()
                }
            }
        }

        // Finding products, and the sale just made.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            SearchPane {
                id: searchPane
                Layout.fillWidth: true
                Layout.fillHeight: true
                terminal: screen.terminal
                pendingQuantity: screen.pendingQuantity
                onCodeEntered: code => screen.scanCode(code)
                onProductChosen: sku => screen.scanCode(sku)
                onQuantityRequested: quantityPopup.open()
                onQuantityCleared: screen.pendingQuantity = ""
            }
            LastSaleStrip {
                Layout.fillWidth: true
                terminal: screen.terminal
            }
        }
    }

    PayPanel {
        id: payPanel
        anchors.fill: parent
        terminal: screen.terminal
        onClosed: searchPane.focusField()
    }

    QuantityPopup {
        id: quantityPopup
        onChosen: quantity => screen.pendingQuantity = quantity
        onClosed: searchPane.focusField()
    }
    VoidSaleDialog {
        id: voidDialog
        cart: screen.cart
        onClosed: searchPane.focusField()
    }
    BlockedProductDialog {
        id: blockedDialog
        terminal: screen.terminal
        onClosed: searchPane.focusField()
    }
}
