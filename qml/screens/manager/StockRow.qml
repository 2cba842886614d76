import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// One product's level at this store; a low one in the warning colour with
// the word LOW. A tap opens its detail.
AbstractButton {
    id: row
    required property int index
    required property string sku
    required property string name
    required property string onHand
    required property string minimum
    required property bool low
    required property string unit
    required property string price
    property real lowWidth: 60
    property real levelWidth: 120
    property real minimumWidth: 90
    property real priceWidth: 120
    property bool selected: false

    objectName: "stock_" + sku
    implicitHeight: Math.max(Theme.keyHeight, implicitContentHeight + 2 * Theme.spacing)
    focusPolicy: Qt.NoFocus

    background: Rectangle {
        color: row.down ? Theme.surfaceAlt
             : row.selected ? Theme.okSoft
             : row.low ? Theme.warningSoft
             : (row.index % 2 ? Theme.background : Theme.surface)
        Rectangle {
            visible: row.low
            width: 6
            height: parent.height
            color: Theme.warning
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            spacing: 0
            TillText {
                Layout.fillWidth: true
                text: row.name
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            TillText {
                Layout.fillWidth: true
                text: row.sku
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideNone
                wrapMode: Text.WrapAnywhere
            }
        }
        // Always there, seen only when low, so the columns stay in line.
        WordChip {
            Layout.preferredWidth: row.lowWidth
            opacity: row.low ? 1 : 0
            text: qsTr("LOW")
            color: Theme.warning
        }
        TillText {
            Layout.preferredWidth: row.levelWidth
            horizontalAlignment: Text.AlignRight
            text: row.onHand + " " + row.unit
            font.bold: true
            color: row.low ? Theme.warning : Theme.text
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TillText {
            Layout.preferredWidth: row.minimumWidth
            horizontalAlignment: Text.AlignRight
            text: row.minimum.length > 0 ? row.minimum : "–"
            color: Theme.textMuted
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TillText {
            Layout.preferredWidth: row.priceWidth
            Layout.rightMargin: Theme.padding
            horizontalAlignment: Text.AlignRight
            text: row.price
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
    }
}
