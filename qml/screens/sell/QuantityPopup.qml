import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// "How many?" before the scan: the cashier taps ×, types 6 and scans one
// bottle of a six-pack. `chosen(quantity)` on OK; the screen keeps it for
// the next scan only.
Popup {
    id: popup
    signal chosen(string quantity)

    modal: true
    focus: false
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.padding : 400, 420)
    height: Math.min(implicitHeight, parent ? parent.height : implicitHeight)
    padding: Theme.padding * 2
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: field.text = ""
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    contentItem: ColumnLayout {
        objectName: "quantityPopup"
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            text: qsTr("Quantity for the next scan")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
        }
        TextField {
            id: field
            objectName: "quantityField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.keyHeight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            horizontalAlignment: TextInput.AlignRight
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            validator: RegularExpressionValidator { regularExpression: /^[0-9]{0,6}(,[0-9]{0,3})?$/ }
            onAccepted: if (text.length > 0) { popup.chosen(text); popup.close() }
            placeholderText: "1"
        }
        NumberPad {
            Layout.fillWidth: true
            Layout.fillHeight: true
            target: field
            extraKey: ","
            namePrefix: "qtyKey"
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "quantityCancel"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                onClicked: popup.close()
            }
            TouchButton {
                objectName: "quantityOk"
                Layout.fillWidth: true
                kind: "primary"
                enabled: field.text.length > 0
                text: qsTr("OK")
                onClicked: {
                    popup.chosen(field.text)
                    popup.close()
                }
            }
        }
    }
}
