import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Stock at this store: every product's level, searchable as you type, low
// ones only at a tap; a product's detail beside the list (or over it on a
// small screen).
Item {
    id: tab
    objectName: "stockTab"
    required property QtObject terminal
    readonly property QtObject stock: terminal.stock
    property bool showingDetail: false
    property string detailSku: ""
    readonly property bool wide: width >= 1300

    Component.onCompleted: {
        searchField.text = stock.search
        stock.reload()
    }

    Connections {
        target: tab.stock
        function onDetailChanged() {
            tab.detailSku = tab.stock.detail.sku || ""
            tab.showingDetail = true
        }
    }

    // Column widths shared by the heading and the rows.
    TextMetrics { id: lowMetrics; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall; font.bold: true; text: qsTr("LOW") }
    TextMetrics { id: levelMetrics; font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody; font.bold: true; text: "99.999 " + "chai" }
    TextMetrics { id: levelLabel; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall; font.bold: true; text: qsTr("On hand") }
    TextMetrics { id: minimumMetrics; font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody; text: "99.999" }
    TextMetrics { id: minimumLabel; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall; font.bold: true; text: qsTr("Minimum") }
    TextMetrics { id: priceMetrics; font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody; text: "9.999.999 ₫" }
    TextMetrics { id: priceLabel; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall; font.bold: true; text: qsTr("Price") }
    readonly property real lowWidth: lowMetrics.advanceWidth + Theme.spacing * 2
    readonly property real levelWidth: Math.ceil(Math.max(levelMetrics.advanceWidth, levelLabel.advanceWidth)) + 4
    readonly property real minimumWidth: Math.ceil(Math.max(minimumMetrics.advanceWidth, minimumLabel.advanceWidth)) + 4
    readonly property real priceWidth: Math.ceil(Math.max(priceMetrics.advanceWidth, priceLabel.advanceWidth)) + 4

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            visible: tab.wide || !tab.showingDetail
            Layout.fillWidth: !tab.wide
            Layout.fillHeight: true
            Layout.preferredWidth: tab.wide ? Math.round((tab.width - Theme.spacing * 2) * 0.58) : -1
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextField {
                    id: searchField
                    objectName: "stockSearch"
                    Layout.fillWidth: true
                    Layout.minimumWidth: Theme.touchTarget * 3
                    Layout.preferredHeight: Theme.buttonHeight
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Search by name or code")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onTextChanged: tab.stock.search = text
                }
                TouchButton {
                    id: lowToggle
                    objectName: "lowStockOnly"
                    Layout.preferredHeight: Theme.buttonHeight
                    kind: tab.stock.lowOnly ? "primary" : "normal"
                    text: qsTr("Low stock only")
                    onClicked: tab.stock.lowOnly = !tab.stock.lowOnly
                    contentItem: RowLayout {
                        spacing: Theme.spacing
                        TickBox {
                            Layout.alignment: Qt.AlignVCenter
                            checked: tab.stock.lowOnly
                            border.color: tab.stock.lowOnly ? Theme.textOnAccent : Theme.textMuted
                        }
                        Text {
                            text: lowToggle.text
                            font: lowToggle.font
                            color: tab.stock.lowOnly ? Theme.textOnAccent : Theme.text
                        }
                        CountBadge {
                            objectName: "lowStockCount"
                            visible: tab.stock.lowCount > 0
                            count: tab.stock.lowCount
                        }
                    }
                }
            }

            // The heading of the columns.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TillText {
                    objectName: "stockCount"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.padding
                    text: qsTr("Products: %1").arg(tab.stock.count)
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textMuted
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                }
                Item { Layout.preferredWidth: tab.lowWidth }
                TillText {
                    Layout.preferredWidth: tab.levelWidth
                    horizontalAlignment: Text.AlignRight
                    text: qsTr("On hand")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textMuted
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                }
                TillText {
                    Layout.preferredWidth: tab.minimumWidth
                    horizontalAlignment: Text.AlignRight
                    text: qsTr("Minimum")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textMuted
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                }
                TillText {
                    Layout.preferredWidth: tab.priceWidth
                    Layout.rightMargin: Theme.padding
                    horizontalAlignment: Text.AlignRight
                    text: qsTr("Price")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textMuted
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                }
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
                    id: list
                    objectName: "stockList"
                    anchors.fill: parent
                    anchors.margins: 1
                    model: tab.stock
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: StockRow {
                        width: list.width
                        lowWidth: tab.lowWidth
                        levelWidth: tab.levelWidth
                        minimumWidth: tab.minimumWidth
                        priceWidth: tab.priceWidth
                        selected: tab.showingDetail && sku === tab.detailSku
                        onClicked: tab.stock.showDetail(sku)
                    }
                }
                TillText {
                    objectName: "stockEmpty"
                    anchors.centerIn: parent
                    width: parent.width - 4 * Theme.padding
                    visible: list.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    text: tab.stock.lowOnly ? qsTr("No product is below its minimum.") : qsTr("No product matches.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLarge
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                }
            }
        }

        ProductDetail {
            visible: tab.wide || tab.showingDetail
            Layout.fillWidth: true
            Layout.fillHeight: true
            detail: tab.stock.detail
            hasDetail: tab.showingDetail
            canClose: !tab.wide
            onClosed: tab.showingDetail = false
        }
    }
}
