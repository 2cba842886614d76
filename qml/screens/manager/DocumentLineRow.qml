import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// One line of a stock document: the product, and buttons for its
// quantity, its lot (on receipts) and taking it off.
Rectangle {
    id: row
    required property int index
    required property var modelData
    property bool withLots: false
    signal quantityAsked(int row)
    signal lotAsked(int row)
    signal removeAsked(int row)

    implicitHeight: Math.max(Theme.buttonHeight, content.implicitHeight) + 2 * Theme.spacing
    color: index % 2 ? Theme.background : Theme.surface

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2
        TillText {
            Layout.fillWidth: true
            text: row.modelData.name
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "lineQty_" + row.index
                Layout.preferredHeight: Theme.touchTarget
                text: row.modelData.quantity + " " + row.modelData.unit
                font.bold: true
                onClicked: row.quantityAsked(row.index)
            }
            TouchButton {
                objectName: "lineLot_" + row.index
                visible: row.withLots
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                text: row.modelData.lot.length > 0 || row.modelData.expiry.length > 0
                      ? qsTr("Lot %1, exp. %2").arg(row.modelData.lot || "–").arg(row.modelData.expiry || "–")
                      : qsTr("Lot and expiry")
                onClicked: row.lotAsked(row.index)
            }
            Item { visible: !row.withLots; Layout.fillWidth: true }
            TouchButton {
                objectName: "lineRemove_" + row.index
                Layout.preferredHeight: Theme.touchTarget
                Layout.preferredWidth: Theme.touchTarget
                implicitWidth: Theme.touchTarget
                kind: "quiet"
                text: "✕"
                onClicked: row.removeAsked(row.index)
            }
        }
    }
}
