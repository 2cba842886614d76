import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// One certification of a product: the decision, who issued it, the stars,
// how long it is valid, and its status in a colour and a word.
Rectangle {
    id: card
    required property var certification
    required property int index
    readonly property string status: certification.status || ""
    readonly property color statusColor: status === "active" ? Theme.ok
                                       : status === "expired" || status === "revoked" || status === "suspended" ? Theme.danger
                                       : Theme.textMuted
    readonly property string statusWord: {
        switch (status) {
        case "active": return qsTr("Active")
        case "expired": return qsTr("EXPIRED")
        case "revoked": return qsTr("REVOKED")
        case "suspended": return qsTr("SUSPENDED")
        default: return status
        }
    }

    objectName: "certification_" + index
    color: Theme.surface
    border.color: statusColor
    border.width: 2
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.padding

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing / 2
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TillText {
                Layout.fillWidth: true
                text: qsTr("Decision %1").arg(card.certification.decisionNo)
                font.bold: true
                elide: Text.ElideNone
                wrapMode: Text.WrapAnywhere
            }
            Rectangle {
                Layout.preferredWidth: statusText.implicitWidth + Theme.spacing * 2
                Layout.preferredHeight: statusText.implicitHeight + 6
                radius: Theme.radius / 2
                color: card.statusColor
                TillText {
                    id: statusText
                    objectName: "certificationStatus"
                    anchors.centerIn: parent
                    text: card.statusWord
                    color: Theme.textOnAccent
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    elide: Text.ElideNone
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.padding
            TillText {
                objectName: "certificationStars"
                text: "★".repeat(Math.max(0, Math.min(5, card.certification.stars || 0)))
                color: Theme.gold
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideNone
            }
            TillText {
                text: card.certification.level === "central" ? qsTr("Central level")
                    : card.certification.level === "province" ? qsTr("Province level")
                    : card.certification.level
                color: Theme.textMuted
                elide: Text.ElideNone
            }
        }
        TillText {
            Layout.fillWidth: true
            text: qsTr("Valid %1 – %2").arg(card.certification.validFromText).arg(card.certification.validToText)
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        TillText {
            Layout.fillWidth: true
            visible: (card.certification.decisionDateText || "").length > 0
            text: qsTr("Decided on %1").arg(card.certification.decisionDateText)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
    }
}
