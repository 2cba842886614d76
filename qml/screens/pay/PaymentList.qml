import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// The payments added so far (a split sale has several), each removable.
ListView {
    id: list
    required property QtObject payment
    property var methodName: code => code

    objectName: "paymentList"
    clip: true
    spacing: 2
    boundsBehavior: Flickable.StopAtBounds
    model: payment.payments
    ScrollBar.vertical: ScrollBar {}

    delegate: RowLayout {
        id: row
        required property var modelData
        required property int index
        width: list.width
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            TillText {
                objectName: "paymentMethod_" + row.index
                Layout.fillWidth: true
                text: list.methodName(row.modelData.method)
                font.bold: true
            }
            TillText {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.modelData.detail
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        TillText {
            objectName: "paymentAmount_" + row.index
            Layout.minimumWidth: implicitWidth
            text: row.modelData.amountText
            font.bold: true
        }
        TouchButton {
            objectName: "removePayment_" + row.index
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            implicitWidth: Theme.touchTarget
            kind: "quiet"
            text: "×"
            font.pixelSize: Theme.fontTitle
            onClicked: list.payment.removePayment(row.index)
        }
    }

    TillText {
        anchors.centerIn: parent
        width: parent.width
        visible: list.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        maximumLineCount: 2
        text: qsTr("No payment yet")
        color: Theme.textMuted
    }
}
