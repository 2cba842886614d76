import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// Digits by touch for a PIN or an amount. `masked` shows dots instead of
// digits; `entered` fires on OK with what was typed.
ColumnLayout {
    id: pad
    property string value: ""
    property bool masked: true
    property int maxLength: 8
    property string okText: qsTr("OK")
    signal entered(string value)
    spacing: Theme.spacing

    function clear() { value = "" }

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.keyHeight
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        Text {
            objectName: "pinDisplay"
            anchors.centerIn: parent
            text: pad.masked ? "•".repeat(pad.value.length) : pad.value
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
        }
    }
    GridLayout {
        columns: 3
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing
        Layout.fillWidth: true
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "←", "0", "OK"]
            TouchButton {
                required property string modelData
                objectName: "key_" + (modelData === "←" ? "back" : modelData)
                text: modelData === "OK" ? pad.okText : modelData
                kind: modelData === "OK" ? "primary" : "normal"
                font.pixelSize: Theme.fontTitle
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.keyHeight
                onClicked: {
                    if (modelData === "OK")
                        pad.entered(pad.value)
                    else if (modelData === "←")
                        pad.value = pad.value.slice(0, -1)
                    else if (pad.value.length < pad.maxLength)
                        pad.value += modelData
                }
            }
        }
    }
}
