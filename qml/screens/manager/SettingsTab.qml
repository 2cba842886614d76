import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ocop.Terminal

// The till's settings: the receipt printer on the left; the language, the
// store and till, the scanners and the sync with head office on the right.
Item {
    id: tab
    objectName: "settingsTab"
    required property QtObject terminal
    readonly property QtObject settings: terminal.settings

    Component.onCompleted: settings.refreshSync()

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        Flickable {
            id: left
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            contentHeight: leftColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            ColumnLayout {
                id: leftColumn
                width: left.width - Theme.spacing
                spacing: Theme.spacing
                PrinterSettings {
                    Layout.fillWidth: true
                    terminal: tab.terminal
                }
            }
        }

        Flickable {
            id: right
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            contentHeight: rightColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            ColumnLayout {
                id: rightColumn
                width: right.width - Theme.spacing
                spacing: Theme.spacing
                LanguageChoice {
                    Layout.fillWidth: true
                    terminal: tab.terminal
                }
                SyncPanel {
                    Layout.fillWidth: true
                    settings: tab.settings
                }
                StoreIdentity {
                    Layout.fillWidth: true
                    store: tab.settings.store
                }
                ScannerList {
                    Layout.fillWidth: true
                    scanners: tab.settings.scanners
                }
            }
        }
    }
}
