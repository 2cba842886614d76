#include "printer_emulator/paper.h"

#include "drivers/printer/qr_code.h"
#include "drivers/printer/vietnamese_code_page.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QString>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>

namespace ocop::emulator {

namespace {

using drivers::VietnameseCodePage;

constexpr int kDefaultLineSpacing = 30; // dots: 3.75 mm, as most 203 dpi printers power up
constexpr int kCutMarkRows = 3;
constexpr std::array<std::string_view, 3> kAligns{"left", "center", "right"};
constexpr std::array<std::string_view, 4> kCorrections{"L", "M", "Q", "H"};

struct Table {
    int number;
    std::string_view name;
    VietnameseCodePage page;
    int table;
};
constexpr std::array<Table, 4> kTables{{
    {27, "cp1258", VietnameseCodePage::Cp1258, 0},
    {52, "cp1258", VietnameseCodePage::Cp1258, 0},
    {30, "tcvn3", VietnameseCodePage::Tcvn3, 0},
    {31, "tcvn3-capitals", VietnameseCodePage::Tcvn3, 1},
}};

const Table* table_for(int number) {
    for (const Table& table : kTables)
        if (table.number == number)
            return &table;
    return nullptr;
}

// A quoted log value with control characters and quotes escaped.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20)
            out += "\\x" + hex_bytes(std::string_view(&c, 1));
        else
            out += c;
    }
    return out + "\"";
}

std::string on_off(int value) {
    return value != 0 ? "on" : "off";
}

struct Style {
    bool bold = false;
    bool reverse = false;
    int font = 0; // 0 font A (12 × 24), 1 font B (9 × 17)
    int width_times = 1;
    int height_times = 1;

    int cell_width() const { return (font == 1 ? 9 : 12) * width_times; }
    int cell_height() const { return (font == 1 ? 17 : 24) * height_times; }
};

struct Cell {
    QString grapheme;
    Style style;
};

QImage blank(int width, int height) {
    QImage strip(width, std::max(0, height), QImage::Format_Grayscale8);
    strip.fill(255);
    return strip;
}

// One character cell, drawn at the font's own size and squeezed into the
// cell as a printer's fixed-pitch font would hold it.
QImage cell_image(const Cell& cell) {
    const int base_width = cell.style.font == 1 ? 9 : 12;
    const int base_height = cell.style.font == 1 ? 17 : 24;
    QFont font;
    font.setFamilies({"DejaVu Sans Mono", "Noto Sans Mono", "Noto Sans"});
    font.setStyleHint(QFont::TypeWriter, QFont::NoAntialias);
    font.setBold(cell.style.bold);
    font.setPixelSize(base_height * 4 / 5);
    const QFontMetrics metrics(font);
    const int natural = std::max(base_width, metrics.horizontalAdvance(cell.grapheme));
    QImage glyph = blank(natural, base_height);
    glyph.fill(cell.style.reverse ? 0 : 255);
    {
        QPainter painter(&glyph);
        painter.setFont(font);
        painter.setPen(cell.style.reverse ? Qt::white : Qt::black);
        painter.drawText(QRect(0, 0, natural, base_height), Qt::AlignCenter, cell.grapheme);
    }
    return glyph.scaled(cell.style.cell_width(), cell.style.cell_height(), Qt::IgnoreAspectRatio,
                        Qt::FastTransformation);
}

QList<QString> graphemes(const QString& text) {
    QList<QString> out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        out.append(text.mid(start, finder.position() - start));
        start = finder.position();
    }
    return out;
}

class Printer {
public:
    explicit Printer(const PaperOptions& options) : width_(std::max(8, options.width_dots)) {}

    void run(const EscposCommand& command);

    PrintedPaper finish() {
        print_line();
        int height = 0;
        for (const QImage& strip : strips_)
            height += strip.height();
        PrintedPaper out{QImage(), std::move(log_), cuts_};
        if (height == 0)
            return out;
        out.paper = blank(width_, height);
        QPainter painter(&out.paper);
        int y = 0;
        for (const QImage& strip : strips_) {
            painter.drawImage(0, y, strip);
            y += strip.height();
        }
        return out;
    }

private:
    void log(std::string line) { log_.push_back(std::move(line)); }

    int left_for(int content_width) const {
        const int room = std::max(0, width_ - content_width);
        return align_ == 1 ? room / 2 : align_ == 2 ? room : 0;
    }

    int line_width() const {
        int width = 0;
        for (const Cell& cell : line_)
            width += cell.style.cell_width();
        return width;
    }

    // The print buffer onto the paper, one line as tall as its tallest cell
    // or the line spacing, whichever is more.
    void print_line() {
        if (line_.empty())
            return;
        int tallest = 0;
        for (const Cell& cell : line_)
            tallest = std::max(tallest, cell.style.cell_height());
        QImage strip = blank(width_, std::max(line_spacing_, tallest));
        {
            QPainter painter(&strip);
            int x = left_for(line_width());
            for (const Cell& cell : line_) {
                const QImage image = cell_image(cell);
                painter.drawImage(x, tallest - image.height(), image);
                x += image.width();
            }
        }
        strips_.push_back(threshold(strip));
        line_.clear();
    }

