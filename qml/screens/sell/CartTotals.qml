import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// What the sale comes to: subtotal, discount when there is one, the VAT
// included at each rate, and the TOTAL in large type.
ColumnLayout {
    id: totals
    required property QtObject cart
    spacing: 2

    component AmountRow: RowLayout {
        id: row
        property string label
        property string value
        property color tone: Theme.textMuted
        property string valueName: ""
        Layout.fillWidth: true
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            text: row.label
            color: row.tone
        }
        TillText {
            objectName: row.valueName
            Layout.minimumWidth: implicitWidth
            horizontalAlignment: Text.AlignRight
            text: row.value
            color: row.tone
        }
    }

    AmountRow {
        label: qsTr("Subtotal (%1 items)").arg(totals.cart.unitsText)
        value: totals.cart.subtotalText
        valueName: "cartSubtotal"
    }
    AmountRow {
        visible: totals.cart.discountText.length > 0
        label: qsTr("Discount")
        value: totals.cart.discountText
        valueName: "cartDiscount"
        tone: Theme.ok
    }
    Repeater {
        model: totals.cart.vatLines
        AmountRow {
            required property var modelData
            label: qsTr("incl. VAT %1").arg(modelData.code)
            value: modelData.vatText
            valueName: "cartVat_" + modelData.code
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            text: qsTr("TOTAL")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        TillText {
            objectName: "cartTotal"
            Layout.minimumWidth: implicitWidth
            horizontalAlignment: Text.AlignRight
            text: totals.cart.totalText
            font.pixelSize: Theme.fontHuge
            font.bold: true
            color: Theme.accent
        }
    }
}
