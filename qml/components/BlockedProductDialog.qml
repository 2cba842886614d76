import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// The store's policy stops a product at the till: what and why in large red
// text, then "Do not sell" or a manager's override. Opens by itself while
// the cart holds a blocked scan and closes when the cart lets it go.
Popup {
    id: dialog
    required property QtObject terminal
    readonly property QtObject cart: terminal.cart

    modal: true
    focus: false
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.padding : 720, 760)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.padding : implicitHeight)
    padding: Theme.padding * 2
    closePolicy: Popup.NoAutoClose
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.danger
        border.width: 4
    }

    Connections {
        target: dialog.cart
        function onBlockedChanged() {
            if (dialog.cart.hasBlockedScan)
                dialog.open()
            else {
                approval.close()
                dialog.close()
            }
        }
    }
    Component.onCompleted: if (cart.hasBlockedScan) open()

    contentItem: ColumnLayout {
        objectName: "blockedDialog"
        spacing: Theme.spacing * 1.5
        TillText {
            Layout.fillWidth: true
            text: qsTr("DO NOT SELL")
            color: Theme.danger
            font.pixelSize: Theme.fontHuge
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
        }
        TillText {
            objectName: "blockedProduct"
            Layout.fillWidth: true
            text: dialog.cart.blockedProduct
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 3
        }
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: messages.implicitHeight
            Layout.minimumHeight: Math.min(messages.implicitHeight, Theme.touchTarget * 2)
            contentHeight: messages.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ColumnLayout {
                id: messages
                width: parent.width
                spacing: Theme.spacing
                Repeater {
                    model: dialog.cart.blockedMessages
                    TillText {
                        required property string modelData
                        required property int index
                        objectName: "blockedMessage_" + index
                        Layout.fillWidth: true
                        text: modelData
                        color: Theme.danger
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "blockedDismiss"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.keyHeight
                kind: "danger"
                text: qsTr("Do not sell")
                font.pixelSize: Theme.fontLarge
                onClicked: dialog.cart.dismissBlocked()
            }
            TouchButton {
                objectName: "blockedOverride"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.keyHeight
                text: qsTr("Manager override")
                onClicked: approval.open()
            }
        }
    }

    ManagerApproval {
        id: approval
        terminal: dialog.terminal
        parent: Overlay.overlay
        title: qsTr("Manager override")
        detail: dialog.cart.blockedProduct + (dialog.cart.blockedMessages.length > 0
                                              ? " — " + dialog.cart.blockedMessages.join(" ") : "")
        onApproved: (manager, pin, reason) => {
            if (dialog.cart.approveBlocked(manager, pin, reason))
                approval.close()
        }
    }
}
