import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// A product went into the cart with something the cashier must see (its
// recognition is about to expire, …): orange, beside the cart, until the
// next scan or a tap on it. It never stops the sale.
Rectangle {
    id: strip
    property string product: ""
    property var messages: []
    objectName: "warningStrip"
    visible: product.length > 0 || messages.length > 0
    color: Theme.warningSoft
    border.color: Theme.warning
    border.width: 2
    radius: Theme.radius
    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight) + 2 * Theme.spacing

    function show(newProduct, newMessages) {
        product = newProduct
        messages = newMessages
    }
    function dismiss() {
        product = ""
        messages = []
    }

    TapHandler { onTapped: strip.dismiss() }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        spacing: Theme.spacing
        TillText {
            text: "!"
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.warning
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            TillText {
                objectName: "warningProduct"
                Layout.fillWidth: true
                text: strip.product
                font.bold: true
                color: Theme.warning
                wrapMode: Text.Wrap
                maximumLineCount: 2
            }
            TillText {
                objectName: "warningMessages"
                Layout.fillWidth: true
                text: strip.messages.join("\n")
                color: Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: 4
            }
        }
        TouchButton {
            objectName: "warningDismiss"
            kind: "quiet"
            text: qsTr("OK")
            onClicked: strip.dismiss()
        }
    }
}
