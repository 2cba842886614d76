import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Opening a shift: the float put in the drawer, typed on the pad.
Item {
    id: screen
    required property QtObject terminal
    signal done()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, 520)
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Open a shift")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Count the cash in the drawer and enter it as the opening float (đồng).")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        PinPad {
            id: pad
            objectName: "floatPad"
            Layout.fillWidth: true
            masked: false
            maxLength: 10
            okText: qsTr("Open shift")
            onEntered: value => {
                if (screen.terminal.session.openShift(value))
                    screen.done()
            }
        }
    }
}
