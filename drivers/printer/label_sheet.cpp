#include "drivers/printer/label_sheet.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <QString>

#include <algorithm>
#include <cmath>
#include <string>

namespace ocop::drivers {

namespace {

// The quiet zone ISO/IEC 18004 asks for; a reader may miss a code without it.
constexpr int kQuietZone = 4;
// Caption lines are spaced at this multiple of the font size, which leaves
// room for Vietnamese letters that stack two marks ("Ễ", "ặ").
constexpr double kLineSpacing = 1.4;

int to_px(double mm, int dpi) {
    return static_cast<int>(std::lround(mm * dpi / 25.4));
}

// How many labels of `size` fit in `span` with `gap` between neighbours.
// The small allowance keeps 5 × 38 mm in 190 mm from rounding down to 4.
int fitting(double span, double size, double gap) {
    return static_cast<int>(std::floor((span + gap) / (size + gap) + 1e-9));
}

Error bad_layout(const std::string& why) {
    return Error{"label.bad_layout", "label sheet layout: " + why,
                 "Khổ giấy hoặc kích thước nhãn không hợp lệ: " + why + "."};
}

bool positive(const SheetLayout& layout) {
    return layout.dpi > 0 && layout.page_width_mm > 0 && layout.page_height_mm > 0 &&
           layout.label_width_mm > 0 && layout.label_height_mm > 0 && layout.margin_mm >= 0 &&
           layout.gap_mm >= 0 && layout.padding_mm >= 0 && layout.caption_lines >= 0 &&
           layout.caption_pt > 0;
}

int caption_height(const SheetLayout& layout) {
    return static_cast<int>(
        std::lround(layout.caption_lines * layout.caption_pt * kLineSpacing * layout.dpi / 72.0));
}

QRect inner(const SheetGeometry& geometry, int index) {
    const int pad = geometry.padding;
    return geometry.cell(index).adjusted(pad, pad, -pad, -pad);
}

// Left (or top) edges of `count` labels from `margin`, each computed from
// millimetres so that rounding does not add up along a row.
std::vector<int> edges(int count, double margin, double size, double gap, int dpi) {
    std::vector<int> result;
    for (int i = 0; i < count; ++i)
        result.push_back(to_px(margin + i * (size + gap), dpi));
    return result;
}

int min_module_px(const SheetLayout& layout) {
    return std::max(1, static_cast<int>(std::ceil(layout.min_module_mm * layout.dpi / 25.4)));
}

QFont caption_font(const SheetLayout& layout) {
    QFont font(caption_font_family());
    font.setPixelSize(
        std::max(1, static_cast<int>(std::lround(layout.caption_pt * layout.dpi / 72.0))));
    return font;
}

Result<void> check_label(const Label& label, const SheetLayout& layout) {
    if (std::ssize(label.captions) > layout.caption_lines)
        return fail("label.too_many_captions",
                    "a label has " + std::to_string(label.captions.size()) +
                        " caption lines; the layout has room for " +
                        std::to_string(layout.caption_lines),
                    "Nhãn có quá nhiều dòng chữ so với khổ nhãn đã chọn.");
    return {};
}

struct PlacedQr {
    QrMatrix matrix;
    int module_px = 0;
};

// The QR for one label at the largest whole number of pixels per module that
// leaves the quiet zone inside the label: every module then prints as the
// same number of printer dots, which keeps the code readable.
Result<PlacedQr> place_qr(const Label& label, const SheetLayout& layout, int side) {
    auto matrix = encode_qr(label.payload, layout.correction);
    if (!matrix)
        return fail(matrix.error());
    const int module_px = side / (matrix->size + 2 * kQuietZone);
    if (module_px < min_module_px(layout))
        return fail("label.qr_too_small",
                    "the QR for \"" + label.payload.substr(0, 40) + "\" needs " +
                        std::to_string(matrix->size + 2 * kQuietZone) +
                        " modules, too many for the label at this size and resolution",
                    "Mã QR quá dày so với kích thước nhãn: hãy chọn nhãn lớn hơn.");
    return PlacedQr{std::move(*matrix), module_px};
}

void draw_qr(QPainter& painter, const PlacedQr& qr, const QRect& area) {
    const int drawn = qr.matrix.size * qr.module_px;
    const QPoint at(area.x() + (area.width() - drawn) / 2, area.y() + (area.height() - drawn) / 2);
    painter.drawImage(at, qr_image(qr.matrix, qr.module_px, 0));
}

void draw_captions(QPainter& painter, const Label& label, const QRect& area, int lines) {
    if (lines == 0)
        return;
    const int line_height = area.height() / lines;
    const QFontMetrics metrics(painter.font());
    for (std::size_t i = 0; i < label.captions.size(); ++i) {
        const QRect line(area.x(), area.y() + static_cast<int>(i) * line_height, area.width(),
                         line_height);
        const QString text = metrics.elidedText(QString::fromStdString(label.captions[i]),
                                                Qt::ElideRight, area.width());
        painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, text);
    }
}

QImage blank_page(const SheetGeometry& geometry, int dpi) {
    QImage page(geometry.page, QImage::Format_Grayscale8);
    page.fill(255);
    const int dots_per_metre = static_cast<int>(std::lround(dpi / 0.0254));
    page.setDotsPerMeterX(dots_per_metre);
    page.setDotsPerMeterY(dots_per_metre);
    return page;
}

// Renders labels [first, first + per_page) onto one page.
Result<QImage> render_page(const std::vector<Label>& labels, std::size_t first,
                           const SheetGeometry& geometry, const SheetLayout& layout) {
    QImage page = blank_page(geometry, layout.dpi);
    QPainter painter(&page);
    painter.setFont(caption_font(layout));
    painter.setRenderHint(QPainter::TextAntialiasing);
    const std::size_t count =
        std::min(labels.size() - first, static_cast<std::size_t>(geometry.per_page()));
    for (std::size_t i = 0; i < count; ++i) {
        const int index = static_cast<int>(i);
        const Label& label = labels[first + i];
        auto qr = place_qr(label, layout, geometry.qr_area(index).width());
        if (!qr)
            return fail(qr.error());
        if (layout.cut_guides) {
            painter.setPen(QColor(200, 200, 200));
            painter.drawRect(geometry.cell(index).adjusted(0, 0, -1, -1));
        }
        draw_qr(painter, *qr, geometry.qr_area(index));
        painter.setPen(Qt::black);
        draw_captions(painter, label, geometry.caption_area(index), layout.caption_lines);
    }
    return page;
}

Result<void> check_labels(const std::vector<Label>& labels, const SheetLayout& layout) {
    if (labels.empty())
        return fail("label.none", "no labels to print", "Không có nhãn nào để in.");
    for (const Label& label : labels)
        if (auto checked = check_label(label, layout); !checked)
            return checked;
    return {};
}

std::filesystem::path page_path(const std::filesystem::path& path, std::size_t page) {
    const std::string extension = path.has_extension() ? path.extension().string() : ".png";
    return path.parent_path() / (path.stem().string() + "-" + std::to_string(page + 1) + extension);
}

} // namespace

