import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// The shift is closed: the variance in a colour and a word, the Z report on
// its way to paper, and the way on to the next shift.
Item {
    id: panel
    objectName: "shiftClosed"
    required property QtObject printer
    property string varianceText: ""
    property real variance: 0
    signal finished()

    readonly property color varianceColor: variance < 0 ? Theme.danger : variance > 0 ? Theme.warning : Theme.ok

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, 820)
        spacing: Theme.spacing * 2

        Card {
            Layout.fillWidth: true
            emphasised: true
            accentColor: panel.varianceColor
            TillText {
                Layout.fillWidth: true
                text: qsTr("The shift is closed")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            TillText {
                objectName: "shiftClosedVariance"
                Layout.fillWidth: true
                text: panel.variance < 0 ? qsTr("Variance %1: the drawer is short.").arg(panel.varianceText)
                    : panel.variance > 0 ? qsTr("Variance %1: the drawer is over.").arg(panel.varianceText)
                    : qsTr("Variance %1: the drawer is exact.").arg(panel.varianceText)
                color: panel.varianceColor
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            TillText {
                Layout.fillWidth: true
                text: qsTr("The Z report goes to the printer: keep it with the cash.")
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
        }

        PrintStatusPanel {
            Layout.fillWidth: true
            printer: panel.printer
            namePrefix: "zReport"
            canReprint: false
        }

        TouchButton {
            objectName: "shiftClosedDone"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.keyHeight * 1.25
            kind: "primary"
            text: qsTr("Open the next shift")
            font.pixelSize: Theme.fontLarge
            onClicked: panel.finished()
        }
    }
}
