import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Taking the money, over the sell screen: what is due, paid and left on
// the left with the payments so far, the change and Complete sale; the
// ways to pay (cash, VietQR, card) on the right. Several payments may be
// added (a split). Back returns to the cart with nothing lost.
Rectangle {
    id: panel
    objectName: "payPanel"
    required property QtObject terminal
    readonly property QtObject payment: terminal.payment
    property string method: "cash"
    signal closed()

    visible: false
    color: Theme.background

    // Any amount above zero has a digit other than 0 in it.
    readonly property bool hasChange: /[1-9]/.test(payment.changeText)

    function open() {
        payment.begin()
        method = "cash"
        cash.reset()
        card.reset()
        visible = true
        forceActiveFocus() // typing no longer lands in the scan field behind
    }
    function close() {
        if (payment.vietQrWaiting)
            payment.cancelVietQr()
        visible = false
        closed()
    }
    function methodName(code) {
        switch (code) {
        case "cash": return qsTr("Cash")
        case "vietqr": return qsTr("VietQR")
        case "card": return qsTr("Card")
        default: return code
        }
    }

    // Nothing below the panel takes a tap while it is open.
    MouseArea { anchors.fill: parent; acceptedButtons: Qt.AllButtons; preventStealing: true }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        // What is due, what was paid, the change, and finishing.
        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.round((panel.width - Theme.spacing * 2) * 0.4)
            Layout.maximumWidth: Math.round((panel.width - Theme.spacing * 2) * 0.4)
            spacing: Theme.spacing

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacing / 2
                    TillText {
                        Layout.fillWidth: true
                        text: qsTr("Amount due")
                        color: Theme.textMuted
                    }
                    TillText {
                        objectName: "payDue"
                        Layout.fillWidth: true
                        text: panel.payment.dueText
                        font.pixelSize: Theme.fontHuge
                        font.bold: true
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.fontTitle
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        TillText { Layout.fillWidth: true; text: qsTr("Paid"); color: Theme.textMuted }
                        TillText {
                            objectName: "payPaid"
                            Layout.minimumWidth: implicitWidth
                            text: panel.payment.paidText
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        TillText {
                            Layout.fillWidth: true
                            text: qsTr("Remaining")
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                        }
                        TillText {
                            objectName: "payRemaining"
                            Layout.minimumWidth: implicitWidth
                            text: panel.payment.remainingText
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: panel.payment.remainingDong > 0 ? Theme.danger : Theme.ok
                        }
                    }
                    Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.border }
                    PaymentList {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        payment: panel.payment
                        methodName: code => panel.methodName(code)
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                visible: panel.hasChange
                implicitHeight: changeColumn.implicitHeight + 2 * Theme.spacing
                color: Theme.okSoft
                border.color: Theme.ok
                border.width: 2
                radius: Theme.radius
                ColumnLayout {
                    id: changeColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 0
                    TillText {
                        Layout.fillWidth: true
                        text: qsTr("CHANGE")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.ok
                    }
                    TillText {
                        objectName: "changeText"
                        Layout.fillWidth: true
                        text: panel.payment.changeText
                        font.pixelSize: Theme.fontHuge * 1.3
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.ok
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "payBack"
                    Layout.preferredHeight: Theme.keyHeight * 1.25
                    Layout.preferredWidth: Math.max(implicitWidth, Theme.touchTarget * 2.5)
                    text: qsTr("Back")
                    onClicked: panel.close()
                }
                TouchButton {
                    objectName: "completeSale"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.keyHeight * 1.25
                    kind: "primary"
                    enabled: panel.payment.canComplete
                    text: qsTr("Complete sale")
                    // Two lines of Vietnamese must fit a 1024 px screen's half.
                    font.pixelSize: Theme.fontLarge
                    onClicked: {
                        if (panel.payment.complete())
                            panel.close()
                    }
                }
            }
        }

        // How the customer pays.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: [{code: "cash", name: "methodCash"}, {code: "vietqr", name: "methodVietQr"},
                            {code: "card", name: "methodCard"}]
                    TouchButton {
                        required property var modelData
                        objectName: modelData.name
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: Theme.keyHeight
                        kind: panel.method === modelData.code ? "primary" : "normal"
                        text: panel.methodName(modelData.code)
                        font.pixelSize: Theme.fontLarge
                        onClicked: panel.method = modelData.code
                    }
                }
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: panel.method === "vietqr" ? 1 : panel.method === "card" ? 2 : 0
                CashTab { id: cash; payment: panel.payment }
                VietQrTab { payment: panel.payment }
                CardTab { id: card; payment: panel.payment }
            }
        }
    }
}
