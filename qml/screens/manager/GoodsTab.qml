import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Goods in and out of the store: one button per job down the side, the job
// beside it. Scans go to the job that is open (a document's lines, or the
// stocktake's count).
Item {
    id: tab
    objectName: "goodsTab"
    required property QtObject terminal
    // receive, return, damage, transferOut, transferIn, stocktake, expiring
    property string mode: "receive"
    readonly property bool isDocument: mode !== "stocktake" && mode !== "expiring"

    function takeScan(text) {
        if (mode === "stocktake")
            terminal.stocktake.scan(text)
        else if (isDocument)
            terminal.stockDocuments.add(text)
    }
    function title(name) {
        switch (name) {
        case "receive": return qsTr("Receive goods")
        case "return": return qsTr("Return to producer")
        case "damage": return qsTr("Write off")
        case "transferOut": return qsTr("Transfer out")
        case "transferIn": return qsTr("Transfer in")
        case "stocktake": return qsTr("Stocktake")
        default: return qsTr("Expiring lots")
        }
    }

    Component.onCompleted: {
        terminal.stockDocuments.reloadPartners()
        terminal.expiring.reload()
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            Layout.preferredWidth: Math.min(Math.max(Theme.touchTarget * 4, tab.width * 0.18), 300)
            spacing: Theme.spacing
            Repeater {
                model: ["receive", "return", "damage", "transferOut", "transferIn", "stocktake", "expiring"]
                TouchButton {
                    id: jobButton
                    required property string modelData
                    objectName: "goods_" + modelData
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.buttonHeight
                    text: tab.title(modelData)
                    kind: tab.mode === modelData ? "primary" : "normal"
                    onClicked: tab.mode = modelData
                    rightPadding: padding + (lotsBadge.visible ? lotsBadge.width + Theme.spacing : 0)
                    CountBadge {
                        id: lotsBadge
                        visible: jobButton.modelData === "expiring" && tab.terminal.expiring.count > 0
                        count: tab.terminal.expiring.count
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: Theme.spacing
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }

        Loader {
            objectName: "goodsLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: tab.mode === "stocktake" ? stocktakePane
                           : tab.mode === "expiring" ? expiringPane : documentPane
        }
    }

    Component {
        id: documentPane
        StockDocumentForm {
            terminal: tab.terminal
            mode: tab.mode
            title: tab.title(tab.mode)
        }
    }
    Component { id: stocktakePane; StocktakePane { terminal: tab.terminal } }
    Component { id: expiringPane; ExpiringLotsPane { terminal: tab.terminal } }
}
