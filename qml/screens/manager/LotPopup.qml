import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// A received line's lot and expiry date, as printed on the goods.
Popup {
    id: popup
    signal chosen(string lot, string expiry)

    modal: true
    focus: false
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.padding : 480, 480)
    padding: Theme.padding * 2
    closePolicy: Popup.CloseOnEscape
    onOpened: { lotField.text = ""; expiryField.text = "" }
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    contentItem: ColumnLayout {
        objectName: "lotPopup"
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            text: qsTr("Lot and expiry")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TextField {
            id: lotField
            objectName: "lotField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Lot number")
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        }
        TextField {
            id: expiryField
            objectName: "expiryField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Expiry date (dd/mm/yyyy)")
            inputMethodHints: Qt.ImhDate
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "lotCancel"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                onClicked: popup.close()
            }
            TouchButton {
                objectName: "lotOk"
                Layout.fillWidth: true
                kind: "primary"
                text: qsTr("OK")
                onClicked: popup.chosen(lotField.text, expiryField.text)
            }
        }
    }
}
