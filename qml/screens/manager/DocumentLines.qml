import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// The lines of a stock document: scanned, or found by name and tapped;
// each with its quantity (the pad), its lot and expiry when `withLots`, and
// a button to take it off.
ColumnLayout {
    id: box
    required property QtObject terminal
    property bool withLots: false
    readonly property QtObject docs: terminal.stockDocuments
    readonly property QtObject search: terminal.search
    spacing: Theme.spacing

    Component.onDestruction: if (search) search.clear()

    TextField {
        id: searchField
        objectName: "documentSearch"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        placeholderText: qsTr("Search by name or code")
        inputMethodHints: Qt.ImhNoPredictiveText
        onTextChanged: box.search.query = text
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.keyHeight * 2
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
        clip: true

        // What the search found: a tap adds it as a line.
        ListView {
            id: results
            objectName: "documentResults"
            anchors.fill: parent
            anchors.margins: 1
            visible: searchField.text.length > 0
            model: box.search
            boundsBehavior: Flickable.StopAtBounds
            delegate: TouchButton {
                required property string name
                required property string sku
                objectName: "documentResult_" + sku
                width: results.width
                kind: "quiet"
                text: name
                onClicked: {
                    if (box.docs.add(sku))
                        searchField.text = ""
                }
            }
        }

        ListView {
            id: lineList
            objectName: "documentLines"
            anchors.fill: parent
            anchors.margins: 1
            visible: !results.visible
            model: box.docs.lines
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: DocumentLineRow {
                width: lineList.width
                withLots: box.withLots
                onQuantityAsked: row => { quantityPopup.row = row; quantityPopup.open() }
                onLotAsked: row => { lotPopup.row = row; lotPopup.open() }
                onRemoveAsked: row => box.docs.remove(row)
            }
        }
        TillText {
            anchors.centerIn: parent
            width: parent.width - 4 * Theme.padding
            visible: !results.visible && lineList.count === 0
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Scan the goods, or find them by name above.")
            color: Theme.textMuted
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
    }

    LineQuantityPopup {
        id: quantityPopup
        property int row: -1
        parent: Overlay.overlay
        onChosen: quantity => box.docs.setQuantity(row, quantity)
    }
    LotPopup {
        id: lotPopup
        property int row: -1
        parent: Overlay.overlay
        onChosen: (lot, expiry) => { if (box.docs.setLot(row, lot, expiry)) lotPopup.close() }
    }
}
