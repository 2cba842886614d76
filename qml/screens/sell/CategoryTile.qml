import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// A category of the catalogue (OCOP, specialties, handicrafts, …) with how
// many products it holds; a tap shows them.
Rectangle {
    id: tile
    required property string code
    required property string name
    required property int count
    signal chosen(string code, string name)

    objectName: "category_" + code
    radius: Theme.radius
    color: tap.pressed ? Theme.accentPressed : Theme.accent
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: tile.chosen(tile.code, tile.name)
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: 2
        TillText {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: tile.name
            color: Theme.textOnAccent
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
        }
        TillText {
            Layout.fillWidth: true
            text: qsTr("%n product(s)", "", tile.count)
            color: Theme.textOnAccent
            font.pixelSize: Theme.fontSmall
        }
    }
}
