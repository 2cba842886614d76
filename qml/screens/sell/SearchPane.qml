import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Finding what to sell: the scan field (a typed code on Enter, or a name
// searched as it is typed), the category tiles and their products when the
// field is empty, and the quantity for the next scan.
ColumnLayout {
    id: pane
    required property QtObject terminal
    property string pendingQuantity: ""
    property string categoryName: ""
    readonly property QtObject search: terminal.search
    readonly property bool searching: scanField.text.trim().length > 0
    readonly property bool inCategory: !searching && search.category.length > 0

    signal codeEntered(string code)        // Enter on something that looks like a code
    signal productChosen(string sku)       // a tap on a result or a tile
    signal quantityRequested()
    signal quantityCleared()

    spacing: Theme.spacing

    function focusField() { scanField.forceActiveFocus() }
    function clearField() { scanField.clear() }
    function selectField() { scanField.selectAll() }
    function showCategories() {
        categoryName = ""
        search.clear()
    }

    // A barcode, a GS1 string, a logo stamp URL or a store code with a
    // colon — rather than words to search for.
    function looksLikeCode(text) {
        return /^\d+$/.test(text) || text.startsWith("]") || text.startsWith("http")
            || (text.indexOf(":") >= 0 && !/\s/.test(text))
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            id: scanField
            objectName: "scanField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.buttonHeight
            focus: true
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            placeholderText: qsTr("Scan or type a product name")
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextChanged: {
                const text = scanField.text.trim()
                if (text.length === 0) {
                    if (pane.search.query.length > 0)
                        pane.search.clear()
                } else if (!text.startsWith("]") && !text.startsWith("http")) {
                    pane.search.query = text
                }
            }
            onAccepted: {
                const text = scanField.text.trim()
                if (text.length === 0)
                    return
                if (pane.looksLikeCode(text))
                    pane.codeEntered(text)
                else if (results.count === 1 && results.itemAtIndex(0))
                    pane.productChosen(results.itemAtIndex(0).sku)
            }
        }
        TouchButton {
            objectName: "clearSearch"
            visible: scanField.text.length > 0
            Layout.preferredWidth: Theme.buttonHeight
            implicitWidth: Theme.buttonHeight
            kind: "quiet"
            text: "×"
            font.pixelSize: Theme.fontTitle
            onClicked: { scanField.clear(); scanField.forceActiveFocus() }
        }
        TouchButton {
            objectName: "quantityButton"
            Layout.preferredWidth: Math.max(Theme.buttonHeight * 1.4, implicitWidth)
            kind: pane.pendingQuantity.length > 0 ? "primary" : "normal"
            text: pane.pendingQuantity.length > 0 ? "× " + pane.pendingQuantity : qsTr("Qty ×")
            onClicked: pane.pendingQuantity.length > 0 ? pane.quantityCleared() : pane.quantityRequested()
        }
    }
    TillText {
        objectName: "pendingQuantity"
        Layout.fillWidth: true
        visible: pane.pendingQuantity.length > 0
        text: qsTr("Next scan: quantity %1 (tap × to cancel)").arg(pane.pendingQuantity)
        color: Theme.secondary
        font.bold: true
        wrapMode: Text.Wrap
        maximumLineCount: 2
    }

    // Results as the cashier types.
    ListView {
        id: results
        objectName: "searchResults"
        visible: pane.searching
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: pane.search
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        delegate: SearchResultRow {
            width: results.width
            onChosen: sku => pane.productChosen(sku)
        }
        TillText {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.padding
            visible: results.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            maximumLineCount: 3
            text: qsTr("No product matches “%1”. Press Enter to use it as a code.").arg(scanField.text.trim())
            color: Theme.textMuted
        }
    }

    // Category tiles.
    GridView {
        id: categories
        objectName: "categoryTiles"
        visible: !pane.searching && !pane.inCategory
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        readonly property int columns: Math.max(2, Math.floor(width / 220))
        cellWidth: Math.floor(width / columns)
        cellHeight: Theme.keyHeight * 2
        model: pane.search.categories
        ScrollBar.vertical: ScrollBar {}
        delegate: Item {
            id: categoryCell
            required property var modelData
            width: categories.cellWidth
            height: categories.cellHeight
            CategoryTile {
                anchors.fill: parent
                anchors.margins: Theme.spacing / 2
                code: categoryCell.modelData.code
                name: categoryCell.modelData.name
                count: categoryCell.modelData.count
                onChosen: (code, name) => {
                    pane.categoryName = name
                    pane.search.category = code
                }
            }
        }
    }

    // The products of the chosen category.
    RowLayout {
        Layout.fillWidth: true
        visible: pane.inCategory
        spacing: Theme.spacing
        TouchButton {
            objectName: "backToCategories"
            text: qsTr("‹ Categories")
            onClicked: pane.showCategories()
        }
        TillText {
            objectName: "categoryTitle"
            Layout.fillWidth: true
            text: pane.categoryName
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
    }
    GridView {
        id: products
        objectName: "productGrid"
        visible: pane.inCategory
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        readonly property int columns: Math.max(2, Math.floor(width / 180))
        cellWidth: Math.floor(width / columns)
        cellHeight: Math.round(cellWidth * 0.5) + 120
        model: pane.search
        ScrollBar.vertical: ScrollBar {}
        delegate: Item {
            id: productCell
            required property string name
            required property string sku
            required property string price
            required property string picture
            width: products.cellWidth
            height: products.cellHeight
            ProductTile {
                anchors.fill: parent
                anchors.margins: Theme.spacing / 2
                name: productCell.name
                sku: productCell.sku
                price: productCell.price
                picture: productCell.picture
                onChosen: sku => pane.productChosen(sku)
            }
        }
    }
}
