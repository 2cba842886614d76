import QtQuick
import QtQuick.Layouts
import Ocop.Terminal

// The store and till this terminal is, as head office knows them (read only).
Card {
    id: card
    objectName: "storeIdentity"
    required property var store
    title: qsTr("Store and till")

    function value(key) {
        const text = card.store[key] || ""
        return text.length > 0 ? text : "–"
    }

    Column {
        id: facts
        Layout.fillWidth: true
        Layout.preferredWidth: Theme.touchTarget // the width it is given, not its own
        spacing: 2
        readonly property real labelWidth: Math.max(storeFact.labelImplicitWidth, addressFact.labelImplicitWidth, taxCodeFact.labelImplicitWidth,
                                                    phoneFact.labelImplicitWidth, storeCodeFact.labelImplicitWidth, terminalCodeFact.labelImplicitWidth)
        Fact { id: storeFact; width: facts.width; labelWidth: facts.labelWidth; label: qsTr("Store"); value: card.value("name"); valueName: "storeName" }
        Fact { id: addressFact; width: facts.width; labelWidth: facts.labelWidth; label: qsTr("Address"); value: card.value("address"); valueName: "storeAddress" }
        Fact { id: taxCodeFact; width: facts.width; labelWidth: facts.labelWidth; label: qsTr("Tax code"); value: card.value("taxCode"); valueName: "storeTaxCode" }
        Fact { id: phoneFact; width: facts.width; labelWidth: facts.labelWidth; label: qsTr("Phone"); value: card.value("phone"); valueName: "storePhone" }
        Fact { id: storeCodeFact; width: facts.width; labelWidth: facts.labelWidth; label: qsTr("Store code"); value: card.value("storeCode"); valueName: "storeCode" }
        Fact { id: terminalCodeFact; width: facts.width; labelWidth: facts.labelWidth; label: qsTr("Till code"); value: card.value("terminalCode"); valueName: "terminalCode" }
    }
}
