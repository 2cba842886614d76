#include "drivers/printer/text_mode.h"

#include "drivers/printer/columns.h"
#include "drivers/printer/dither.h"
#include "drivers/printer/escpos.h"
#include "drivers/printer/layout.h"
#include "drivers/printer/qr_code.h"
#include "drivers/printer/raster_painter.h"
#include "drivers/printer/text_wrap.h"
#include "drivers/printer/vietnamese_code_page.h"

#include <QStringList>

#include <algorithm>
#include <numeric>
#include <vector>

namespace ocop::drivers {

namespace {

constexpr int kQuietZone = 4;
constexpr int kMaxPrinterQrModule = 16; // GS ( k function 167 takes 1..16
constexpr int kMaxSpacerLines = 100;

QString nfc(const std::string& utf8) {
    return QString::fromStdString(utf8).normalized(QString::NormalizationForm_C);
}

// Character cells on paper, in the profile's code page: a letter with its
// tone is one cell, a stand-in such as "..." for "…" as many as it prints.
int columns_of(const QString& text, VietnameseCodePage page) {
    return printed_columns(text.toStdString(), page);
}

// A line of `width` character cells that texts are written into by cell,
// so that a letter with a combining accent takes one cell and a character
// that prints wider (a stand-in, '?' for each part of an emoji) takes as
// many as it prints; what does not fit between left and right is left out.
class CellLine {
public:
    CellLine(int width, VietnameseCodePage page)
        : cells_(static_cast<std::size_t>(std::max(0, width)), " "), page_(page) {}

    void put(const QString& text, Align align, int left, int right) {
        right = std::min(right, static_cast<int>(cells_.size()));
        const int count = columns_of(text, page_);
        int x = align == Align::Left     ? left
                : align == Align::Center ? left + std::max(0, (right - left - count) / 2)
                                         : std::max(left, right - count);
        for (const QString& grapheme : split_graphemes(text)) {
            const int width = std::max(1, columns_of(grapheme, page_));
            if (x < 0 || x + width > right)
                break;
            cells_[static_cast<std::size_t>(x)] = grapheme;
            for (int i = 1; i < width; ++i)
                cells_[static_cast<std::size_t>(x + i)].clear();
            x += width;
        }
    }

    QString text() const { return std::accumulate(cells_.begin(), cells_.end(), QString()); }

private:
    std::vector<QString> cells_;
    VietnameseCodePage page_;
};

class TextWriter {
public:
    TextWriter(const PrinterProfile& profile, VietnameseCodePage page)
        : profile_(profile), page_(page) {}

    Result<void> add(const Block& block) {
        return std::visit([this](const auto& b) { return place(b); }, block);
    }

    TextModeJob finish() { return {std::move(out_), lost_}; }

private:
    double columns(const QString& text) const { return columns_of(text, page_); }
    TextMeasure measure() const {
        return [this](const QString& text) {
            return columns(text);
        };
    }

    // Sends one line in the code page, switching tables where it must
    // (TCVN-3 capitals live in the table after the profile's).
    void line(const QString& text) {
        const CodePageText encoded = encode_for_printer(text.toStdString(), page_);
        for (const CodePageRun& run : encoded.runs) {
            if (run.table != table_) {
                out_ += escpos::select_code_page(profile_.code_page + run.table);
                table_ = run.table;
            }
            out_ += run.bytes;
        }
        lost_ += encoded.lost;
        out_ += '\n';
    }

    void style_on(const TextStyle& style) {
        out_ += escpos::bold(style.bold);
        out_ += escpos::small_font(style.size == TextSize::Small);
        out_ += style.size == TextSize::Huge    ? escpos::size(2, 2)
                : style.size == TextSize::Large ? escpos::size(1, 2)
                                                : escpos::size(1, 1);
        out_ += escpos::reverse(style.inverted);
    }

    void style_off() {
        out_ += escpos::reverse(false) + escpos::size(1, 1) + escpos::small_font(false) +
                escpos::bold(false) + escpos::align(Align::Left);
    }

    // Inverted lines are padded to the full width, so that the black band
    // spans the paper as it does in raster mode.
    Result<void> place(const TextBlock& block) {
        const int columns = text_mode_columns(profile_, block.style.size);
        style_on(block.style);
        out_ += escpos::align(block.style.inverted ? Align::Left : block.style.align);
        for (const QString& text : wrap_text(nfc(block.text), columns, measure())) {
            if (block.style.inverted) {
                CellLine padded(columns, page_);
                padded.put(text, block.style.align, 0, columns);
                line(padded.text());
            } else {
                line(text);
            }
        }
        style_off();
        return {};
    }

    // Same rule as raster: the first column wraps, the others keep to one
    // line and borrow room from their left when their share is too small.
    std::vector<std::pair<int, int>> boxes(const ColumnRow& row, int columns) const {
        auto result = column_boxes(row, columns, 1);
        for (std::size_t i = result.size() - 1; i > 0; --i) {
            auto& [left, right] = result[i];
            const int need = columns_of(nfc(row.cells[i]), page_);
            left = std::max(std::min(left, right - need), columns / 4 + static_cast<int>(i));
            left = std::min(left, right);
            result[i - 1].second = std::min(result[i - 1].second, left - 1);
            result[i - 1].first = std::min(result[i - 1].first, result[i - 1].second);
        }
        return result;
    }

