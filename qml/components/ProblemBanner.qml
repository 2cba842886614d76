import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// What went wrong, in the screen's language, with what to do next — until
// the cashier taps it away or the next thing works. The code is small, for
// the technician on the phone.
Rectangle {
    id: banner
    property string code: ""
    property string message: ""
    visible: message.length > 0
    color: Theme.dangerSoft
    border.color: Theme.danger
    border.width: 2
    radius: Theme.radius
    implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + 2 * Theme.padding)

    function show(newCode, newMessage) {
        code = newCode
        message = newMessage
    }
    function dismiss() { message = ""; code = "" }

    // The next step for the errors a cashier meets most.
    function advice(errorCode) {
        if (errorCode.startsWith("printer.") || errorCode.startsWith("print."))
            return qsTr("The sale is saved. Fix the printer (paper, cover, power), then tap Retry print.")
        if (errorCode === "catalog.unknown_code")
            return qsTr("Search the product by name, or set it aside and ask the manager.")
        if (errorCode === "catalog.inactive")
            return qsTr("This product is no longer sold. Ask the manager.")
        if (errorCode.startsWith("auth."))
            return qsTr("Check the PIN and try again. After several wrong PINs, ask the manager.")
        if (errorCode.startsWith("certification.") || errorCode.startsWith("stamp."))
            return qsTr("Do not sell this item without the manager's approval.")
        if (errorCode.startsWith("payment."))
            return qsTr("Check the amounts entered, then try again.")
        if (errorCode.startsWith("code."))
            return qsTr("Scan again, or type the code printed under the barcode.")
        if (errorCode.startsWith("db."))
            return qsTr("Nothing was lost. Try again; if it happens again, call the technician.")
        return ""
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing
        Text {
            text: "⚠"
            font.pixelSize: Theme.fontTitle
            color: Theme.danger
        }
        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: 2
            Text {
                objectName: "problemMessage"
                Layout.fillWidth: true
                text: banner.message
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            Text {
                objectName: "problemAdvice"
                Layout.fillWidth: true
                visible: text.length > 0
                text: banner.advice(banner.code)
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
            Text {
                text: banner.code
                font.family: Theme.fontFamily
                font.pixelSize: 12
                color: Theme.textMuted
            }
        }
        TouchButton {
            objectName: "problemDismiss"
            text: qsTr("Close")
            kind: "quiet"
            onClicked: banner.dismiss()
        }
    }
}
