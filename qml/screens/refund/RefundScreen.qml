import QtQuick
Item {
    required property QtObject terminal
    signal done()
}
