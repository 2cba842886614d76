import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// A CUPS queue the till can print to: its name and description, its state
// in words, its paper; tap to choose it.
AbstractButton {
    id: row
    required property var printer
    property bool selected: false
    readonly property string printerState: printer.state || ""
    readonly property bool trouble: printerState === "stopped" || !printer.accepting
                                    || (printer.reasons || "").indexOf("error") >= 0

    objectName: "printer_" + printer.name
    implicitHeight: Math.max(Theme.keyHeight, implicitContentHeight + 2 * Theme.spacing)
    focusPolicy: Qt.NoFocus

    background: Rectangle {
        radius: Theme.radius
        color: row.down ? Theme.surfaceAlt : row.selected ? Theme.okSoft : Theme.surface
        border.color: row.selected ? Theme.accent : Theme.border
        border.width: row.selected ? 2 : 1
    }
    contentItem: RowLayout {
        spacing: Theme.padding
        Item {
            Layout.leftMargin: Theme.spacing
            Layout.preferredWidth: 32
            Layout.preferredHeight: 32
            TickBox {
                anchors.fill: parent
                checked: row.selected
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.rightMargin: Theme.spacing
            spacing: 0
            TillText {
                Layout.fillWidth: true
                text: row.printer.name
                font.bold: true
                elide: Text.ElideNone
                wrapMode: Text.WrapAnywhere
            }
            TillText {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.printer.info || ""
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            TillText {
                Layout.fillWidth: true
                text: {
                    let parts = []
                    parts.push(row.printerState === "idle" ? qsTr("Ready")
                             : row.printerState === "processing" ? qsTr("Printing")
                             : row.printerState === "stopped" ? qsTr("Stopped")
                             : row.printerState)
                    if (!row.printer.accepting)
                        parts.push(qsTr("not accepting jobs"))
                    if (row.printer.paperWidth > 0)
                        parts.push(qsTr("paper %1 mm").arg(row.printer.paperWidth))
                    const reasons = row.printer.reasons || ""
                    if (reasons.length > 0 && reasons !== "none")
                        parts.push(reasons)
                    return parts.join(" · ")
                }
                font.pixelSize: Theme.fontSmall
                color: row.trouble ? Theme.danger : Theme.text
                font.bold: row.trouble
                elide: Text.ElideNone
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
        }
    }
}
