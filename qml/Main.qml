import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Ocop.Terminal

// The cashier's window: a bar with who and where, the current screen, and
// one banner for every problem. Screens are chosen here and nowhere else.
ApplicationWindow {
    id: root
    required property QtObject terminal
    property size fixedSize: Qt.size(0, 0)
    property bool customerDisplayForced: false
    property bool onScreenKeyboard: false

    // signIn, openShift, sell, refund, manager
    property string currentScreen: "signIn"
    // What a tap on a manager tab shows: stock, goods, shiftClose, settings
    property string managerTab: "stock"

    width: fixedSize.width > 0 ? fixedSize.width : 1024
    height: fixedSize.height > 0 ? fixedSize.height : 768
    visibility: fixedSize.width > 0 ? Window.Windowed : Window.FullScreen
    visible: true
    title: qsTr("OCOP till") + " — " + terminal.storeName
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    // Where the session says the cashier must be.
    function home() {
        const session = terminal.session
        if (!session.signedIn)
            return "signIn"
        if (!session.shiftOpen)
            return "openShift"
        return "sell"
    }
    function show(name) {
        banner.dismiss()
        currentScreen = name
    }
    function goHome() { show(home()) }

    Connections {
        target: root.terminal
        function onProblem(code, message) { banner.show(code, message) }
        // Every scan lands somewhere: the screen that is open takes it.
        function onScanned(text) {
            if (screenLoader.item && screenLoader.item.takeScan)
                screenLoader.item.takeScan(text)
            else
                banner.show("scan.not_now", qsTr("Scanned %1, but no sale is open: sign in and open a shift first.").arg(text))
        }
    }
    // A problem stays on screen until it is dismissed or the next thing works.
    Connections {
        target: root.terminal.cart
        function onTotalsChanged() { banner.dismiss() }
    }
    Connections {
        target: root.terminal.payment
        function onCompleted() { banner.dismiss() }
    }
    Connections {
        target: root.terminal.refund
        function onCompleted() { banner.dismiss() }
    }
    Connections {
        target: root.terminal.session
        function onChanged() {
            banner.dismiss()
            const session = root.terminal.session
            if (!session.signedIn || (!session.shiftOpen && root.currentScreen === "sell"))
                root.goHome()
        }
    }

    header: TopBar {
        terminal: root.terminal
        currentScreen: root.currentScreen
        onNavigate: name => root.show(name)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        ProblemBanner {
            id: banner
            objectName: "problemBanner"
            Layout.fillWidth: true
        }
        Loader {
            id: screenLoader
            objectName: "screenLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: {
                switch (root.currentScreen) {
                case "openShift": return openShift
                case "sell": return sell
                case "refund": return refund
                case "manager": return manager
                default: return signIn
                }
            }
        }
    }

    Component { id: signIn; SignInScreen { terminal: root.terminal; onDone: root.goHome() } }
    Component { id: openShift; OpenShiftScreen { terminal: root.terminal; onDone: root.goHome() } }
    Component { id: sell; SellScreen { terminal: root.terminal } }
    Component { id: refund; RefundScreen { terminal: root.terminal; onDone: root.goHome() } }
    Component {
        id: manager
        ManagerScreen {
            terminal: root.terminal
            tab: root.managerTab
            onTabChanged: root.managerTab = tab
            onDone: root.goHome()
        }
    }

    // Loaded by URL, so a till without the Qt Virtual Keyboard module still starts.
    Loader {
        objectName: "keyboardLoader"
        active: root.onScreenKeyboard
        parent: root.contentItem
        anchors.left: parent.left
        anchors.right: parent.right
        y: 0
        height: parent.height
        source: "components/OnScreenKeyboard.qml"
    }

    // The customer's screen, on a second display when the till has one.
    CustomerDisplay {
        objectName: "customerDisplay"
        terminal: root.terminal
        screen: Qt.application.screens[Qt.application.screens.length > 1 ? 1 : 0]
        visible: root.customerDisplayForced || Qt.application.screens.length > 1
    }
}
