import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// One note of the drawer count: the note, how many (− / + or a tap to type
// the number), and what they add up to.
RowLayout {
    id: row
    required property int index
    required property string denomination
    required property int pieces
    required property string subtotal
    required property QtObject shiftClose
    property real noteWidth: 110
    property real subtotalWidth: 130
    signal typePieces(int row, int pieces, string denomination)
    spacing: Theme.spacing

    TillText {
        Layout.preferredWidth: row.noteWidth
        horizontalAlignment: Text.AlignRight
        text: row.denomination
        font.pixelSize: Theme.fontLarge
        font.bold: true
        elide: Text.ElideNone
    }
    TouchButton {
        objectName: "pieces_minus_" + row.index
        Layout.fillHeight: true
        Layout.preferredWidth: Theme.touchTarget * 1.2
        implicitWidth: Theme.touchTarget
        text: "−"
        font.pixelSize: Theme.fontTitle
        enabled: row.pieces > 0
        onClicked: row.shiftClose.setPieces(row.index, row.pieces - 1)
    }
    TouchButton {
        objectName: "pieces_" + row.index
        Layout.fillHeight: true
        Layout.preferredWidth: Theme.touchTarget * 1.8
        implicitWidth: Theme.touchTarget
        text: row.pieces
        font.pixelSize: Theme.fontLarge
        font.bold: true
        onClicked: row.typePieces(row.index, row.pieces, row.denomination)
    }
    TouchButton {
        objectName: "pieces_plus_" + row.index
        Layout.fillHeight: true
        Layout.preferredWidth: Theme.touchTarget * 1.2
        implicitWidth: Theme.touchTarget
        text: "+"
        font.pixelSize: Theme.fontTitle
        onClicked: row.shiftClose.setPieces(row.index, row.pieces + 1)
    }
    TillText {
        Layout.fillWidth: true
        Layout.minimumWidth: row.subtotalWidth
        horizontalAlignment: Text.AlignRight
        text: row.subtotal
        color: row.pieces > 0 ? Theme.text : Theme.textMuted
        elide: Text.ElideNone
    }
}
