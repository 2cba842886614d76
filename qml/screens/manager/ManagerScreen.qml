import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// The manager's screens behind a manager's PIN: stock and product detail,
// the shift close with its count and Z report, and the till's settings.
Item {
    id: screen
    objectName: "managerScreen"
    required property QtObject terminal
    property string tab: "stock" // stock, shiftClose, settings
    signal done()

    readonly property QtObject session: terminal.session
    readonly property bool unlocked: session.managerMode || session.isManager
    readonly property string currentTab: tab === "shiftClose" || tab === "settings" ? tab : "stock"

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
                model: ["stock", "shiftClose", "settings"]
                TouchButton {
                    required property string modelData
                    objectName: "tab_" + modelData
                    Layout.preferredHeight: Theme.buttonHeight
                    Layout.preferredWidth: Math.max(implicitWidth, Theme.touchTarget * 3.5)
                    text: modelData === "shiftClose" ? qsTr("Shift close")
                        : modelData === "settings" ? qsTr("Settings") : qsTr("Stock")
                    kind: screen.currentTab === modelData ? "primary" : "normal"
                    onClicked: screen.tab = modelData
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
                           : screen.currentTab === "settings" ? settingsTab : stockTab
        }
    }

    Component { id: stockTab; StockTab { terminal: screen.terminal } }
    Component {
        id: shiftCloseTab
        ShiftCloseTab {
            terminal: screen.terminal
            onDone: screen.leave()
        }
    }
    Component { id: settingsTab; SettingsTab { terminal: screen.terminal } }
}
