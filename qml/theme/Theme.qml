pragma Singleton
import QtQuick

// The one place colours, type sizes and spacing are decided. Screens use
// these names, never literal values, so the whole till changes together.
QtObject {
    // Surfaces
    readonly property color background: "#f4f1ea"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#ebe6da"
    readonly property color border: "#cfc8b8"
    readonly property color text: "#1f1d1a"
    readonly property color textMuted: "#5c574d"
    readonly property color textOnAccent: "#ffffff"

    // Brand and actions: a deep lotus green (Vĩnh Long – Trà Vinh) and the
    // warm OCOP gold for stars.
    readonly property color accent: "#1b6b4a"
    readonly property color accentPressed: "#12513a"
    readonly property color secondary: "#3b5f8a"
    readonly property color gold: "#c98a00"

    // What a cashier must not miss: each state has a colour AND a word.
    readonly property color ok: "#1e7d32"
    readonly property color warning: "#b85c00"
    readonly property color danger: "#b3261e"
    readonly property color dangerSoft: "#fbe3e1"
    readonly property color warningSoft: "#fff0d6"
    readonly property color okSoft: "#e3f3e5"

    // Type scale (pixels), readable at arm's length on a 15" till.
    readonly property string fontFamily: "Noto Sans"
    readonly property int fontSmall: 15
    readonly property int fontBody: 18
    readonly property int fontLarge: 22
    readonly property int fontTitle: 28
    readonly property int fontHuge: 44

    // Spacing and touch
    readonly property int spacing: 8
    readonly property int padding: 12
    readonly property int radius: 8
    readonly property int touchTarget: 48   // the smallest thing a finger presses
    readonly property int buttonHeight: 56  // ordinary buttons
    readonly property int keyHeight: 64     // keypads
}