    static QImage threshold(QImage strip) {
        for (int y = 0; y < strip.height(); ++y) {
            uchar* row = strip.scanLine(y);
            for (int x = 0; x < strip.width(); ++x)
                row[x] = row[x] < 128 ? 0 : 255;
        }
        return strip;
    }

    void feed(int dots) {
        if (dots > 0)
            strips_.push_back(blank(width_, dots));
    }

    // A printer wraps text that reaches the end of the line.
    void text(const EscposCommand& command) {
        const QString decoded = QString::fromStdString(code_page(code_page_).decode(command.data));
        log("text " + quoted(decoded.toStdString()));
        for (const QString& grapheme : graphemes(decoded)) {
            if (line_width() + style_.cell_width() > width_)
                print_line();
            line_.push_back({grapheme, style_});
        }
    }

    void raster(const EscposCommand& command);
    void qr_print();
    void reset() {
        style_ = {};
        align_ = 0;
        code_page_ = 0;
        line_spacing_ = kDefaultLineSpacing;
        line_.clear();
    }
    void print_mode(int n) {
        style_.font = n & 1;
        style_.bold = (n & 0x08) != 0;
        style_.height_times = (n & 0x10) != 0 ? 2 : 1;
        style_.width_times = (n & 0x20) != 0 ? 2 : 1;
    }
    void run_qr(const EscposCommand& command);
    void run_layout(const EscposCommand& command);
    void run_style(const EscposCommand& command);

    int width_;
    Style style_;
    int align_ = 0;
    int code_page_ = 0;
    int line_spacing_ = kDefaultLineSpacing;
    int qr_module_ = 3;
    int qr_correction_ = 48;
    std::string qr_data_;
    std::vector<Cell> line_;
    std::vector<QImage> strips_;
    std::vector<std::string> log_;
    int cuts_ = 0;
};

// GS v 0 prints only from an empty print buffer (Epson's reference); bands
// wider than the paper lose their right-hand side.
void Printer::raster(const EscposCommand& command) {
    const int x_times = (command.value & 1) != 0 ? 2 : 1;
    const int y_times = (command.value & 2) != 0 ? 2 : 1;
    std::string line =
        "GS v 0 raster " + std::to_string(command.width) + "x" + std::to_string(command.height);
    if (command.value != 0)
        line += " mode " + std::to_string(command.value);
    if (!line_.empty()) {
        log(line + " ignored: text waiting in the print buffer");
        return;
    }
    if (command.width * x_times > width_)
        line += " clipped: wider than the paper (" + std::to_string(width_) + " dots)";
    log(line);
    QImage strip = blank(width_, command.height * y_times);
    const int left = left_for(command.width * x_times);
    const auto stride = static_cast<std::size_t>(command.width / 8);
    for (int y = 0; y < strip.height(); ++y) {
        uchar* row = strip.scanLine(y);
        const auto* bits = reinterpret_cast<const unsigned char*>(command.data.data()) +
                           static_cast<std::size_t>(y / y_times) * stride;
        for (int x = 0; x < command.width * x_times && left + x < width_; ++x) {
            const int dot = x / x_times;
            if ((bits[dot / 8] >> (7 - dot % 8)) & 1)
                row[left + x] = 0;
        }
    }
    strips_.push_back(strip);
}

// The printer's own QR code: the stored data at the module size, aligned as
// text is.
void Printer::qr_print() {
    print_line();
    static constexpr std::array<drivers::QrErrorCorrection, 4> kLevels{
        drivers::QrErrorCorrection::Low, drivers::QrErrorCorrection::Medium,
        drivers::QrErrorCorrection::Quartile, drivers::QrErrorCorrection::High};
    const auto level = kLevels[static_cast<std::size_t>(std::clamp(qr_correction_ - 48, 0, 3))];
    auto qr = drivers::encode_qr(qr_data_, level);
    if (!qr) {
        log("GS ( k QR print failed: " + qr.error().message_en);
        return;
    }
    log("GS ( k QR print " + std::to_string(qr->size) + "x" + std::to_string(qr->size) +
        " modules");
    const int side = qr->size * qr_module_;
    QImage strip = blank(width_, side);
    const int left = left_for(side);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side && left + x < width_; ++x)
            if (qr->at(x / qr_module_, y / qr_module_))
                strip.scanLine(y)[left + x] = 0;
    strips_.push_back(strip);
}

