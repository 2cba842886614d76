#include "app/text_fit.h"

#include <QQuickItem>

namespace ocop::test {

namespace {

// A Flickable or list clips what is scrolled out of view: that is not cut text.
bool inside_clipping_ancestor(const QQuickItem* item) {
    for (const QQuickItem* parent = item->parentItem(); parent; parent = parent->parentItem())
        if (parent->clip())
            return true;
    return false;
}

std::string describe(const QQuickItem* item, const char* problem) {
    const QRectF box = item->mapRectToScene(item->boundingRect());
    return std::string(problem) + ": \"" + item->property("text").toString().toStdString() +
           "\" (" + item->objectName().toStdString() + ") at " + std::to_string(int(box.x())) +
           "," + std::to_string(int(box.y())) + " " + std::to_string(int(box.width())) + "x" +
           std::to_string(int(box.height()));
}

void check(const QQuickItem* item, const QRectF& window, std::vector<std::string>& problems) {
    if (!item->isVisible() || item->opacity() == 0)
        return;
    // inherits(): Label and components built on Text (TillText) are text too.
    if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty()) {
        const bool wraps = item->property("wrapMode").toInt() != 0;
        const bool elides = item->property("elide").toInt() != 0;
        const qreal needed = item->property("contentWidth").toReal();
        if (item->property("truncated").toBool())
            problems.push_back(describe(item, "cut short"));
        else if (!wraps && !elides && needed > item->width() + 1 && item->width() > 0)
            problems.push_back(describe(item, "wider than its box"));
        const QRectF box = item->mapRectToScene(item->boundingRect());
        if (!window.contains(box.adjusted(1, 1, -1, -1)) && !inside_clipping_ancestor(item))
            problems.push_back(describe(item, "past the window's edge"));
    }
    for (const QQuickItem* child : item->childItems())
        check(child, window, problems);
}

} // namespace

std::vector<std::string> text_that_does_not_fit(QQuickWindow& window) {
    std::vector<std::string> problems;
    check(window.contentItem(), QRectF(0, 0, window.width(), window.height()), problems);
    return problems;
}

} // namespace ocop::test
