import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// One product of a stocktake's report: what the books expected, what was
// counted, the difference (short in the danger colour) and its value.
Rectangle {
    id: row
    required property int index
    required property var modelData
    implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight + Theme.spacing * 2)
    color: modelData.short ? Theme.dangerSoft : (index % 2 ? Theme.background : Theme.surface)

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: 0
        TillText {
            Layout.fillWidth: true
            text: row.modelData.name
            font.bold: true
            elide: Text.ElideNone
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing * 2
            TillText {
                Layout.fillWidth: true
                text: qsTr("Books %1, counted %2").arg(row.modelData.expected).arg(row.modelData.counted)
                color: Theme.textMuted
                elide: Text.ElideNone
                wrapMode: Text.Wrap
            }
            TillText {
                objectName: "variance_" + row.modelData.sku
                text: row.modelData.difference + " " + row.modelData.unit
                font.bold: true
                color: row.modelData.short ? Theme.danger : Theme.text
                elide: Text.ElideNone
            }
            TillText {
                objectName: "varianceValue_" + row.modelData.sku
                text: row.modelData.value
                elide: Text.ElideNone
            }
        }
    }
}
