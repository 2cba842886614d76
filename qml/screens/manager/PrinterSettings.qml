import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// The receipt printer: a CUPS queue chosen from those found, the paper it
// takes, saved for the till; and a test page with its state.
Card {
    id: card
    required property QtObject terminal
    readonly property QtObject settings: terminal.settings
    readonly property QtObject printer: terminal.printer
    property string queue: settings.printerQueue
    property string profile: settings.printerProfile
    property bool searched: false
    property bool testAsked: false

    function profileLabel(name) {
        switch (name) {
        case "80mm": return qsTr("80 mm")
        case "58mm": return qsTr("58 mm")
        case "80mm-text": return qsTr("80 mm, text only")
        case "58mm-text": return qsTr("58 mm, text only")
        default: return name
        }
    }
    function choose(printerEntry) {
        queue = printerEntry.name
        // The paper the queue says it takes, when it says.
        const width = printerEntry.paperWidth || 0
        const suggested = width + "mm"
        if (width > 0 && !profile.startsWith(suggested) && settings.profiles.indexOf(suggested) >= 0)
            profile = suggested
    }

    title: qsTr("Receipt printer")

    TillText {
        objectName: "currentPrinter"
        Layout.fillWidth: true
        text: card.settings.printerQueue.length > 0
              ? qsTr("Now: %1, paper %2").arg(card.settings.printerQueue).arg(card.profileLabel(card.settings.printerProfile))
              : qsTr("No printer chosen yet: receipts wait until one is.")
        color: card.settings.printerQueue.length > 0 ? Theme.text : Theme.danger
        elide: Text.ElideNone
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
    }

    TouchButton {
        objectName: "refreshPrinters"
        Layout.fillWidth: true
        text: qsTr("Find printers")
        onClicked: {
            if (card.settings.refreshPrinters())
                card.searched = true
        }
    }

    TillText {
        Layout.fillWidth: true
        visible: card.settings.printers.length === 0
        text: card.searched ? qsTr("No printers found. Check the printer's cable and power, then tap Find printers again.")
                            : qsTr("Tap Find printers to list the printers this till can use.")
        color: Theme.textMuted
        elide: Text.ElideNone
        wrapMode: Text.Wrap
    }

    Repeater {
        model: card.settings.printers
        PrinterRow {
            required property var modelData
            Layout.fillWidth: true
            printer: modelData
            selected: card.queue === modelData.name
            onClicked: card.choose(modelData)
        }
    }

    TillText {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: qsTr("Paper")
        font.bold: true
        elide: Text.ElideNone
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: card.settings.profiles
            TouchButton {
                required property string modelData
                objectName: "profile_" + modelData
                width: Math.min(implicitWidth, card.width - 2 * Theme.padding)
                text: card.profileLabel(modelData)
                kind: card.profile === modelData ? "primary" : "normal"
                onClicked: card.profile = modelData
            }
        }
    }

    TouchButton {
        objectName: "savePrinter"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        kind: "primary"
        enabled: card.queue.length > 0
                 && (card.queue !== card.settings.printerQueue || card.profile !== card.settings.printerProfile)
        text: qsTr("Use this printer")
        onClicked: card.settings.setPrinter(card.queue, card.profile)
    }

    TouchButton {
        objectName: "testPrint"
        Layout.fillWidth: true
        enabled: card.settings.printerQueue.length > 0 && !card.printer.busy
        text: qsTr("Test print")
        onClicked: {
            if (card.printer.testPrint())
                card.testAsked = true
        }
    }
    PrintStatusPanel {
        Layout.fillWidth: true
        visible: card.testAsked && card.printer.state !== "idle"
        printer: card.printer
        namePrefix: "testPrint"
        canReprint: false
    }
}
