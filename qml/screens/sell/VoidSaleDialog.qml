import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Abandoning the sale on screen: asked once more, with why (a tap on a
// common reason or typed); the void is recorded with it.
Popup {
    id: dialog
    required property QtObject cart

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.padding : 600, 640)
    height: Math.min(implicitHeight, parent ? parent.height : implicitHeight)
    padding: Theme.padding * 2
    closePolicy: Popup.CloseOnEscape
    onOpened: reason.text = ""
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    contentItem: ColumnLayout {
        objectName: "voidDialog"
        spacing: Theme.spacing * 1.5
        TillText {
            Layout.fillWidth: true
            text: qsTr("Void this sale?")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
        }
        TillText {
            Layout.fillWidth: true
            text: qsTr("Every line is taken off and the void is recorded with its reason. Total: %1").arg(dialog.cart.totalText)
            wrapMode: Text.Wrap
            maximumLineCount: 3
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: [qsTr("Customer changed their mind"), qsTr("Wrong items scanned"),
                        qsTr("Customer could not pay")]
                TouchButton {
                    required property string modelData
                    required property int index
                    objectName: "voidReason_" + index
                    text: modelData
                    kind: reason.text === modelData ? "primary" : "normal"
                    onClicked: reason.text = modelData
                }
            }
        }
        TextField {
            id: reason
            objectName: "voidReason"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Reason (required)")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "voidCancel"
                Layout.fillWidth: true
                text: qsTr("Keep the sale")
                onClicked: dialog.close()
            }
            TouchButton {
                objectName: "voidConfirm"
                Layout.fillWidth: true
                kind: "danger"
                enabled: reason.text.trim().length > 0
                text: qsTr("Void sale")
                onClicked: {
                    if (dialog.cart.voidSale(reason.text.trim()))
                        dialog.close()
                }
            }
        }
    }
}