    Result<void> place(const ColumnRow& row) {
        if (row.cells.empty())
            return {};
        const int columns = text_mode_columns(profile_, row.style.size);
        const auto laid = boxes(row, columns);
        auto first = wrap_text(nfc(row.cells[0]), laid[0].second - laid[0].first, measure());
        if (first.empty())
            first.emplace_back();
        style_on(row.style);
        out_ += escpos::align(Align::Left);
        for (std::size_t n = 0; n < first.size(); ++n) {
            CellLine cells(columns, page_);
            cells.put(first[n], cell_align(row, 0), laid[0].first, laid[0].second);
            for (std::size_t i = 1; n == 0 && i < row.cells.size(); ++i)
                cells.put(nfc(row.cells[i]), cell_align(row, i), laid[i].first, laid[i].second);
            line(cells.text());
        }
        style_off();
        return {};
    }

    Result<void> place(const Rule& rule) {
        const int columns = text_mode_columns(profile_, TextSize::Normal);
        out_ += escpos::align(Align::Left);
        line(QString(columns, rule.double_line ? u'=' : u'-'));
        return {};
    }

    Result<void> place(const Spacer& spacer) {
        const int lines = std::clamp(spacer.lines, 0, kMaxSpacerLines);
        for (int fed = 0; fed < lines; fed += 255)
            out_ += escpos::feed(std::min(255, lines - fed));
        return {};
    }

    Raster on_paper(const QImage& dots, Align align) const {
        QImage paper(profile_.dots_per_line, dots.height(), QImage::Format_Grayscale8);
        paper.fill(255);
        const int x = align == Align::Left    ? 0
                      : align == Align::Right ? paper.width() - dots.width()
                                              : (paper.width() - dots.width()) / 2;
        for (int y = 0; y < dots.height(); ++y)
            std::copy_n(dots.constScanLine(y), dots.width(), paper.scanLine(y) + x);
        return to_raster(paper);
    }

    // Pictures go as raster even in text mode: no code page holds them.
    Result<void> place(const Picture& picture) {
        auto dots = picture_dots(picture, profile_.dots_per_line);
        if (!dots)
            return fail(dots.error());
        out_ += escpos::raster_bands(on_paper(*dots, picture.align), profile_.band_rows);
        return {};
    }

    // The printer draws the code itself (GS ( k); its module size follows
    // the raster rule, measured on the symbol ZXing would make.
    Result<void> place(const QrBlock& block) {
        auto qr = encode_qr(block.payload, QrErrorCorrection::Medium);
        if (!qr)
            return fail(qr.error());
        const int modules = qr->size + 2 * kQuietZone;
        const int dots = qr_module_dots(modules, profile_.dots_per_line, block.module_dots,
                                        block.max_width_percent);
        if (dots == 0)
            return fail("printer.qr_too_big",
                        "a QR code of " + std::to_string(modules) +
                            " modules does not fit the paper at 3 dots a module",
                        "Mã QR quá dày so với khổ giấy, không in được.");
        out_ += escpos::align(Align::Center);
        out_ += escpos::qr_code(block.payload, std::min(dots, kMaxPrinterQrModule),
                                QrErrorCorrection::Medium);
        out_ += escpos::align(Align::Left);
        if (!block.caption.empty())
            return place(
                TextBlock{block.caption, TextStyle{TextSize::Normal, false, Align::Center}});
        return {};
    }

    const PrinterProfile& profile_;
    VietnameseCodePage page_;
    std::string out_;
    int lost_ = 0;
    int table_ = 0; // the caller selected the profile's code page
};

} // namespace

int text_mode_columns(const PrinterProfile& profile, TextSize size) {
    const int normal = std::max(1, profile.chars_per_line);
    switch (size) {
    case TextSize::Small:
        return normal * 4 / 3;
    case TextSize::Normal:
    case TextSize::Large:
        return normal;
    case TextSize::Huge:
        return std::max(1, normal / 2);
    }
    return normal;
}

Result<TextModeJob> encode_text_mode(const Document& document, const PrinterProfile& profile) {
    const auto page = vietnamese_code_page(profile.encoding);
    if (!page)
        return fail("printer.unknown_encoding",
                    "printer profile \"" + profile.name + "\" names encoding \"" +
                        profile.encoding + "\" (known: cp1258, tcvn3, ascii)",
                    "Bảng mã máy in \"" + profile.encoding +
                        "\" không được hỗ trợ (chọn cp1258, tcvn3 hoặc ascii).");
    TextWriter writer(profile, *page);
    for (const Block& block : document.blocks)
        if (auto placed = writer.add(block); !placed)
            return fail(placed.error());
    return writer.finish();
}

} // namespace ocop::drivers
