import QtQuick
import Ocop.Terminal

// A box that is ticked or not, drawn (not a font glyph, so every till shows
// it): filled in the accent colour with a white tick when checked.
Rectangle {
    id: box
    property bool checked: false
    implicitWidth: 32
    implicitHeight: 32
    radius: Theme.radius / 2
    color: checked ? Theme.accent : Theme.surface
    border.color: checked ? Theme.accent : Theme.textMuted
    border.width: 2

    // The tick: the short and the long stroke of an L turned by 45°.
    Item {
        visible: box.checked
        width: box.width * 0.34
        height: box.height * 0.6
        anchors.centerIn: parent
        anchors.verticalCenterOffset: -box.height * 0.06
        rotation: 45
        Rectangle {
            width: parent.width
            height: 4
            anchors.bottom: parent.bottom
            color: Theme.textOnAccent
        }
        Rectangle {
            width: 4
            height: parent.height
            anchors.right: parent.right
            color: Theme.textOnAccent
        }
    }
}
