#include "drivers/printer/text_wrap.h"

#include <QStringList>
#include <QTextBoundaryFinder>

namespace ocop::drivers {

namespace {

// Control characters (tabs, carriage returns, escapes) become spaces: they
// mean nothing on paper and must not reach a text-mode printer.
QString cleaned(const QString& text) {
    QString out = text;
    for (QChar& c : out)
        if (c != u'\n' && (c.category() == QChar::Other_Control || c == QChar::Nbsp))
            c = u' ';
    return out;
}

} // namespace

std::vector<QString> split_graphemes(const QString& word) {
    std::vector<QString> pieces;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, word);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        pieces.push_back(word.mid(start, end - start));
        start = end;
    }
    return pieces;
}

namespace {

// A word too wide for any line, cut between letters; the last piece is
// left open so that the next word may join it.
std::vector<QString> broken_word(const QString& word, double width, const TextMeasure& measure) {
    std::vector<QString> pieces{QString()};
    for (const QString& grapheme : split_graphemes(word)) {
        if (!pieces.back().isEmpty() && measure(pieces.back() + grapheme) > width)
            pieces.emplace_back();
        pieces.back() += grapheme;
    }
    return pieces;
}

void wrap_paragraph(const QString& paragraph, double width, const TextMeasure& measure,
                    std::vector<QString>& lines) {
    const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
    // Most receipt lines fit whole: one measurement instead of one a word.
    if (const QString whole = words.join(u' '); measure(whole) <= width) {
        lines.push_back(whole);
        return;
    }
    QString line;
    for (const QString& word : words) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (measure(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines.push_back(line);
        line = word;
        if (measure(word) <= width)
            continue;
        auto pieces = broken_word(word, width, measure);
        line = pieces.back();
        pieces.pop_back();
        lines.insert(lines.end(), pieces.begin(), pieces.end());
    }
    lines.push_back(line);
}

} // namespace

std::vector<QString> wrap_text(const QString& text, double width, const TextMeasure& measure) {
    std::vector<QString> lines;
    if (text.trimmed().isEmpty())
        return lines;
    for (const QString& paragraph : cleaned(text).split(u'\n'))
        wrap_paragraph(paragraph, width, measure, lines);
    return lines;
}

int grapheme_count(const QString& text) {
    return static_cast<int>(split_graphemes(text).size());
}

} // namespace ocop::drivers
