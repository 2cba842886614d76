import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// How many of one note, typed on a pad.
Popup {
    id: popup
    property int row: -1
    property string denomination: ""
    signal chosen(int row, int pieces)

    function ask(forRow, pieces, note) {
        row = forRow
        denomination = note
        field.text = pieces > 0 ? String(pieces) : ""
        open()
    }

    modal: true
    focus: false
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.padding : 420, 420)
    padding: Theme.padding * 2
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    ColumnLayout {
        objectName: "piecesPopup"
        anchors.fill: parent
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            text: qsTr("How many %1 notes?").arg(popup.denomination)
            font.pixelSize: Theme.fontLarge
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TextField {
            id: field
            objectName: "piecesField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.keyHeight
            horizontalAlignment: TextInput.AlignHCenter
            font.pixelSize: Theme.fontTitle
            readOnly: true
            maximumLength: 5
            placeholderText: "0"
        }
        NumberPad {
            Layout.fillWidth: true
            target: field
            extraKey: "00"
            namePrefix: "piecesKey"
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "piecesCancel"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                onClicked: popup.close()
            }
            TouchButton {
                objectName: "piecesOk"
                Layout.fillWidth: true
                kind: "primary"
                text: qsTr("OK")
                onClicked: {
                    popup.chosen(popup.row, parseInt(field.text.length > 0 ? field.text : "0", 10))
                    popup.close()
                }
            }
        }
    }
}
