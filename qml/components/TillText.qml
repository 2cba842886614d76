import QtQuick
import Ocop.Terminal

// Text in the till's font and colours. It elides by default, so a long
// Vietnamese word is cut with "…" rather than spilling out of its box.
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.text
    elide: Text.ElideRight
    verticalAlignment: Text.AlignVCenter
}
