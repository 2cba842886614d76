import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Card on the external terminal: the amount charged there (what remains
// unless typed) and the approval code printed on its slip.
RowLayout {
    id: tab
    required property QtObject payment
    property Item activeField: approval
    spacing: Theme.spacing * 2

    function reset() {
        amount.clear()
        approval.clear()
        activeField = approval
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            text: qsTr("Amount charged on the card terminal")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            maximumLineCount: 2
        }
        TextField {
            id: amount
            objectName: "cardAmountField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.buttonHeight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            horizontalAlignment: TextInput.AlignRight
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /^[0-9.]{0,13}$/ }
            placeholderText: tab.payment.remainingText
            onActiveFocusChanged: if (activeFocus) tab.activeField = amount
        }
        TillText {
            Layout.fillWidth: true
            text: qsTr("Approval code on the slip")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            maximumLineCount: 2
        }
        TextField {
            id: approval
            objectName: "cardApprovalField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.buttonHeight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
            placeholderText: qsTr("e.g. 123456")
            onActiveFocusChanged: if (activeFocus) tab.activeField = approval
            onAccepted: addCard.clicked()
        }
        Item { Layout.fillHeight: true }
        TouchButton {
            id: addCard
            objectName: "addCardButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.keyHeight
            kind: "primary"
            enabled: approval.text.trim().length > 0
            text: qsTr("Add card payment")
            onClicked: {
                if (tab.payment.addCard(amount.text, approval.text))
                    tab.reset()
            }
        }
    }
    NumberPad {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        target: tab.activeField
        extraKey: "000"
        namePrefix: "cardKey"
    }
}
