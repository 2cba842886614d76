import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Lots that expire within the store's warning period, and those already
// expired (to write off): the soonest first.
ColumnLayout {
    id: pane
    objectName: "expiringPane"
    required property QtObject terminal
    readonly property QtObject expiring: terminal.expiring
    spacing: Theme.spacing

    Component.onCompleted: expiring.reload()

    TillText {
        Layout.fillWidth: true
        text: qsTr("Lots expiring within %1 days").arg(pane.expiring.days)
        font.pixelSize: Theme.fontLarge
        font.bold: true
        elide: Text.ElideNone
        wrapMode: Text.Wrap
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
        clip: true
        ListView {
            id: list
            objectName: "expiringList"
            anchors.fill: parent
            anchors.margins: 1
            model: pane.expiring.lots
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: lotRow
                required property int index
                required property var modelData
                readonly property bool expired: modelData.daysLeft < 0
                width: list.width
                implicitHeight: Math.max(Theme.touchTarget, lotContent.implicitHeight + Theme.spacing * 2)
                color: expired ? Theme.dangerSoft : (index % 2 ? Theme.background : Theme.surface)
                RowLayout {
                    id: lotContent
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    anchors.leftMargin: Theme.padding
                    anchors.rightMargin: Theme.padding
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        TillText {
                            Layout.fillWidth: true
                            text: lotRow.modelData.name
                            elide: Text.ElideNone
                            wrapMode: Text.Wrap
                        }
                        TillText {
                            Layout.fillWidth: true
                            text: qsTr("Lot %1, expires %2").arg(lotRow.modelData.lot).arg(lotRow.modelData.expiry)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            elide: Text.ElideNone
                            wrapMode: Text.Wrap
                        }
                    }
                    WordChip {
                        text: lotRow.expired ? qsTr("EXPIRED") : qsTr("%1 days").arg(lotRow.modelData.daysLeft)
                        color: lotRow.expired ? Theme.danger : Theme.warning
                    }
                    TillText {
                        text: lotRow.modelData.remaining + " " + lotRow.modelData.unit
                        font.bold: true
                        elide: Text.ElideNone
                    }
                }
            }
        }
        TillText {
            anchors.centerIn: parent
            width: parent.width - 4 * Theme.padding
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("No lot expires soon.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontLarge
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
    }
}