void Printer::run_qr(const EscposCommand& command) {
    switch (command.kind) {
    case CommandKind::QrModel:
        log("GS ( k QR model " + std::to_string(command.value));
        break;
    case CommandKind::QrModuleSize:
        qr_module_ = std::clamp(command.value, 1, 16);
        log("GS ( k QR module " + std::to_string(command.value) + " dots");
        break;
    case CommandKind::QrCorrection:
        qr_correction_ = command.value;
        log("GS ( k QR error correction " +
            std::string(
                kCorrections[static_cast<std::size_t>(std::clamp(command.value - 48, 0, 3))]));
        break;
    case CommandKind::QrStore:
        qr_data_ = command.data;
        log("GS ( k QR store " + std::to_string(command.data.size()) + " bytes " +
            quoted(command.data));
        break;
    default:
        qr_print();
        break;
    }
}

void Printer::run_layout(const EscposCommand& command) {
    const std::string n = std::to_string(command.value);
    switch (command.kind) {
    case CommandKind::LineFeed:
        log("LF");
        if (line_.empty())
            feed(line_spacing_);
        print_line();
        break;
    case CommandKind::FeedLines:
        log("ESC d " + n + " feed " + n + " lines");
        print_line();
        feed(command.value * line_spacing_);
        break;
    case CommandKind::FeedDots:
        log("ESC J " + n + " feed " + n + " dots");
        print_line();
        feed(command.value);
        break;
    case CommandKind::LineSpacing:
        line_spacing_ = command.value < 0 ? kDefaultLineSpacing : command.value;
        log(command.value < 0 ? "ESC 2 line spacing default" : "ESC 3 line spacing " + n + " dots");
        break;
    case CommandKind::Align:
        align_ = std::clamp(command.value, 0, 2);
        log("ESC a align " + std::string(kAligns[static_cast<std::size_t>(align_)]));
        break;
    default: // Cut
        print_line();
        ++cuts_;
        log(command.value == 1 ? "GS V cut partial" : "GS V cut full");
        strips_.push_back(blank(width_, kCutMarkRows));
        for (int x = 0; x < width_; x += 8)
            for (int dash = x; dash < std::min(width_, x + 4); ++dash)
                strips_.back().scanLine(1)[dash] = 128;
        break;
    }
}

void Printer::run_style(const EscposCommand& command) {
    const std::string n = std::to_string(command.value);
    switch (command.kind) {
    case CommandKind::Bold:
        style_.bold = command.value != 0;
        log("ESC E bold " + on_off(command.value));
        break;
    case CommandKind::Reverse:
        style_.reverse = command.value != 0;
        log("GS B reverse " + on_off(command.value));
        break;
    case CommandKind::Font:
        style_.font = command.value == 1 ? 1 : 0;
        log(std::string("ESC M font ") + (style_.font == 1 ? "B" : "A"));
        break;
    case CommandKind::Size:
        style_.width_times = ((command.value >> 4) & 7) + 1;
        style_.height_times = (command.value & 7) + 1;
        log("GS ! size " + std::to_string(style_.width_times) + "x" +
            std::to_string(style_.height_times));
        break;
    default: // PrintMode
        print_mode(command.value);
        log("ESC ! print mode " + n);
        break;
    }
}

void Printer::run(const EscposCommand& command) {
    const std::string n = std::to_string(command.value);
    switch (command.kind) {
    case CommandKind::Text:
        return text(command);
    case CommandKind::CarriageReturn:
        return log("CR");
    case CommandKind::Initialize:
        reset();
        return log("ESC @ initialize");
    case CommandKind::SelectCodePage:
        code_page_ = command.value;
        return log("ESC t " + n + " code page " + code_page(command.value).name);
    case CommandKind::Raster:
        return raster(command);
    case CommandKind::DrawerPulse:
        return log("ESC p drawer pin" + n + " on " + std::to_string(command.width) + " ms off " +
                   std::to_string(command.height) + " ms");
    case CommandKind::StatusRequest:
        return log("DLE EOT " + n + " status request");
    case CommandKind::Unknown:
        return log("unknown " + hex_bytes(command.raw));
    case CommandKind::Truncated:
        return log("truncated " + hex_bytes(command.raw) + " (cut short at the end of the job)");
    case CommandKind::QrModel:
    case CommandKind::QrModuleSize:
    case CommandKind::QrCorrection:
    case CommandKind::QrStore:
    case CommandKind::QrPrint:
        return run_qr(command);
    case CommandKind::Bold:
    case CommandKind::Reverse:
    case CommandKind::Font:
    case CommandKind::Size:
    case CommandKind::PrintMode:
        return run_style(command);
    default:
        return run_layout(command);
    }
}

} // namespace

std::string CodePage::decode(std::string_view bytes) const {
    const Table* table = table_for(number);
    return table ? drivers::decode_from_printer(bytes, table->page, table->table)
                 : drivers::decode_from_printer(bytes, VietnameseCodePage::Ascii);
}

CodePage code_page(int esc_t_number) {
    const Table* table = table_for(esc_t_number);
    return {table ? std::string(table->name) : "pc437", esc_t_number};
}

PrintedPaper print_commands(const std::vector<EscposCommand>& commands,
                            const PaperOptions& options) {
    Printer printer(options);
    for (const EscposCommand& command : commands)
        printer.run(command);
    return printer.finish();
}

} // namespace ocop::emulator
