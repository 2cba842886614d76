#include "drivers/printer/layout.h"

#include "drivers/printer/columns.h"
#include "drivers/printer/dither.h"
#include "drivers/printer/label_sheet.h"
#include "drivers/printer/qr_code.h"
#include "drivers/printer/receipt_font.h"
#include "drivers/printer/text_wrap.h"

#include <QFontMetrics>
#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace ocop::drivers {

namespace {

// ISO/IEC 18004 asks for four light modules around a QR code.
constexpr int kQuietZone = 4;
constexpr int kMinQrModuleDots = 3;
constexpr int kRuleDots = 2; // one dot is 0.125 mm: too faint on thermal paper
constexpr int kMaxSpacerLines = 100;

QString nfc(const std::string& utf8) {
    // Precomposed letters, so that "Ba\u0301nh" and "Bánh" draw the same
    // glyphs and a line never breaks between a letter and its tone.
    return QString::fromStdString(utf8).normalized(QString::NormalizationForm_C);
}

int advance(const QFont& font, const QString& text) {
    return static_cast<int>(std::ceil(QFontMetricsF(font).horizontalAdvance(text)));
}

int aligned_x(Align align, int left, int right, int width) {
    switch (align) {
    case Align::Left:
        return left;
    case Align::Center:
        return left + std::max(0, (right - left - width) / 2);
    case Align::Right:
        return std::max(left, right - width);
    }
    return left;
}

class Builder {
public:
    Builder(const PrinterProfile& profile, ReceiptFont font)
        : font_(std::move(font)), width_(profile.dots_per_line) {
        layout_.width = width_;
    }

    Result<void> add(const Block& block) {
        return std::visit([this](const auto& b) { return place(b); }, block);
    }

    Layout finish() {
        layout_.height = y_;
        return std::move(layout_);
    }

private:
    // A style's font and what is measured of it, remembered: shaping a line
    // (HarfBuzz) and looking a font up are most of the layout's time, and a
    // line is measured when it is wrapped, aligned and placed.
    struct Measured {
        QFont font;
        int line_spacing = 0;
        int ascent = 0;
        QHash<QString, int> advances;
    };

    Measured& measured(const QFont& font) {
        const int key = font.pixelSize() * 2 + (font.bold() ? 1 : 0);
        auto found = measured_.find(key);
        if (found == measured_.end()) {
            const QFontMetrics metrics(font);
            found =
                measured_.emplace(key, Measured{font, metrics.lineSpacing(), metrics.ascent(), {}})
                    .first;
        }
        return found->second;
    }

    const QFont& font_for(TextSize size, bool bold) {
        return measured(styled_font(font_, size, bold)).font;
    }

    int line_height(const QFont& font) { return measured(font).line_spacing; }

    int width_of(const QFont& font, const QString& text) {
        auto& known = measured(font).advances;
        if (const auto found = known.constFind(text); found != known.constEnd())
            return *found;
        const int width = advance(font, text);
        known.insert(text, width);
        return width;
    }

    void add_line(const QString& text, const QFont& font, int x, int top, bool white) {
        const Measured& style = measured(font);
        layout_.lines.push_back({text, style.font,
                                 QRect(x, top, width_of(font, text), style.line_spacing),
                                 top + style.ascent, white});
    }

    // Inverted text keeps a margin inside its band, so that the first and
    // last letters do not run into the paper's edge.
    int band_margin(const QFont& font, bool inverted) const {
        return inverted ? font.pixelSize() / 2 : 0;
    }

    Result<void> place(const TextBlock& block) {
        const QFont font = font_for(block.style.size, block.style.bold);
        const int margin = band_margin(font, block.style.inverted);
        const auto lines = wrap_text(nfc(block.text), width_ - 2 * margin,
                                     [&](const QString& s) { return width_of(font, s); });
        for (const QString& line : lines) {
            const int height = line_height(font);
            if (block.style.inverted)
                layout_.fills.emplace_back(0, y_, width_, height);
            const int x =
                aligned_x(block.style.align, margin, width_ - margin, width_of(font, line));
            add_line(line, font, x, y_, block.style.inverted);
            y_ += height;
        }
        return {};
    }

    // Columns after the first keep to one line: one that needs more than its
    // share borrows from the columns to its left (the first, which wraps,
    // keeps at least a quarter of the paper); what still does not fit is
    // elided rather than printed over its neighbour.
    std::vector<std::pair<int, int>> fitted_boxes(const ColumnRow& row, const QFont& font,
                                                  int gutter) {
        auto boxes = column_boxes(row, width_, gutter);
        for (std::size_t i = boxes.size() - 1; i > 0; --i) {
            auto& [left, right] = boxes[i];
            const int floor = width_ / 4 + static_cast<int>(i) * gutter;
            left = std::max(std::min(left, right - width_of(font, nfc(row.cells[i]))), floor);
            left = std::min(left, right);
            boxes[i - 1].second = std::min(boxes[i - 1].second, left - gutter);
            boxes[i - 1].first = std::min(boxes[i - 1].first, boxes[i - 1].second);
        }
        return boxes;
    }

