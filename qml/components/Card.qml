import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// A white panel with an optional heading; what is put inside is laid out
// in a column below the heading.
Rectangle {
    id: card
    property string title: ""
    property bool emphasised: false     // a thicker border in accentColor
    property color accentColor: Theme.accent
    default property alias content: body.data
    color: Theme.surface
    border.color: emphasised ? accentColor : Theme.border
    border.width: emphasised ? 2 : 1
    radius: Theme.radius
    implicitWidth: body.implicitWidth + 2 * Theme.padding
    implicitHeight: body.implicitHeight + 2 * Theme.padding

    ColumnLayout {
        id: body
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            visible: card.title.length > 0
            text: card.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
    }
}
