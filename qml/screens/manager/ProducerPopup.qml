import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Choosing the producer of a delivery among all of the catalogue's,
// narrowed by typing part of the name or code.
Popup {
    id: popup
    property var producers: []
    signal chosen(string code)

    modal: true
    focus: false
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.padding : 640, 640)
    height: parent ? parent.height - 2 * Theme.padding : 600
    padding: Theme.padding * 2
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: filter.text = ""
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    function matches(producer) {
        const words = filter.text.trim().toLowerCase()
        return words.length === 0 || producer.name.toLowerCase().indexOf(words) >= 0
            || producer.code.toLowerCase().indexOf(words) >= 0
    }

    contentItem: ColumnLayout {
        objectName: "producerPopup"
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            text: qsTr("Choose the producer")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TextField {
            id: filter
            objectName: "producerFilter"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Name or code")
            inputMethodHints: Qt.ImhNoPredictiveText
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            model: popup.producers.filter(producer => popup.matches(producer))
            // Producers' names are long: each row wraps and grows rather than cutting them.
            delegate: Rectangle {
                required property int index
                required property var modelData
                objectName: "producer_" + modelData.code
                width: list.width
                implicitHeight: Math.max(Theme.touchTarget, producerName.implicitHeight + 2 * Theme.spacing)
                color: pick.pressed ? Theme.surfaceAlt : (index % 2 ? Theme.background : Theme.surface)
                TillText {
                    id: producerName
                    anchors.fill: parent
                    anchors.leftMargin: Theme.padding
                    anchors.rightMargin: Theme.padding
                    text: modelData.name + " (" + modelData.code + ")"
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                }
                MouseArea {
                    id: pick
                    anchors.fill: parent
                    onClicked: popup.chosen(modelData.code)
                }
            }
        }
        TouchButton {
            objectName: "producerCancel"
            Layout.fillWidth: true
            text: qsTr("Cancel")
            onClicked: popup.close()
        }
    }
}
