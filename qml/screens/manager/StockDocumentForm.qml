import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// One goods-in or goods-out document (mode: receive, return, damage,
// transferOut, transferIn): who it is with and why on the left, its lines
// on the right, then Confirm. The number of what was recorded is shown
// afterwards.
Item {
    id: form
    objectName: "stockDocumentForm"
    required property QtObject terminal
    required property string mode
    property string title: ""
    readonly property QtObject docs: terminal.stockDocuments

    property string producer: ""        // chosen; else the first line's producer
    property bool consigned: true
    property string reasonChoice: ""
    property string store: ""
    property string recordedKind: ""
    property string recordedNumber: ""

    readonly property var firstLine: docs.count > 0 ? docs.lines[0] : null
    readonly property string effectiveProducer: producer.length > 0 ? producer
                                              : (firstLine ? firstLine.producer : "")
    readonly property bool withProducer: mode === "receive" || mode === "return"

    function producerName(code) {
        const list = docs.producers
        for (let i = 0; i < list.length; ++i)
            if (list[i].code === code)
                return list[i].name
        return code
    }
    // The reason as head office keeps it: the chip's words, then what was typed.
    function reason() {
        const typed = otherReason.text.trim()
        if (reasonChoice.length > 0 && typed.length > 0)
            return reasonChoice + ": " + typed
        return reasonChoice.length > 0 ? reasonChoice : typed
    }
    function reset() {
        docs.clear()
        producer = ""; consigned = true; reasonChoice = ""; store = ""
        commission.text = ""; cost.text = ""; note.text = ""; otherReason.text = ""
        storeField.text = ""; transferId.text = ""
    }
    function confirm() {
        switch (mode) {
        case "receive": approval.open(); return
        case "return": docs.giveBack(effectiveProducer, note.text); return
        case "damage": docs.writeOff(reason()); return
        case "transferOut": docs.transferOut(storeField.text.length > 0 ? storeField.text : store, note.text); return
        case "transferIn": docs.transferIn(transferId.text, store, note.text); return
        }
    }

    onModeChanged: {
        reset()
        recordedNumber = ""
        if (mode === "transferIn")
            docs.reloadIncoming()
    }
    Component.onCompleted: {
        reset()
        if (mode === "transferIn")
            docs.reloadIncoming()
    }

    Connections {
        target: form.docs
        function onRecorded(kind, number) {
            form.recordedKind = kind
            form.recordedNumber = number
            approval.close()
            form.terminal.stock.reload()
            form.terminal.expiring.reload()
        }
    }

    // After Confirm: what was recorded, and the way to the next one.
    ColumnLayout {
        objectName: "documentDone"
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.padding, 640)
        visible: form.recordedNumber.length > 0
        spacing: Theme.spacing * 2
        TillText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: form.recordedKind === "damage" ? qsTr("Written off.")
                : form.recordedKind === "transfer_out" ? qsTr("Sent. Transfer number:")
                : form.recordedKind === "transfer_in" ? qsTr("Transfer received:")
                : qsTr("Recorded. Note number:")
            font.pixelSize: Theme.fontLarge
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TillText {
            objectName: "documentNumber"
            Layout.fillWidth: true
            visible: form.recordedKind !== "damage"
            horizontalAlignment: Text.AlignHCenter
            text: form.recordedNumber
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.accent
            elide: Text.ElideNone
            wrapMode: Text.WrapAnywhere
        }
        TillText {
            objectName: "documentHint"
            Layout.fillWidth: true
            visible: text.length > 0
            horizontalAlignment: Text.AlignHCenter
            text: form.recordedKind === "receipt" || form.recordedKind === "return"
                  ? qsTr("The producer's slip is printed from the office computer: ocop stock slip %1 --png FILE").arg(form.recordedNumber)
                  : form.recordedKind === "transfer_out"
                  ? qsTr("The goods are in transit until the other store confirms them.") : ""
            color: Theme.textMuted
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TouchButton {
            objectName: "documentNext"
            Layout.alignment: Qt.AlignHCenter
            kind: "primary"
            text: qsTr("New document")
            onClicked: { form.reset(); form.recordedNumber = "" }
        }
    }

    RowLayout {
        anchors.fill: parent
        visible: form.recordedNumber.length === 0
        spacing: Theme.spacing * 2

        // Who the goods are with, the terms, why.
        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            Layout.preferredWidth: Math.min((form.width - Theme.spacing * 2) * 0.45, 560)
            spacing: Theme.spacing

            TillText {
                Layout.fillWidth: true
                text: form.title
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }

            // Producer: the first line's unless another is chosen.
            RowLayout {
                visible: form.withProducer
                Layout.fillWidth: true
                spacing: Theme.spacing
                TillText {
                    objectName: "documentProducer"
                    Layout.fillWidth: true
                    text: form.effectiveProducer.length > 0 ? form.producerName(form.effectiveProducer)
                                                           : qsTr("Producer: scan a product or choose")
                    color: form.effectiveProducer.length > 0 ? Theme.text : Theme.textMuted
                    elide: Text.ElideNone
                    wrapMode: Text.Wrap
                }
                TouchButton {
                    objectName: "chooseProducer"
                    text: qsTr("Choose")
                    onClicked: producerPopup.open()
                }
            }

            RowLayout {
                visible: form.mode === "receive"
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "termsConsigned"
                    Layout.fillWidth: true
                    text: qsTr("Consigned")
                    kind: form.consigned ? "primary" : "normal"
                    onClicked: form.consigned = true
                }
                TouchButton {
                    objectName: "termsBought"
                    Layout.fillWidth: true
                    text: qsTr("Bought")
                    kind: form.consigned ? "normal" : "primary"
                    onClicked: form.consigned = false
                }
            }
            // One above the other: each placeholder needs the width.
            ColumnLayout {
                visible: form.mode === "receive"
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextField {
                    id: commission
                    objectName: "termsCommission"
                    visible: form.consigned
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Commission %")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                }
                TextField {
                    id: cost
                    objectName: "termsCost"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    placeholderText: form.consigned ? qsTr("or agreed cost ₫") : qsTr("Cost per unit ₫")
                    inputMethodHints: Qt.ImhDigitsOnly
                }
            }

            // Why goods are written off: a common reason at a tap, or typed.
            Flow {
                visible: form.mode === "damage"
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    // The words are kept in Vietnamese for head office, whatever the screen's language.
                    model: [{ key: "broken", words: "Vỡ/hỏng" }, { key: "expired", words: "Hết hạn" },
                            { key: "lost", words: "Mất" }]
                    TouchButton {
                        required property var modelData
                        objectName: "reason_" + modelData.key
                        text: modelData.key === "broken" ? qsTr("Broken/damaged")
                            : modelData.key === "expired" ? qsTr("Expired") : qsTr("Lost")
                        kind: form.reasonChoice === modelData.words ? "primary" : "normal"
                        onClicked: form.reasonChoice = form.reasonChoice === modelData.words ? "" : modelData.words
                    }
                }
            }
            TextField {
                id: otherReason
                objectName: "damageReason"
                visible: form.mode === "damage"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Or type the reason")
            }

            // Transfers head office carried here: one tap confirms one.
            TillText {
                visible: form.mode === "transferIn"
                Layout.fillWidth: true
                text: form.docs.incoming.length > 0 ? qsTr("On their way here (from head office)")
                                                    : qsTr("No transfer on its way here from head office. Type the number from the paper:")
                color: Theme.textMuted
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            Repeater {
                model: form.mode === "transferIn" ? form.docs.incoming : []
                RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    TillText {
                        Layout.fillWidth: true
                        text: qsTr("%1 from %2, %3: %4").arg(modelData.id).arg(modelData.fromStore)
                                .arg(modelData.sentAt).arg(modelData.lines)
                        elide: Text.ElideNone
                        wrapMode: Text.Wrap
                    }
                    TouchButton {
                        objectName: "confirmIncoming_" + modelData.id
                        kind: "primary"
                        text: qsTr("Received")
                        onClicked: form.docs.confirmIncoming(modelData.id)
                    }
                }
            }

            // The other store: a tap on one the till knows, or its code.
            TextField {
                id: transferId
                objectName: "transferId"
                visible: form.mode === "transferIn"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Transfer number (on the paper)")
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            }
            TillText {
                visible: form.mode === "transferOut" || form.mode === "transferIn"
                Layout.fillWidth: true
                text: form.mode === "transferOut" ? qsTr("To store") : qsTr("From store (if known)")
                color: Theme.textMuted
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            Flow {
                visible: form.mode === "transferOut" || form.mode === "transferIn"
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: form.docs.stores
                    TouchButton {
                        required property var modelData
                        objectName: "store_" + modelData.code
                        text: modelData.code
                        kind: form.store === modelData.code ? "primary" : "normal"
                        onClicked: {
                            form.store = form.store === modelData.code ? "" : modelData.code
                            storeField.text = ""
                        }
                    }
                }
            }
            TextField {
                id: storeField
                objectName: "storeCode"
                visible: form.mode === "transferOut"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("or the store's code")
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            }

            TextField {
                id: note
                objectName: "documentNote"
                visible: form.mode !== "damage"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Note")
            }
            Item { Layout.fillHeight: true }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            DocumentLines {
                Layout.fillWidth: true
                Layout.fillHeight: true
                terminal: form.terminal
                withLots: form.mode === "receive" || form.mode === "transferIn"
            }
            TouchButton {
                objectName: "confirmDocument"
                Layout.fillWidth: true
                kind: form.mode === "damage" ? "danger" : "primary"
                enabled: form.docs.count > 0
                text: form.mode === "receive" ? qsTr("Confirm with manager PIN") : qsTr("Confirm")
                onClicked: form.confirm()
            }
        }
    }

    ProducerPopup {
        id: producerPopup
        parent: Overlay.overlay
        producers: form.docs.producers
        onChosen: code => { form.producer = code; producerPopup.close() }
    }

    ManagerApproval {
        id: approval
        terminal: form.terminal
        parent: Overlay.overlay
        askReason: false
        title: qsTr("Receive goods")
        detail: qsTr("%1 line(s) from %2").arg(form.docs.count).arg(form.producerName(form.effectiveProducer))
        onApproved: (manager, pin, reason) => form.docs.receive(form.effectiveProducer, form.consigned,
                                                               commission.text, cost.text, note.text,
                                                               manager, pin)
    }
}
