import QtQuick
import Ocop.Terminal

// A count in a small round badge (how many products are low, say).
Rectangle {
    id: badge
    property int count: 0
    implicitWidth: Math.max(implicitHeight, number.implicitWidth + Theme.spacing * 2)
    implicitHeight: number.implicitHeight + 4
    radius: height / 2
    color: Theme.warning
    border.color: Theme.textOnAccent
    Text {
        id: number
        anchors.centerIn: parent
        text: badge.count
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textOnAccent
    }
}
