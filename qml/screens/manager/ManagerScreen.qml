import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// The manager's screens behind a manager's PIN: stock and product detail,
// goods in and out (receipts, returns, write-offs, transfers, stocktakes,
// lots about to expire), the shift close with its count and Z report, and
// the till's settings.
Item {
    id: screen
    objectName: "managerScreen"
    required property QtObject terminal
    property string tab: "stock" // stock, goods, shiftClose, settings
    signal done()

    readonly property QtObject session: terminal.session
    readonly property bool unlocked: session.managerMode || session.isManager
    readonly property string currentTab: tab === "shiftClose" || tab === "settings" || tab === "goods" ? tab : "stock"

    // A scan goes to the tab that takes one (counting, a document's lines).
    function takeScan(text) {
        if (tabLoader.item && tabLoader.item.takeScan)
            tabLoader.item.takeScan(text)
    }

    Component.onCompleted: terminal.expiring.reload()

    function leave() {
        if (session.managerMode)
            session.leaveManagerMode()
        done()
    }

    // Leaving by any way (the top bar too) shuts the manager's screens again.
    Component.onDestruction: {
        if (screen.terminal && screen.terminal.session && screen.terminal.session.managerMode)
            screen.terminal.session.leaveManagerMode()
    }

    ManagerUnlock {
        anchors.fill: parent
        visible: !screen.unlocked
        terminal: screen.terminal
    }

    ColumnLayout {
        anchors.fill: parent
        visible: screen.unlocked
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: ["stock", "goods", "shiftClose", "settings"]
                TouchButton {
                    id: tabButton
                    required property string modelData
                    objectName: "tab_" + modelData
                    Layout.preferredHeight: Theme.buttonHeight
                    // Room on the right for the badge, so it never covers the words.
                    readonly property real badgeRoom: expiringBadge.visible ? expiringBadge.width + Theme.spacing : 0
                    Layout.preferredWidth: Math.max(implicitWidth, Theme.touchTarget * 3.5) + badgeRoom
                    rightPadding: padding + badgeRoom
                    text: modelData === "shiftClose" ? qsTr("Shift close")
                        : modelData === "settings" ? qsTr("Settings")
                        : modelData === "goods" ? qsTr("Goods in/out") : qsTr("Stock")
                    kind: screen.currentTab === modelData ? "primary" : "normal"
                    onClicked: screen.tab = modelData
                    // Lots about to expire, counted where the manager looks first.
                    CountBadge {
                        id: expiringBadge
                        objectName: "expiringBadge"
                        visible: tabButton.modelData === "goods" && screen.terminal.expiring.count > 0
                        count: screen.terminal.expiring.count
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.rightMargin: Theme.spacing
                    }
                }
            }
            Item { Layout.fillWidth: true }
            TouchButton {
                objectName: "managerBack"
                Layout.preferredHeight: Theme.buttonHeight
                text: screen.session.shiftOpen ? qsTr("Back to selling") : qsTr("Done")
                onClicked: screen.leave()
            }
        }

        Loader {
            id: tabLoader
            objectName: "managerTabLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: screen.unlocked
            sourceComponent: screen.currentTab === "shiftClose" ? shiftCloseTab
                           : screen.currentTab === "settings" ? settingsTab
                           : screen.currentTab === "goods" ? goodsTab : stockTab
        }
    }

    Component { id: stockTab; StockTab { terminal: screen.terminal } }
    Component { id: goodsTab; GoodsTab { terminal: screen.terminal } }
    Component {
        id: shiftCloseTab
        ShiftCloseTab {
            terminal: screen.terminal
            onDone: screen.leave()
        }
    }
    Component { id: settingsTab; SettingsTab { terminal: screen.terminal } }
}
