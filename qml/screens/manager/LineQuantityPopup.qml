import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// How many of a document's line (or how much, for weighed goods), on the pad.
Popup {
    id: popup
    property string title: qsTr("Quantity")
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
        objectName: "lineQuantityPopup"
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            text: popup.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TextField {
            id: field
            objectName: "lineQuantityField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.keyHeight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            horizontalAlignment: TextInput.AlignRight
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            validator: RegularExpressionValidator { regularExpression: /^[0-9]{0,6}(,[0-9]{0,3})?$/ }
            placeholderText: "1"
        }
        NumberPad {
            Layout.fillWidth: true
            Layout.fillHeight: true
            target: field
            extraKey: ","
            namePrefix: "lineQtyKey"
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "lineQuantityCancel"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                onClicked: popup.close()
            }
            TouchButton {
                objectName: "lineQuantityOk"
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
