import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// The screen's language. Each language is named in itself, so whoever
// reads it can find theirs whatever the screen shows now.
Card {
    id: card
    required property QtObject terminal
    title: qsTr("Language")

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TouchButton {
            objectName: "lang_vi"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.keyHeight
            text: "Tiếng Việt"
            font.pixelSize: Theme.fontLarge
            kind: card.terminal.language === "vi" ? "primary" : "normal"
            onClicked: card.terminal.language = "vi"
        }
        TouchButton {
            objectName: "lang_en"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.keyHeight
            text: "English"
            font.pixelSize: Theme.fontLarge
            kind: card.terminal.language === "en" ? "primary" : "normal"
            onClicked: card.terminal.language = "en"
        }
    }
}
