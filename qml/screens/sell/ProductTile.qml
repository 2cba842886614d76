import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// A product of the chosen category: its picture (or initials), name and
// price. A tap puts it in the cart.
Rectangle {
    id: tile
    required property string name
    required property string sku
    required property string price
    required property string picture
    signal chosen(string sku)

    objectName: "result_" + sku
    radius: Theme.radius
    color: tap.pressed ? Theme.surfaceAlt : Theme.surface
    border.color: Theme.border
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: tile.chosen(tile.sku)
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2
        ProductPicture {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.touchTarget
            source: tile.picture
            name: tile.name
        }
        TillText {
            Layout.fillWidth: true
            // Three lines kept for every name, so the tiles line up.
            Layout.preferredHeight: Math.ceil(nameMetrics.lineSpacing) * 3 + 2
            text: tile.name
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 3
            verticalAlignment: Text.AlignTop
            FontMetrics {
                id: nameMetrics
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
        }
        TillText {
            Layout.fillWidth: true
            text: tile.price
            color: Theme.accent
            font.bold: true
        }
    }
}
