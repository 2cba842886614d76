import QtQuick
import Ocop.Terminal

// A product's picture when the store has one, else a neutral square with
// the initials of its name, so a tile never shows a broken image.
Rectangle {
    id: picture
    property string source: ""
    property string name: ""
    color: Theme.surfaceAlt
    radius: Theme.radius
    clip: true

    readonly property string initials: {
        const words = name.trim().split(/\s+/).filter(word => word.length > 0)
        return words.slice(0, 2).map(word => word.charAt(0).toUpperCase()).join("")
    }

    Image {
        id: image
        anchors.fill: parent
        source: picture.source
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        sourceSize.width: 256
        sourceSize.height: 256
        visible: status === Image.Ready
    }
    TillText {
        anchors.centerIn: parent
        visible: !image.visible
        text: picture.initials
        color: Theme.textMuted
        font.pixelSize: Math.max(Theme.fontSmall, Math.min(picture.width, picture.height) * 0.36)
        font.bold: true
    }
}