QRect SheetGeometry::cell(int index) const {
    const auto column = static_cast<std::size_t>(index % columns());
    const auto row = static_cast<std::size_t>(index / columns());
    return QRect(column_x[column], row_y[row], label_width, label_height);
}

// The QR with its captions under it, centred in the label both ways.
QRect SheetGeometry::qr_area(int index) const {
    const QRect box = inner(*this, index);
    const int side = std::min(box.width(), box.height() - caption_height);
    const int top = box.y() + (box.height() - side - caption_height) / 2;
    return QRect(box.x() + (box.width() - side) / 2, top, side, side);
}

QRect SheetGeometry::caption_area(int index) const {
    const QRect box = inner(*this, index);
    return QRect(box.x(), qr_area(index).bottom() + 1, box.width(), caption_height);
}

Result<SheetGeometry> sheet_geometry(const SheetLayout& layout) {
    if (!positive(layout))
        return fail(bad_layout("sizes and resolution must be positive"));
    const int columns =
        fitting(layout.page_width_mm - 2 * layout.margin_mm, layout.label_width_mm, layout.gap_mm);
    const int rows = fitting(layout.page_height_mm - 2 * layout.margin_mm, layout.label_height_mm,
                             layout.gap_mm);
    if (columns < 1 || rows < 1)
        return fail(bad_layout("the label does not fit on the page inside the margins"));
    SheetGeometry geometry;
    geometry.page =
        QSize(to_px(layout.page_width_mm, layout.dpi), to_px(layout.page_height_mm, layout.dpi));
    geometry.column_x =
        edges(columns, layout.margin_mm, layout.label_width_mm, layout.gap_mm, layout.dpi);
    geometry.row_y =
        edges(rows, layout.margin_mm, layout.label_height_mm, layout.gap_mm, layout.dpi);
    geometry.label_width = to_px(layout.label_width_mm, layout.dpi);
    geometry.label_height = to_px(layout.label_height_mm, layout.dpi);
    geometry.padding = to_px(layout.padding_mm, layout.dpi);
    geometry.caption_height = caption_height(layout);
    if (geometry.qr_area(0).width() <= 0)
        return fail(bad_layout("no room for the QR once padding and captions are taken"));
    return geometry;
}

