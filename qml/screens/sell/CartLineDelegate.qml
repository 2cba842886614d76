import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// One line of the sale: what (with its certification, lot and expiry), how
// many (− / +), the unit price and the amount, and remove. The line just
// scanned or changed lights up for a moment.
Rectangle {
    id: line
    required property QtObject cart
    required property int index
    required property string name
    required property string quantity
    required property string unit
    required property bool weighed
    required property string unitPrice
    required property string amount
    required property string discount
    required property string certOutcome
    required property int certStars
    required property bool overridden
    required property string lot
    required property string expiry
    property bool highlighted: false
    // The amounts line up in one column: the view measures it once.
    property real amountWidth: Theme.touchTarget * 2

    objectName: "cartLine_" + index
    implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight) + 2 * Theme.spacing
    color: highlighted ? Theme.okSoft : (index % 2 === 0 ? Theme.surface : Theme.background)
    Behavior on color { ColorAnimation { duration: 300 } }

    Rectangle {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: 4
        color: Theme.accent
        visible: line.highlighted
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.spacing / 2
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.touchTarget * 2
            spacing: 2
            TillText {
                objectName: "lineName_" + line.index
                Layout.fillWidth: true
                text: line.name
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 3
            }
            CertificationBadge {
                Layout.fillWidth: true
                visible: line.certOutcome.length > 0 || line.overridden
                outcome: line.certOutcome
                stars: line.certStars
                overridden: line.overridden
            }
            TillText {
                objectName: "lineLot_" + line.index
                Layout.fillWidth: true
                visible: text.length > 0
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                text: {
                    let parts = []
                    if (line.lot.length > 0)
                        parts.push(qsTr("Lot %1").arg(line.lot))
                    if (line.expiry.length > 0)
                        parts.push(qsTr("Exp. %1").arg(line.expiry))
                    return parts.join(" · ")
                }
            }
        }

        TouchButton {
            objectName: "decrement_" + line.index
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            implicitWidth: Theme.touchTarget
            text: "−"
            font.pixelSize: Theme.fontTitle
            onClicked: line.cart.decrement(line.index)
        }
        TillText {
            objectName: "quantity_" + line.index
            Layout.preferredWidth: Theme.touchTarget * 1.5
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontSmall
            text: line.weighed ? line.quantity + " " + line.unit : line.quantity
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        TouchButton {
            objectName: "increment_" + line.index
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            implicitWidth: Theme.touchTarget
            text: "+"
            font.pixelSize: Theme.fontTitle
            onClicked: line.cart.increment(line.index)
        }

        ColumnLayout {
            spacing: 0
            Layout.fillWidth: false
            Layout.preferredWidth: Math.max(line.amountWidth, amountText.implicitWidth, priceText.implicitWidth,
                                            discountText.implicitWidth)
            Layout.minimumWidth: Theme.touchTarget * 2
            TillText {
                id: amountText
                objectName: "amount_" + line.index
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: line.amount
                font.bold: true
            }
            TillText {
                id: priceText
                objectName: "unitPrice_" + line.index
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: line.weighed ? qsTr("%1 / %2").arg(line.unitPrice).arg(line.unit) : "@ " + line.unitPrice
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            TillText {
                id: discountText
                Layout.fillWidth: true
                visible: line.discount.length > 0
                horizontalAlignment: Text.AlignRight
                text: line.discount
                font.pixelSize: Theme.fontSmall
                color: Theme.ok
            }
        }

        TouchButton {
            objectName: "remove_" + line.index
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            implicitWidth: Theme.touchTarget
            kind: "quiet"
            text: "×"
            font.pixelSize: Theme.fontTitle
            onClicked: line.cart.remove(line.index)
        }
    }
}
