import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// The latest receipt's way to paper, in a word and a colour: printing,
// printed, or NOT PRINTED (the reason is in the banner and on the sell screen).
Rectangle {
    id: chip
    required property QtObject printer
    visible: printer.state !== "idle"
    radius: Theme.radius
    implicitWidth: label.implicitWidth + 2 * Theme.padding
    color: printer.state === "failed" ? Theme.danger
         : printer.state === "printed" ? Theme.ok : Theme.secondary
    Text {
        id: label
        objectName: "printState"
        anchors.centerIn: parent
        color: Theme.textOnAccent
        font.pixelSize: Theme.fontSmall
        font.bold: true
        text: chip.printer.state === "failed" ? qsTr("Not printed")
            : chip.printer.state === "printed" ? qsTr("Printed")
            : qsTr("Printing…")
    }
}
