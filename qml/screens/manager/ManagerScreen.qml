import QtQuick
Item {
    required property QtObject terminal
    property string tab
    signal done()
}
