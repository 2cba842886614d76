import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// Digits by touch into a text field (`target`): for amounts ("000" key) or
// quantities ("," key for weighed goods). The keys shrink to what the
// layout gives them, never below a fingertip.
GridLayout {
    id: pad
    property Item target: null
    property string extraKey: "000" // "000" for amounts, "," for quantities
    property string namePrefix: "pad"
    columns: 3
    rowSpacing: Theme.spacing
    columnSpacing: Theme.spacing

    function press(key) {
        if (!target)
            return
        if (key === "←")
            target.text = target.text.slice(0, -1)
        else if (key === "," && target.text.indexOf(",") >= 0)
            return
        else
            target.text = target.text + key
    }

    Repeater {
        model: ["7", "8", "9", "4", "5", "6", "1", "2", "3", pad.extraKey, "0", "←"]
        TouchButton {
            required property string modelData
            objectName: pad.namePrefix + "_" + (modelData === "←" ? "back" : modelData === "," ? "comma" : modelData)
            text: modelData
            font.pixelSize: Theme.fontTitle
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.touchTarget
            Layout.preferredHeight: Theme.keyHeight
            Layout.maximumHeight: Theme.keyHeight
            Layout.minimumWidth: Theme.touchTarget
            onClicked: pad.press(modelData)
        }
    }
}
