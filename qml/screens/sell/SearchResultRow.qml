import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// A product found by name: a tap puts it in the cart.
Rectangle {
    id: row
    required property int index
    required property string name
    required property string sku
    required property string price
    required property string unit
    required property string picture
    signal chosen(string sku)

    objectName: "result_" + sku
    implicitHeight: Math.max(Theme.buttonHeight + Theme.spacing, content.implicitHeight + 2 * Theme.spacing)
    color: tap.pressed ? Theme.surfaceAlt : Theme.surface
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: row.chosen(row.sku)
    }
    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        ProductPicture {
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            source: row.picture
            name: row.name
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            TillText {
                Layout.fillWidth: true
                text: row.name
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
            }
            TillText {
                Layout.fillWidth: true
                text: row.sku
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        TillText {
            Layout.minimumWidth: implicitWidth
            horizontalAlignment: Text.AlignRight
            text: row.price
            font.bold: true
        }
    }
}
