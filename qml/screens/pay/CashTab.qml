import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Cash: the exact amount and the round sums a customer is likely to hand
// over, the Vietnamese notes (each tap adds one), or an amount typed on
// the pad.
RowLayout {
    id: tab
    required property QtObject payment
    spacing: Theme.spacing * 2

    function reset() { amount.clear() }

    // The notes in circulation; a tap adds one of them as a cash payment.
    readonly property var notes: [
        {dong: 10000, text: "10.000"}, {dong: 20000, text: "20.000"},
        {dong: 50000, text: "50.000"}, {dong: 100000, text: "100.000"},
        {dong: 200000, text: "200.000"}, {dong: 500000, text: "500.000"}
    ]

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            visible: tab.payment.quickTenders.length > 0
            text: qsTr("Customer gives")
            color: Theme.textMuted
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: false
            columns: 2
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing
            Repeater {
                model: tab.payment.quickTenders
                TouchButton {
                    required property var modelData
                    required property int index
                    objectName: "tender_" + modelData.dong
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Theme.keyHeight
                    kind: index === 0 ? "primary" : "normal"
                    text: index === 0 ? qsTr("Exact %1").arg(modelData.text) : modelData.text
                    font.pixelSize: index === 0 ? Theme.fontBody : Theme.fontLarge
                    onClicked: tab.payment.addCash(String(modelData.dong))
                }
            }
        }
        TillText {
            Layout.fillWidth: true
            text: qsTr("Add a note")
            color: Theme.textMuted
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: false
            columns: 2
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing
            Repeater {
                model: tab.notes
                TouchButton {
                    required property var modelData
                    objectName: "note_" + modelData.dong
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Theme.buttonHeight
                    text: modelData.text
                    font.pixelSize: Theme.fontLarge
                    onClicked: tab.payment.addCash(String(modelData.dong))
                }
            }
        }
        Item { Layout.fillHeight: true }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            text: qsTr("Other amount")
            color: Theme.textMuted
        }
        TextField {
            id: amount
            objectName: "cashAmountField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.buttonHeight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            horizontalAlignment: TextInput.AlignRight
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /^[0-9.]{0,13}$/ }
            placeholderText: "0"
            onAccepted: addCash.clicked()
        }
        NumberPad {
            Layout.fillWidth: true
            Layout.fillHeight: true
            target: amount
            extraKey: "000"
            namePrefix: "cashKey"
        }
        TouchButton {
            id: addCash
            objectName: "addCashButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.keyHeight
            kind: "primary"
            enabled: amount.text.length > 0
            text: qsTr("Add cash")
            onClicked: {
                if (tab.payment.addCash(amount.text))
                    amount.clear()
            }
        }
        Item { Layout.fillHeight: true }
    }
}
