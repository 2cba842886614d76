#pragma once

// Breaking a paragraph into lines that fit, shared by raster layout
// (widths in dots) and text mode (widths in characters).

#include <QString>

#include <functional>
#include <vector>

namespace ocop::drivers {

// How wide a piece of text is, in whatever unit `width` is given in.
using TextMeasure = std::function<double(const QString&)>;

// Lines no wider than `width`, broken at spaces; a word wider than a line is
// broken between letters (never between a letter and its accent). Runs of
// spaces collapse to one, "\n" starts a new line, other control characters
// count as spaces. Empty text gives no lines.
std::vector<QString> wrap_text(const QString& text, double width, const TextMeasure& measure);

// `text` cut into user-perceived characters: a letter with its combining
// marks is one piece.
std::vector<QString> split_graphemes(const QString& text);

// The user-perceived characters of `text` (a letter and its combining marks
// count once): what a line of a text-mode printer holds.
int grapheme_count(const QString& text);

} // namespace ocop::drivers
