import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// The open shift in figures: sales and refunds, the float and each way of
// paying; then the cash the drawer should hold, what was counted, and the
// difference in a colour and a word (short, over, exact).
ColumnLayout {
    id: figures
    required property QtObject shiftClose
    spacing: Theme.spacing

    readonly property real variance: shiftClose.varianceDong
    readonly property color varianceColor: variance < 0 ? Theme.danger : variance > 0 ? Theme.warning : Theme.ok
    readonly property string varianceWord: variance < 0 ? qsTr("short") : variance > 0 ? qsTr("over") : qsTr("exact")

    Card {
        Layout.fillWidth: true
        title: qsTr("This shift")
        Column {
            id: facts
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.touchTarget // the width it is given, not its own
            spacing: 2
            Fact { width: facts.width; label: qsTr("Sales (%1)").arg(figures.shiftClose.salesCount); value: figures.shiftClose.salesTotalText; valueName: "shiftSales"; valueAlignment: Text.AlignRight }
            Fact { width: facts.width; label: qsTr("Refunds (%1)").arg(figures.shiftClose.refundsCount); value: figures.shiftClose.refundsTotalText; valueName: "shiftRefunds"; valueAlignment: Text.AlignRight }
            Fact { width: facts.width; label: qsTr("Opening float"); value: figures.shiftClose.openingFloatText; valueName: "shiftFloat"; valueAlignment: Text.AlignRight }
            Fact { width: facts.width; label: qsTr("Cash"); value: figures.shiftClose.cashText; valueName: "shiftCash"; valueAlignment: Text.AlignRight }
            Fact { width: facts.width; label: qsTr("VietQR"); value: figures.shiftClose.vietQrText; valueName: "shiftVietQr"; valueAlignment: Text.AlignRight }
            Fact { width: facts.width; label: qsTr("Card"); value: figures.shiftClose.cardText; valueName: "shiftCard"; valueAlignment: Text.AlignRight }
        }
    }

    Card {
        Layout.fillWidth: true
        emphasised: true
        accentColor: figures.varianceColor
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.padding
            rowSpacing: Theme.spacing / 2
            TillText {
                Layout.fillWidth: true
                text: qsTr("Expected cash")
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            TillText {
                objectName: "expectedCash"
                Layout.alignment: Qt.AlignRight
                horizontalAlignment: Text.AlignRight
                text: figures.shiftClose.expectedText
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideNone
            }
            TillText {
                Layout.fillWidth: true
                text: qsTr("Counted")
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            TillText {
                objectName: "countedCash"
                Layout.alignment: Qt.AlignRight
                horizontalAlignment: Text.AlignRight
                text: figures.shiftClose.countedText
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideNone
            }
            TillText {
                Layout.fillWidth: true
                text: qsTr("Variance")
                font.bold: true
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing
                Rectangle {
                    Layout.preferredWidth: word.implicitWidth + Theme.spacing * 2
                    Layout.preferredHeight: word.implicitHeight + 6
                    radius: Theme.radius / 2
                    color: figures.varianceColor
                    TillText {
                        id: word
                        objectName: "cashVarianceWord"
                        anchors.centerIn: parent
                        text: figures.varianceWord
                        color: Theme.textOnAccent
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        elide: Text.ElideNone
                    }
                }
                TillText {
                    objectName: "cashVariance"
                    horizontalAlignment: Text.AlignRight
                    text: figures.shiftClose.varianceText
                    color: figures.varianceColor
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    elide: Text.ElideNone
                }
            }
        }
    }
}