Result<std::vector<QImage>> render_label_sheets(const std::vector<Label>& labels,
                                                const SheetLayout& layout) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail("label.no_gui", "rendering labels needs a QGuiApplication (fonts)",
                    "Chương trình chưa sẵn sàng để vẽ nhãn (thiếu QGuiApplication).");
    auto geometry = sheet_geometry(layout);
    if (!geometry)
        return fail(geometry.error());
    if (auto checked = check_labels(labels, layout); !checked)
        return fail(checked.error());
    std::vector<QImage> pages;
    const auto per_page = static_cast<std::size_t>(geometry->per_page());
    for (std::size_t first = 0; first < labels.size(); first += per_page) {
        auto page = render_page(labels, first, *geometry, layout);
        if (!page)
            return fail(page.error());
        pages.push_back(std::move(*page));
    }
    return pages;
}

Result<std::vector<std::filesystem::path>> write_label_sheets(const std::vector<Label>& labels,
                                                              const SheetLayout& layout,
                                                              const std::filesystem::path& path) {
    auto pages = render_label_sheets(labels, layout);
    if (!pages)
        return fail(pages.error());
    std::vector<std::filesystem::path> written;
    for (std::size_t i = 0; i < pages->size(); ++i) {
        const auto file = pages->size() == 1 ? path : page_path(path, i);
        if (!(*pages)[i].save(QString::fromStdString(file.string()), "PNG"))
            return fail("label.write_failed", "cannot write " + file.string(),
                        "Không ghi được tệp nhãn " + file.string() + ".");
        written.push_back(file);
    }
    return written;
}

// Noto Sans (fonts-noto-core) first, then other common sans fonts, then
// whatever the system says covers Vietnamese. An empty name leaves the
// choice, and glyph fallback, to Qt.
QString caption_font_family() {
    const QStringList vietnamese = QFontDatabase::families(QFontDatabase::Vietnamese);
    const QStringList any = QFontDatabase::families();
    for (const char* preferred : {"Noto Sans", "DejaVu Sans", "Liberation Sans"})
        if (vietnamese.contains(preferred) || any.contains(preferred))
            return preferred;
    return vietnamese.isEmpty() ? QString() : vietnamese.first();
}

QImage qr_image(const QrMatrix& qr, int module_px, int quiet_zone) {
    const int side = (qr.size + 2 * quiet_zone) * module_px;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.at(x, y))
                painter.fillRect((quiet_zone + x) * module_px, (quiet_zone + y) * module_px,
                                 module_px, module_px, Qt::black);
    return image;
}

} // namespace ocop::drivers
