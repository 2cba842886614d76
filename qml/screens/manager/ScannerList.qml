import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// The scanners the till listens to, and what each last said.
Card {
    id: card
    objectName: "scannerList"
    required property var scanners
    title: qsTr("Scanners")

    function nameLabel(name) {
        return name === "keyboard" ? qsTr("Keyboard-wedge scanner") : name
    }
    function statusLabel(status) {
        switch (status) {
        case "listening": return qsTr("Listening")
        case "ready": return qsTr("Ready")
        case "error": return qsTr("Error")
        default: return status
        }
    }

    TillText {
        Layout.fillWidth: true
        visible: card.scanners.length === 0
        text: qsTr("No scanner is connected.")
        color: Theme.textMuted
        elide: Text.ElideNone
        wrapMode: Text.Wrap
    }
    Column {
        id: list
        Layout.fillWidth: true
        Layout.preferredWidth: Theme.touchTarget // the width it is given, not its own
        spacing: Theme.spacing / 2
        Repeater {
            model: card.scanners
            Fact {
                required property var modelData
                required property int index
                width: list.width
                label: card.nameLabel(modelData.name)
                value: card.statusLabel(modelData.status)
                valueName: "scanner_" + index
                valueAlignment: Text.AlignRight
                valueColor: modelData.status === "error" ? Theme.danger : Theme.text
            }
        }
    }
}
