import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// A cart line's certification at a glance: gold stars for a valid OCOP
// rating, and for every state a cashier must not miss a filled word in a
// colour (red: do not sell; orange: sell, but soon not; grey: not OCOP).
// "Manager approved" when a manager let a blocked product through.
Flow {
    id: badge
    property string outcome: ""    // pos/certification.h outcome code
    property int stars: 0
    property bool overridden: false
    spacing: Theme.spacing / 2

    readonly property bool showStars: (outcome === "certified" || outcome === "expiring") && stars > 0
    readonly property string word: {
        switch (outcome) {
        case "expiring": return qsTr("EXPIRING")
        case "expired": return qsTr("EXPIRED")
        case "suspended": return qsTr("SUSPENDED")
        case "revoked": return qsTr("REVOKED")
        case "not_certified": return qsTr("Not OCOP")
        case "stamp_forged": return qsTr("FORGED STAMP")
        case "stamp_revoked": return qsTr("STAMP REVOKED")
        case "stamp_mismatch": return qsTr("WRONG STAMP")
        case "lot_expired": return qsTr("LOT EXPIRED")
        default: return ""
        }
    }
    readonly property color wordColor: outcome === "expiring" ? Theme.warning
                                     : outcome === "not_certified" ? Theme.textMuted
                                     : Theme.danger

    Rectangle {
        objectName: "certStars"
        visible: badge.showStars
        width: starsText.implicitWidth + Theme.spacing
        height: starsText.implicitHeight + 4
        radius: Theme.radius / 2
        color: "transparent"
        border.color: Theme.gold
        TillText {
            id: starsText
            anchors.centerIn: parent
            text: "★".repeat(Math.max(0, Math.min(5, badge.stars)))
            color: Theme.gold
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
    }
    Rectangle {
        objectName: "certWord"
        visible: badge.word.length > 0
        width: wordText.implicitWidth + Theme.spacing * 1.5
        height: wordText.implicitHeight + 4
        radius: Theme.radius / 2
        color: badge.wordColor
        TillText {
            id: wordText
            anchors.centerIn: parent
            text: badge.word
            color: Theme.textOnAccent
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
    }
    Rectangle {
        objectName: "certOverridden"
        visible: badge.overridden
        width: overrideText.implicitWidth + Theme.spacing * 1.5
        height: overrideText.implicitHeight + 4
        radius: Theme.radius / 2
        color: "transparent"
        border.color: Theme.secondary
        border.width: 2
        TillText {
            id: overrideText
            anchors.centerIn: parent
            text: qsTr("Manager approved")
            color: Theme.secondary
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
    }
}
