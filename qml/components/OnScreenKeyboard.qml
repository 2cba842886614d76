import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// Qt Virtual Keyboard for a till with no keyboard: it slides up when the
// cashier taps a text field (not when the scan field takes focus by itself),
// Vietnamese first, and leaves a hardware keyboard or scanner working beside it.
InputPanel {
    id: panel
    objectName: "onScreenKeyboard"
    z: 1000
    width: parent ? parent.width : 0
    // Out of the way entirely while no field asks for it.
    visible: active
    y: parent ? parent.height - height : 0
    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["vi_VN", "en_US"]
        VirtualKeyboardSettings.locale = "vi_VN"
    }
}
