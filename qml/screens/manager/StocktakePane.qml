import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// A stocktake: start it (whole store or one category), count by scanning —
// the screen shows only what was counted, never the books — then the
// variance with its value, applied with a manager's PIN.
Item {
    id: pane
    objectName: "stocktakePane"
    required property QtObject terminal
    readonly property QtObject take: terminal.stocktake
    property string appliedText: ""

    Component.onCompleted: take.refresh()

    Connections {
        target: pane.take
        function onApplied(adjusted, valueText) {
            pane.appliedText = qsTr("Stock adjusted: %1 product(s), difference %2.").arg(adjusted).arg(valueText)
            approval.close()
            pane.terminal.stock.reload()
        }
    }

    // No count open: where to count.
    ColumnLayout {
        anchors.fill: parent
        visible: !pane.take.open
        spacing: Theme.spacing * 1.5
        TillText {
            objectName: "stocktakeApplied"
            Layout.fillWidth: true
            visible: pane.appliedText.length > 0
            text: pane.appliedText
            color: Theme.ok
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TillText {
            Layout.fillWidth: true
            text: qsTr("Start a stocktake")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TillText {
            Layout.fillWidth: true
            text: qsTr("Count the whole store, or one category. Selling may go on meanwhile.")
            color: Theme.textMuted
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "stocktakeStartAll"
                kind: "primary"
                text: qsTr("Whole store")
                onClicked: { pane.appliedText = ""; pane.take.start("") }
            }
            Repeater {
                model: pane.terminal.search.categories
                TouchButton {
                    required property var modelData
                    objectName: "stocktakeStart_" + modelData.code
                    text: modelData.name
                    onClicked: { pane.appliedText = ""; pane.take.start(modelData.code) }
                }
            }
        }
        Item { Layout.fillHeight: true }
    }

    // Counting: blind.
    ColumnLayout {
        anchors.fill: parent
        visible: pane.take.open && !pane.take.reportShown
        spacing: Theme.spacing
        TillText {
            objectName: "stocktakeScope"
            Layout.fillWidth: true
            text: pane.take.scope.length > 0 ? qsTr("Counting: %1").arg(pane.take.scope) : qsTr("Counting: the whole store")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TillText {
            Layout.fillWidth: true
            text: qsTr("Scan every item: each scan counts one. Weighed goods ask for their weight.")
            color: Theme.textMuted
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                id: codeField
                objectName: "countCode"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Code, if the label will not scan")
                inputMethodHints: Qt.ImhNoPredictiveText
                onAccepted: countTyped.clicked()
            }
            TouchButton {
                id: countTyped
                objectName: "countTyped"
                enabled: codeField.text.trim().length > 0
                text: qsTr("Count")
                onClicked: if (pane.take.scan(codeField.text)) codeField.text = ""
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
            clip: true
            ListView {
                id: countedList
                objectName: "countedList"
                anchors.fill: parent
                anchors.margins: 1
                model: pane.take.counted
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    required property int index
                    required property var modelData
                    width: countedList.width
                    implicitHeight: Math.max(Theme.touchTarget, countedRow.implicitHeight + Theme.spacing * 2)
                    color: index % 2 ? Theme.background : Theme.surface
                    RowLayout {
                        id: countedRow
                        anchors.fill: parent
                        anchors.leftMargin: Theme.padding
                        anchors.rightMargin: Theme.padding
                        spacing: Theme.spacing
                        TillText {
                            Layout.fillWidth: true
                            text: modelData.name
                            elide: Text.ElideNone
                            wrapMode: Text.Wrap
                        }
                        TillText {
                            objectName: "counted_" + modelData.sku
                            text: modelData.counted + " " + modelData.unit
                            font.bold: true
                            elide: Text.ElideNone
                        }
                    }
                }
            }
            TillText {
                anchors.centerIn: parent
                width: parent.width - 4 * Theme.padding
                visible: countedList.count === 0
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Nothing counted yet.")
                color: Theme.textMuted
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
        }
        TouchButton {
            objectName: "stocktakeReport"
            Layout.fillWidth: true
            kind: "primary"
            text: qsTr("Finish counting: see the differences")
            onClicked: pane.take.showReport()
        }
    }

    // The variance, for the manager.
    ColumnLayout {
        anchors.fill: parent
        visible: pane.take.open && pane.take.reportShown
        spacing: Theme.spacing
        TillText {
            Layout.fillWidth: true
            text: qsTr("Differences (counted − books)")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
            clip: true
            ListView {
                id: reportList
                objectName: "varianceList"
                anchors.fill: parent
                anchors.margins: 1
                model: pane.take.report.filter(line => line.differs)
                // Every row made, so a product's line can be found by name below the fold.
                cacheBuffer: 100000
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                delegate: VarianceRow { width: reportList.width }
            }
            TillText {
                anchors.centerIn: parent
                width: parent.width - 4 * Theme.padding
                visible: reportList.count === 0
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("No difference: the count matches the books.")
                color: Theme.textMuted
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
        }
        TillText {
            objectName: "varianceTotal"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: qsTr("Total value of the differences: %1").arg(pane.take.reportValueText)
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "stocktakeBackToCount"
                Layout.fillWidth: true
                text: qsTr("Back to counting")
                onClicked: pane.take.hideReport()
            }
            TouchButton {
                objectName: "stocktakeApply"
                Layout.fillWidth: true
                kind: "primary"
                text: qsTr("Apply with manager PIN")
                onClicked: approval.open()
            }
        }
    }

    // A weighed product was scanned: its weight on the pad.
    Connections {
        target: pane.take
        function onChanged() {
            if (pane.take.pendingName.length > 0 && !weighed.opened)
                weighed.open()
        }
    }
    LineQuantityPopup {
        id: weighed
        parent: Overlay.overlay
        title: qsTr("Weight counted: %1").arg(pane.take.pendingName)
        onChosen: quantity => pane.take.countPending(quantity)
        onClosed: if (pane.take.pendingName.length > 0) pane.take.cancelPending()
    }

    ManagerApproval {
        id: approval
        terminal: pane.terminal
        parent: Overlay.overlay
        askReason: false
        title: qsTr("Apply the stocktake")
        detail: qsTr("Differences worth %1 become stock adjustments.").arg(pane.take.reportValueText)
        onApproved: (manager, pin, reason) => pane.take.apply(manager, pin)
    }
}
