#pragma once

#include <QQuickWindow>

#include <string>
#include <vector>

namespace ocop::test {

// Every visible piece of text on the window that a person could not read
// whole: cut short (elided, or more lines than it may show), wider than its
// box, or reaching past the window's edge — with where it is and what it says.
std::vector<std::string> text_that_does_not_fit(QQuickWindow& window);

} // namespace ocop::test
