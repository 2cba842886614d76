import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// Closing the shift: the drawer counted note by note on the left, the
// shift's figures and the variance on the right; the X report on the way,
// and the Z report when the manager closes it.
Item {
    id: tab
    objectName: "shiftCloseTab"
    required property QtObject terminal
    readonly property QtObject shiftClose: terminal.shiftClose
    readonly property QtObject printer: terminal.printer
    signal done()

    property bool reportAsked: false
    property bool closed: false
    property string closedVariance: ""
    property real closedVarianceDong: 0
    property real varianceAtClose: 0

    Component.onCompleted: shiftClose.refresh()

    Connections {
        target: tab.shiftClose
        function onClosed(varianceText) {
            tab.closedVariance = varianceText
            tab.closedVarianceDong = tab.varianceAtClose
            tab.closed = true
            approval.close()
        }
    }

    // Wide enough for the largest note and a count's subtotal.
    TextMetrics { id: noteMetrics; font.family: Theme.fontFamily; font.pixelSize: Theme.fontLarge; font.bold: true; text: "500.000" }
    TextMetrics { id: subtotalMetrics; font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody; text: "99.999.999 ₫" }

    TillText {
        objectName: "noShiftOpen"
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.padding
        visible: !tab.closed && !tab.terminal.session.shiftOpen
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("No shift is open on this till.")
        font.pixelSize: Theme.fontLarge
        color: Theme.textMuted
        elide: Text.ElideNone
        wrapMode: Text.Wrap
    }

    RowLayout {
        anchors.fill: parent
        visible: !tab.closed && tab.terminal.session.shiftOpen
        spacing: Theme.spacing * 2

        // The count.
        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            Layout.preferredWidth: Math.max(Math.min(Math.round((tab.width - Theme.spacing * 2) / 2), 760),
                                            noteMetrics.advanceWidth + subtotalMetrics.advanceWidth + Theme.touchTarget * 4.2 + Theme.spacing * 6)
            spacing: Theme.spacing
            TillText {
                Layout.fillWidth: true
                text: qsTr("Count the cash in the drawer")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            ListView {
                id: notes
                objectName: "denominationList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing / 2
                boundsBehavior: Flickable.StopAtBounds
                model: tab.shiftClose
                readonly property real rowHeight: Math.max(Theme.touchTarget,
                    Math.min(Theme.keyHeight, (height - spacing * (Math.max(1, count) - 1)) / Math.max(1, count)))
                delegate: DenominationRow {
                    width: notes.width
                    height: notes.rowHeight
                    shiftClose: tab.shiftClose
                    noteWidth: Math.ceil(noteMetrics.advanceWidth) + 4
                    subtotalWidth: Math.ceil(subtotalMetrics.advanceWidth) + 4
                    onTypePieces: (row, pieces, denomination) => piecesPopup.ask(row, pieces, denomination)
                }
            }
        }

        // The figures and what to do with them.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Flickable {
                id: figuresFlick
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: figures.implicitHeight
                clip: contentHeight > height
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                ShiftFigures {
                    id: figures
                    width: figuresFlick.width
                    shiftClose: tab.shiftClose
                }
            }

            PrintStatusPanel {
                Layout.fillWidth: true
                visible: tab.reportAsked && tab.printer.state !== "idle"
                printer: tab.printer
                namePrefix: "reportPrint"
                canReprint: false
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "printX"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.keyHeight
                    text: qsTr("Print X report")
                    onClicked: {
                        if (tab.shiftClose.printX())
                            tab.reportAsked = true
                    }
                }
                TouchButton {
                    objectName: "closeShift"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.keyHeight
                    kind: "danger"
                    text: qsTr("Close shift (Z)")
                    onClicked: approval.open()
                }
            }
        }
    }

    ShiftClosedPanel {
        anchors.fill: parent
        visible: tab.closed
        printer: tab.printer
        varianceText: tab.closedVariance
        variance: tab.closedVarianceDong
        onFinished: tab.done()
    }

    PiecesPopup {
        id: piecesPopup
        parent: Overlay.overlay
        onChosen: (row, pieces) => tab.shiftClose.setPieces(row, pieces)
    }

    ManagerApproval {
        id: approval
        terminal: tab.terminal
        parent: Overlay.overlay
        askReason: false
        title: qsTr("Close the shift")
        detail: qsTr("Counted %1, expected %2: variance %3.")
                .arg(tab.shiftClose.countedText).arg(tab.shiftClose.expectedText).arg(tab.shiftClose.varianceText)
        onApproved: (manager, pin, reason) => {
            tab.varianceAtClose = tab.shiftClose.varianceDong
            if (tab.shiftClose.close(manager, pin))
                approval.close()
        }
    }
}
