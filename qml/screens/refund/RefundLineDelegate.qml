import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// One line of the sale being refunded: tap it to take it all back (or not),
// or set how many come back with − / + or by typing (weighed goods).
Rectangle {
    id: line
    required property int index
    required property int lineNo
    required property string name
    required property string sold
    required property string refundable
    required property string chosen
    required property string amount
    required property QtObject refund
    property real amountWidth: 120

    readonly property bool isChosen: chosen.length > 0
    readonly property bool canRefund: number(refundable) > 0
    readonly property bool whole: refundable.indexOf(",") < 0 && (!isChosen || chosen.indexOf(",") < 0)

    function number(text) { return Number(String(text).replace(",", ".")) || 0 }
    function less() {
        const next = number(chosen) - 1
        if (!whole || next <= 0)
            refund.choose(index, false)
        else
            refund.setQuantity(index, String(next))
    }
    function more() {
        if (!whole)
            refund.choose(index, true)
        else
            refund.setQuantity(index, String(Math.min(number(refundable), number(chosen) + 1)))
    }
    function typed(text) {
        const wanted = text.trim()
        if (wanted === chosen)
            return
        if (wanted.length === 0 || number(wanted) === 0)
            refund.choose(index, false)
        else if (!refund.setQuantity(index, wanted))
            quantityField.text = chosen
    }

    onChosenChanged: quantityField.text = chosen
    implicitHeight: Math.max(Theme.keyHeight, row.implicitHeight) + 2 * Theme.spacing
    color: isChosen ? Theme.okSoft : Theme.surface
    border.color: isChosen ? Theme.ok : "transparent"

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.padding
        spacing: Theme.spacing

        // The whole line in or out, by a tap anywhere on its box and name.
        AbstractButton {
            id: toggle
            objectName: "refundLine_" + line.lineNo
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.touchTarget
            Layout.minimumWidth: Theme.touchTarget * 2
            implicitHeight: implicitContentHeight
            enabled: line.canRefund
            focusPolicy: Qt.NoFocus
            onClicked: line.refund.choose(line.index, !line.isChosen)
            background: Rectangle {
                radius: Theme.radius
                color: toggle.down ? Theme.surfaceAlt : "transparent"
            }
            contentItem: RowLayout {
                spacing: Theme.padding
                Item {
                    Layout.preferredWidth: Theme.touchTarget
                    Layout.preferredHeight: Theme.touchTarget
                    TickBox {
                        anchors.centerIn: parent
                        checked: line.isChosen
                        opacity: toggle.enabled ? 1 : 0.4
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    TillText {
                        Layout.fillWidth: true
                        text: line.name
                        font.bold: line.isChosen
                        color: line.canRefund ? Theme.text : Theme.textMuted
                        elide: Text.ElideNone
                        wrapMode: Text.Wrap
                    }
                    TillText {
                        Layout.fillWidth: true
                        text: line.canRefund ? qsTr("Sold %1 · can return %2").arg(line.sold).arg(line.refundable)
                                             : qsTr("Sold %1 · already refunded").arg(line.sold)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideNone
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        // How many come back.
        TouchButton {
            objectName: "refundMinus_" + line.lineNo
            text: "−"
            font.pixelSize: Theme.fontTitle
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            implicitWidth: Theme.touchTarget
            enabled: line.isChosen
            onClicked: line.less()
        }
        TextField {
            id: quantityField
            objectName: "refundQty_" + line.lineNo
            Layout.preferredWidth: Theme.touchTarget * 1.7
            Layout.preferredHeight: Theme.touchTarget
            horizontalAlignment: TextInput.AlignHCenter
            font.pixelSize: Theme.fontBody
            font.bold: true
            enabled: line.canRefund
            placeholderText: "0"
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Component.onCompleted: text = line.chosen
            onEditingFinished: line.typed(text)
        }
        TouchButton {
            objectName: "refundPlus_" + line.lineNo
            text: "+"
            font.pixelSize: Theme.fontTitle
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            implicitWidth: Theme.touchTarget
            enabled: line.canRefund && (!line.whole || line.number(line.chosen) < line.number(line.refundable))
            onClicked: line.more()
        }
        TillText {
            Layout.preferredWidth: line.amountWidth
            Layout.minimumWidth: implicitWidth
            horizontalAlignment: Text.AlignRight
            text: line.amount
            font.bold: true
            color: line.canRefund ? Theme.text : Theme.textMuted
            elide: Text.ElideNone
        }
    }
}
