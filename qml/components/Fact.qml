import QtQuick
import Ocop.Terminal

// One fact in a list of them: its name (muted, in a column `labelWidth`
// wide) and its value, which takes the rest of the row and wraps, even
// inside a long code. `valueName` names the value's text for the tests.
// Placed by hand rather than by a layout, so a value that wraps to more
// lines always makes its row taller.
Item {
    id: fact
    property string label: ""
    property string value: ""
    property string valueName: ""
    property real labelWidth: labelText.implicitWidth
    property color valueColor: Theme.text
    property bool valueBold: true
    property int valueAlignment: Text.AlignLeft
    readonly property real labelImplicitWidth: labelText.implicitWidth

    implicitWidth: labelText.implicitWidth + Theme.padding + Math.min(valueText.implicitWidth, Theme.touchTarget * 4)
    implicitHeight: Math.max(labelText.height, valueText.height)

    TillText {
        id: labelText
        width: Math.min(Math.ceil(fact.labelWidth), Math.max(Theme.touchTarget, fact.width * 0.45))
        text: fact.label
        color: Theme.textMuted
        elide: Text.ElideNone
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignTop
    }
    TillText {
        id: valueText
        objectName: fact.valueName
        x: labelText.width + Theme.padding
        width: Math.max(0, fact.width - x)
        horizontalAlignment: fact.valueAlignment
        verticalAlignment: Text.AlignTop
        text: fact.value
        color: fact.valueColor
        font.bold: fact.valueBold
        elide: Text.ElideNone
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
    }
}
