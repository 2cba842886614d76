import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// A day's sales to pick the one to refund: receipt number, time, total.
ColumnLayout {
    id: list
    required property QtObject refund
    property string dayLabel: ""
    property bool listed: false
    signal picked(string receiptNo)
    spacing: Theme.spacing

    TillText {
        Layout.fillWidth: true
        text: qsTr("Scan the QR code on the receipt, type the receipt number, or pick the sale below.")
        color: Theme.textMuted
        elide: Text.ElideNone
        wrapMode: Text.Wrap
    }
    TillText {
        objectName: "refundDayTitle"
        Layout.fillWidth: true
        visible: list.listed
        text: list.dayLabel.length > 0 ? qsTr("Sales of %1").arg(list.dayLabel) : qsTr("Today's sales")
        font.pixelSize: Theme.fontLarge
        font.bold: true
        elide: Text.ElideNone
        wrapMode: Text.Wrap
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.keyHeight * 2
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
        clip: true
        ListView {
            id: view
            objectName: "refundDaySales"
            anchors.fill: parent
            anchors.margins: 1
            model: list.refund.daySales
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: AbstractButton {
                id: row
                required property var modelData
                required property int index
                objectName: "daySale_" + modelData.receiptNo
                width: view.width
                height: Math.max(Theme.keyHeight, implicitContentHeight + 2 * Theme.spacing)
                focusPolicy: Qt.NoFocus
                onClicked: list.picked(modelData.receiptNo)
                background: Rectangle {
                    color: row.down ? Theme.surfaceAlt : (row.index % 2 ? Theme.background : Theme.surface)
                }
                contentItem: RowLayout {
                    spacing: Theme.padding
                    TillText {
                        Layout.leftMargin: Theme.padding
                        Layout.fillWidth: true
                        text: row.modelData.receiptNo
                        font.bold: true
                        elide: Text.ElideNone
                        wrapMode: Text.WrapAnywhere
                    }
                    TillText {
                        text: row.modelData.time
                        color: Theme.textMuted
                        elide: Text.ElideNone
                    }
                    TillText {
                        Layout.rightMargin: Theme.padding
                        Layout.minimumWidth: implicitWidth
                        horizontalAlignment: Text.AlignRight
                        text: row.modelData.totalText
                        font.bold: true
                        elide: Text.ElideNone
                    }
                }
            }
        }
        TillText {
            objectName: "refundDayEmpty"
            anchors.centerIn: parent
            width: parent.width - 4 * Theme.padding
            visible: view.count === 0
            horizontalAlignment: Text.AlignHCenter
            text: list.listed ? qsTr("No sales on this day.") : qsTr("Tap Today's sales, or type a date and tap Show day.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontLarge
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
    }
}
