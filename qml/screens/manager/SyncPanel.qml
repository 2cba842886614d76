import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// How the sync with head office is doing, as ocop-syncd writes it in the
// database: what waits to be sent, the last success, the last error.
// Read again every 5 seconds while it is on screen.
Card {
    id: card
    objectName: "syncPanel"
    required property QtObject settings
    readonly property var sync: settings.sync
    readonly property int pending: sync.pendingEvents || 0
    readonly property string lastError: sync.lastError || ""
    readonly property string readError: sync.error || ""
    readonly property color stateColor: readError.length > 0 || lastError.length > 0 ? Theme.danger
                                      : pending > 0 ? Theme.warning : Theme.ok

    title: qsTr("Sync with head office")
    emphasised: true
    accentColor: stateColor

    Timer {
        interval: 5000
        repeat: true
        running: card.visible
        onTriggered: card.settings.refreshSync()
    }

    TillText {
        objectName: "syncHeadline"
        Layout.fillWidth: true
        text: card.readError.length > 0 ? card.readError
            : card.pending > 0 ? qsTr("%1 changes waiting to be sent").arg(card.pending)
            : qsTr("Everything is sent")
        color: card.stateColor
        font.bold: true
        elide: Text.ElideNone
        wrapMode: Text.Wrap
    }

    Column {
        id: facts
        Layout.fillWidth: true
        Layout.preferredWidth: Theme.touchTarget // the width it is given, not its own
        visible: card.readError.length === 0
        spacing: 2
        readonly property real labelWidth: Math.max(pendingFact.labelImplicitWidth, successFact.labelImplicitWidth,
                                                    attemptFact.labelImplicitWidth, errorFact.labelImplicitWidth)
        Fact {
            id: pendingFact
            width: facts.width
            labelWidth: facts.labelWidth
            label: qsTr("Waiting")
            value: card.pending
            valueName: "syncPending"
        }
        Fact {
            id: successFact
            width: facts.width
            labelWidth: facts.labelWidth
            label: qsTr("Last success")
            value: (card.sync.lastSuccess || "").length > 0 ? card.sync.lastSuccess : qsTr("never")
            valueName: "syncLastSuccess"
        }
        Fact {
            id: attemptFact
            width: facts.width
            labelWidth: facts.labelWidth
            label: qsTr("Last attempt")
            value: (card.sync.lastAttempt || "").length > 0 ? card.sync.lastAttempt : qsTr("never")
            valueName: "syncLastAttempt"
            valueBold: false
        }
        Fact {
            id: errorFact
            width: facts.width
            labelWidth: facts.labelWidth
            label: qsTr("Last error")
            value: card.lastError.length > 0
                   ? card.lastError + ((card.sync.lastErrorCode || "").length > 0 ? " (" + card.sync.lastErrorCode + ")" : "")
                   : qsTr("none")
            valueName: "syncLastError"
            valueColor: card.lastError.length > 0 ? Theme.danger : Theme.text
            valueBold: card.lastError.length > 0
        }
    }

    TouchButton {
        objectName: "refreshSync"
        Layout.fillWidth: true
        text: qsTr("Refresh")
        onClicked: card.settings.refreshSync()
    }
}
