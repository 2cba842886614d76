import QtQuick
import Ocop.Terminal

// A word a person must not miss (LOW, EXPIRED, short…), white on a colour.
Rectangle {
    id: chip
    property string text: ""
    implicitWidth: word.implicitWidth + Theme.spacing * 2
    implicitHeight: word.implicitHeight + 6
    radius: Theme.radius / 2
    color: Theme.warning
    Text {
        id: word
        anchors.centerIn: parent
        text: chip.text
        color: Theme.textOnAccent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
}