    Result<void> place(const ColumnRow& row) {
        if (row.cells.empty())
            return {};
        const QFont font = font_for(row.style.size, row.style.bold);
        const auto boxes = fitted_boxes(row, font, font.pixelSize() / 2);
        const auto [first_left, first_right] = boxes[0];
        auto first = wrap_text(nfc(row.cells[0]), first_right - first_left,
                               [&](const QString& s) { return width_of(font, s); });
        if (first.empty())
            first.emplace_back();
        const int height = line_height(font);
        const int rows = static_cast<int>(first.size());
        if (row.style.inverted)
            layout_.fills.emplace_back(0, y_, width_, rows * height);
        for (int i = 0; i < rows; ++i) {
            const QString& line = first[static_cast<std::size_t>(i)];
            const int x =
                aligned_x(cell_align(row, 0), first_left, first_right, width_of(font, line));
            add_line(line, font, x, y_ + i * height, row.style.inverted);
        }
        for (std::size_t i = 1; i < row.cells.size(); ++i) {
            const auto [left, right] = boxes[i];
            QString cell = nfc(row.cells[i]);
            if (width_of(font, cell) > right - left)
                cell = QFontMetrics(font).elidedText(cell, Qt::ElideRight, right - left);
            const int x = aligned_x(cell_align(row, i), left, right, width_of(font, cell));
            add_line(cell, font, x, y_, row.style.inverted);
        }
        y_ += rows * height;
        return {};
    }

    Result<void> place(const Rule& rule) {
        const int height = line_height(font_for(TextSize::Normal, false)) / 2;
        const int lines = rule.double_line ? 2 : 1;
        const int drawn = lines * kRuleDots + (lines - 1) * kRuleDots;
        const int top = y_ + (height - drawn) / 2;
        for (int i = 0; i < lines; ++i)
            layout_.fills.emplace_back(0, top + i * 2 * kRuleDots, width_, kRuleDots);
        y_ += height;
        return {};
    }

    Result<void> place(const Spacer& spacer) {
        const int lines = std::clamp(spacer.lines, 0, kMaxSpacerLines);
        y_ += lines * line_height(font_for(TextSize::Normal, false));
        return {};
    }

    Result<void> place(const Picture& picture) {
        auto dots = picture_dots(picture, width_);
        if (!dots)
            return fail(dots.error());
        const int x = aligned_x(picture.align, 0, width_, dots->width());
        const int height = dots->height();
        layout_.images.push_back({QPoint(x, y_), std::move(*dots)});
        y_ += height;
        return {};
    }

    Result<void> place(const QrBlock& block) {
        auto qr = encode_qr(block.payload, QrErrorCorrection::Medium);
        if (!qr)
            return fail(qr.error());
        const int modules = qr->size + 2 * kQuietZone;
        const int dots =
            qr_module_dots(modules, width_, block.module_dots, block.max_width_percent);
        if (dots == 0)
            return fail("printer.qr_too_big",
                        "a QR code of " + std::to_string(modules) +
                            " modules does not fit the paper at 3 dots a module",
                        "Mã QR quá dày so với khổ giấy, không in được.");
        QImage image = qr_image(*qr, dots, kQuietZone);
        const int height = image.height();
        layout_.images.push_back({QPoint((width_ - image.width()) / 2, y_), std::move(image)});
        y_ += height;
        if (!block.caption.empty())
            return place(
                TextBlock{block.caption, TextStyle{TextSize::Normal, false, Align::Center}});
        return {};
    }

    ReceiptFont font_;
    int width_ = 0;
    int y_ = 0;
    Layout layout_;
    std::map<int, Measured> measured_; // by pixel size and weight
};

} // namespace

int Layout::widest_line() const {
    int widest = 0;
    for (const LaidLine& line : lines)
        widest = std::max(widest, line.box.x() + line.box.width());
    return widest;
}

int qr_module_dots(int modules, int paper_dots, int module_dots, int max_width_percent) {
    if (modules <= 0)
        return 0;
    const int limit = paper_dots * std::clamp(max_width_percent, 1, 100) / 100;
    int dots = module_dots > 0 ? module_dots : limit / modules;
    dots = std::max(dots, kMinQrModuleDots);
    dots = std::min(dots, paper_dots / modules);
    return dots >= kMinQrModuleDots ? dots : 0;
}

Result<Layout> lay_out(const Document& document, const PrinterProfile& profile) {
    Builder builder(profile, receipt_font(profile));
    for (const Block& block : document.blocks)
        if (auto placed = builder.add(block); !placed)
            return fail(placed.error());
    return builder.finish();
}

} // namespace ocop::drivers
