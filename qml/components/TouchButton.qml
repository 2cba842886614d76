import QtQuick
import QtQuick.Controls
import Ocop.Terminal

// The terminal's button: never smaller than a fingertip, one of three kinds
// (primary, normal, danger), text that wraps rather than being cut.
Button {
    id: control
    property string kind: "normal" // primary, normal, danger, quiet
    implicitHeight: Theme.buttonHeight
    implicitWidth: Math.max(Theme.touchTarget * 2, contentItem.implicitWidth + 2 * Theme.padding)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.bold: kind === "primary"
    focusPolicy: Qt.NoFocus // the scan field keeps the keyboard

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.kind === "normal" || control.kind === "quiet" ? Theme.text : Theme.textOnAccent
        opacity: control.enabled ? 1 : 0.45
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        border.width: control.kind === "normal" ? 1 : 0
        border.color: Theme.border
        opacity: control.enabled ? 1 : 0.6
        color: {
            const pressed = control.down
            switch (control.kind) {
            case "primary": return pressed ? Theme.accentPressed : Theme.accent
            case "danger": return pressed ? Qt.darker(Theme.danger, 1.2) : Theme.danger
            case "quiet": return pressed ? Theme.surfaceAlt : "transparent"
            default: return pressed ? Theme.surfaceAlt : Theme.surface
            }
        }
    }
}
