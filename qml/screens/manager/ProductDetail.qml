import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// One product as the manager needs to know it: names, producer, unit and
// price, consigned or owned, its barcodes and certifications, and what a
// cashier's scan would say about it today, in its colour.
Rectangle {
    id: view
    objectName: "productDetail"
    property var detail: ({})
    property bool hasDetail: false
    property bool canClose: false
    signal closed()

    readonly property string outcome: detail.outcome || ""
    readonly property color outcomeColor: outcome === "certified" ? Theme.ok
                                        : outcome === "expiring" ? Theme.warning
                                        : outcome === "not_certified" || outcome === "" ? Theme.textMuted
                                        : Theme.danger
    readonly property color outcomeSoft: outcome === "certified" ? Theme.okSoft
                                       : outcome === "expiring" ? Theme.warningSoft
                                       : outcome === "not_certified" || outcome === "" ? Theme.surfaceAlt
                                       : Theme.dangerSoft
    readonly property var certifications: detail.certifications || []
    readonly property var barcodes: detail.barcodes || []

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    TillText {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.padding
        visible: !view.hasDetail
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Tap a product to see its detail and certification.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontLarge
        elide: Text.ElideNone
        wrapMode: Text.Wrap
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        visible: view.hasDetail
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                TillText {
                    objectName: "detailName"
                    Layout.fillWidth: true
                    text: view.detail.name || ""
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                }
                TillText {
                    objectName: "detailNameEn"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: view.detail.nameEn || ""
                    color: Theme.textMuted
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                }
            }
            TouchButton {
                objectName: "detailClose"
                visible: view.canClose
                Layout.alignment: Qt.AlignTop
                text: qsTr("Back to list")
                onClicked: view.closed()
            }
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: body
                width: flick.width - Theme.spacing
                spacing: Theme.spacing

                // What a scan of it says today.
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: verdict.implicitHeight + 2 * Theme.padding
                    color: view.outcomeSoft
                    border.color: view.outcomeColor
                    border.width: 2
                    radius: Theme.radius
                    TillText {
                        id: verdict
                        objectName: "detailVerdict"
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        text: view.detail.verdict || ""
                        color: view.outcome === "not_certified" ? Theme.text : view.outcomeColor
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        elide: Text.ElideNone
                        wrapMode: Text.Wrap
                    }
                }

                Column {
                    id: facts
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.touchTarget // the width it is given, not its own
                    spacing: Theme.spacing / 2
                    readonly property real labelWidth: Math.max(skuFact.labelImplicitWidth, producerFact.labelImplicitWidth,
                                                                unitFact.labelImplicitWidth, priceFact.labelImplicitWidth,
                                                                goodsFact.labelImplicitWidth, barcodesFact.labelImplicitWidth)
                    Fact { id: skuFact; width: facts.width; labelWidth: facts.labelWidth; label: qsTr("Code"); value: view.detail.sku || ""; valueName: "detailSku" }
                    Fact { id: producerFact; width: facts.width; labelWidth: facts.labelWidth; label: qsTr("Producer"); value: view.detail.producer || ""; valueName: "detailProducer" }
                    Fact { id: unitFact; width: facts.width; labelWidth: facts.labelWidth; label: qsTr("Unit"); value: view.detail.unit || ""; valueName: "detailUnit" }
                    Fact { id: priceFact; width: facts.width; labelWidth: facts.labelWidth; label: qsTr("Price"); value: view.detail.price || ""; valueName: "detailPrice" }
                    Fact {
                        id: goodsFact
                        width: facts.width
                        labelWidth: facts.labelWidth
                        label: qsTr("Goods")
                        value: view.detail.consigned ? qsTr("Consigned by the producer") : qsTr("Owned by the store")
                        valueName: "detailOwnership"
                    }
                    Fact {
                        id: barcodesFact
                        width: facts.width
                        labelWidth: facts.labelWidth
                        label: qsTr("Barcodes")
                        value: view.barcodes.length > 0 ? view.barcodes.join(", ") : qsTr("none")
                        valueName: "detailBarcodes"
                    }
                }

                TillText {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    text: qsTr("Certifications")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                }
                TillText {
                    Layout.fillWidth: true
                    visible: view.certifications.length === 0
                    text: qsTr("No OCOP certification on record for this product.")
                    color: Theme.textMuted
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: view.certifications
                    CertificationCard {
                        required property var modelData
                        Layout.fillWidth: true
                        certification: modelData
                    }
                }
            }
        }
    }
}
