import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Finding the sale to refund: its receipt number typed (or its QR scanned,
// which Main hands to the screen), today's sales, or another day's.
RowLayout {
    id: bar
    signal findReceipt(string text)
    signal listDay(string date)
    spacing: Theme.spacing

    function clear() { searchField.text = "" }

    TextField {
        id: searchField
        objectName: "refundSearchField"
        Layout.fillWidth: true
        Layout.minimumWidth: Theme.touchTarget * 3
        Layout.preferredHeight: Theme.buttonHeight
        font.pixelSize: Theme.fontBody
        placeholderText: qsTr("Receipt number")
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        onAccepted: bar.findReceipt(text)
    }
    TouchButton {
        objectName: "refundFind"
        kind: "primary"
        text: qsTr("Find")
        Layout.preferredHeight: Theme.buttonHeight
        onClicked: bar.findReceipt(searchField.text)
    }
    Item { Layout.preferredWidth: Theme.spacing }
    TouchButton {
        objectName: "refundListDay"
        text: qsTr("Today's sales")
        Layout.preferredHeight: Theme.buttonHeight
        onClicked: bar.listDay("")
    }
    TextField {
        id: dateField
        objectName: "refundDateField"
        Layout.preferredWidth: Theme.touchTarget * 3.4
        Layout.preferredHeight: Theme.buttonHeight
        font.pixelSize: Theme.fontBody
        placeholderText: qsTr("dd/mm/yyyy")
        inputMethodHints: Qt.ImhDate | Qt.ImhNoPredictiveText
        onAccepted: bar.listDay(text)
    }
    TouchButton {
        objectName: "refundListDate"
        text: qsTr("Show day")
        enabled: dateField.text.trim().length > 0
        Layout.preferredHeight: Theme.buttonHeight
        onClicked: bar.listDay(dateField.text)
    }
}
