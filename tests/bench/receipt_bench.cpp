// A 30-line sale receipt from Document to ESC/POS bytes (raster mode, 80 mm:
// lay out, draw, threshold, bands), beside drawing the same lines of text
// with a bare QPainter::drawText into an image of the same size — no layout,
// no wrapping, no encoding (docs/performance.md, docs/printing.md).
//
//   ocop_bench_receipt [--runs N] [--smoke]
#include "bench/bench.h"
#include "drivers/printer/document.h"
#include "drivers/printer/escpos.h"
#include "drivers/printer/layout.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/qr_code.h"
#include "drivers/printer/raster_painter.h"
#include "drivers/printer/receipt_font.h"
#include "drivers/printer/receipt_printer.h"

#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>
#include <vector>

using namespace ocop;
using drivers::Align;
using drivers::TextSize;
using drivers::TextStyle;

namespace {

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "bench failed: %s\n", what);
        std::exit(1);
    }
}

const std::vector<std::string> kProducts = {
    "Mật hoa dừa Sokfarm 250 ml",
    "Đường hoa dừa Sokfarm túi 300 g",
    "Bánh tét lá cẩm Cầu Kè (nhân đậu xanh, thịt mỡ, trứng muối) loại 1",
    "Kẹo dừa sáp Cầu Kè hộp quà",
    "Chả giò Trà Vinh 500 g",
    "Lạp xưởng Vạn Thành 500 g",
    "Trà mãng cầu Tiểu Cần hộp 20 túi lọc",
    "Rượu đế Xuân Thạnh chai 330 ml",
    "Cốm dẹp Ba So 200 g",
    "Giấm dừa Hai Lý chai 500 ml",
    "Thảm xơ dừa Long Đức 40 × 60 cm",
    "Tôm khô Trà Cú loại 1 200 g",
    "Mắm bò hóc Trà Vinh hũ 500 g",
    "Bánh pía sầu riêng trứng muối Phú Quới",
    "Dừa sáp Cầu Kè trái loại 1",
    "Khô cá lóc Hòa Tân 250 g",
    "Gạo thơm Nhị Trường túi 5 kg",
    "Mật ong hoa nhãn Vinh Kim 500 ml",
    "Bánh ú lá tre Đại An",
    "Nem chua Trà Vinh hộp 10 cái",
    "Chuối sấy dẻo Tiểu Cần 250 g",
    "Giỏ lục bình đan tay Long Đức cỡ vừa",
    "Gáo dừa khắc hoạ tiết hoa sen",
    "Nước mắm cá cơm Duyên Hải 500 ml",
    "Bột sắn dây Cầu Ngang 500 g",
    "Bánh canh bột xắt Trà Cú 400 g",
    "Trà gừng mật ong hộp 10 gói",
    "Sữa chua nếp cẩm Trà Vinh hộp 6",
    "Muối ớt tôm Tây Ninh hũ 100 g",
    "Xà bông dừa thiên nhiên Bến Tre",
};

// "1.250.000" from 1250000.
std::string amount(long dong) {
    std::string digits = std::to_string(dong);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<std::size_t>(at), ".");
    return digits;
}

// A sale as pos/receipt.cpp prints it: header, 30 lines, VAT table,
// payments, the lookup QR code.
drivers::Document receipt() {
    const TextStyle centred{TextSize::Normal, false, Align::Center, false};
    const TextStyle title{TextSize::Large, true, Align::Center, false};
    const TextStyle small{TextSize::Small, false, Align::Left, false};
    drivers::Document document;
    document.text("CỬA HÀNG GIỚI THIỆU VÀ BÁN SẢN PHẨM OCOP TRÀ VINH", title)
        .text("Số 1 Nguyễn Thị Minh Khai, Phường Trà Vinh, tỉnh Vĩnh Long", centred)
        .text("MST: 2100123456 · ĐT: 0294 3855 123", centred)
        .rule()
        .text("HOÁ ĐƠN BÁN HÀNG", title)
        .columns({"Số: TV01-01-000123", "29/11/2026 08:39"}, {1, 1}, {Align::Left, Align::Right})
        .columns({"Quầy: TV01-01", "Thu ngân: Nguyễn Thị Thu"}, {2, 3}, {Align::Left, Align::Right})
        .rule();
    long total = 0;
    for (std::size_t i = 0; i < kProducts.size(); ++i) {
        const long price = 25000 + static_cast<long>(i % 7) * 15000;
        const long quantity = 1 + static_cast<long>(i % 3);
        total += price * quantity;
        document.text(std::to_string(i + 1) + ". " + kProducts[i] +
                      (i % 4 == 0 ? " ★★★★ OCOP" : ""));
        document.columns({"   " + std::to_string(quantity) + " cái × " + amount(price),
                          amount(price * quantity)},
                         {3, 2}, {Align::Left, Align::Right});
    }
    document.rule()
        .columns({"Thuế suất", "Tiền hàng", "Thuế GTGT"}, {2, 3, 3},
                 {Align::Left, Align::Right, Align::Right}, small)
        .columns({"5%", amount(total * 40 / 105), amount(total * 2 / 105)}, {2, 3, 3},
                 {Align::Left, Align::Right, Align::Right}, small)
        .columns({"8%", amount(total * 54 / 108), amount(total * 4 / 108)}, {2, 3, 3},
                 {Align::Left, Align::Right, Align::Right}, small)
        .rule(true)
        .columns({"TỔNG CỘNG", amount(total)}, {1, 1}, {Align::Left, Align::Right},
                 {TextSize::Huge, true, Align::Left, false})
        .rule()
        .columns({"Tiền mặt", amount(total / 2 + 100000)}, {3, 2}, {Align::Left, Align::Right})
        .columns({"Chuyển khoản (VietQR)", amount(total - total / 2)}, {3, 2},
                 {Align::Left, Align::Right})
        .columns({"Tiền thối lại", amount(100000)}, {3, 2}, {Align::Left, Align::Right},
                 {TextSize::Normal, true, Align::Left, false})
        .rule()
        .qr("00020101021238570010A00000072701270006970436011300710001234560208QRIBFTTA"
            "530370454061250005802VN5920CO SO MAT HOA DUA TV6008TRA VINH62340830TV01-01-"
            "000123 Mat hoa dua 250g6304A1B2",
            "Tra cứu: TV01-01-000123")
        .text("Giá đã bao gồm thuế GTGT", {TextSize::Small, false, Align::Center, false})
        .text("Cảm ơn quý khách — hẹn gặp lại!", centred);
    return document;
}

// Every text of the document as one line each, with its size and weight.
struct AnchorLine {
    QString text;
    QFont font;
};

std::vector<AnchorLine> anchor_lines(const drivers::Document& document,
                                     const drivers::ReceiptFont& font) {
    std::vector<AnchorLine> lines;
    for (const auto& block : document.blocks) {
        if (const auto* text = std::get_if<drivers::TextBlock>(&block))
            lines.push_back({QString::fromStdString(text->text),
                             drivers::styled_font(font, text->style.size, text->style.bold)});
        if (const auto* row = std::get_if<drivers::ColumnRow>(&block))
            for (const auto& cell : row->cells)
                lines.push_back({QString::fromStdString(cell),
                                 drivers::styled_font(font, row->style.size, row->style.bold)});
        if (const auto* qr = std::get_if<drivers::QrBlock>(&block))
            lines.push_back({QString::fromStdString(qr->caption),
                             drivers::styled_font(font, TextSize::Normal, false)});
    }
    return lines;
}

} // namespace

int main(int argc, char** argv) {
    int runs = 300;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--smoke")
            runs = 5;
        else if (argument == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
    }
    // Fonts need a QGuiApplication; nothing is shown.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    const auto profile = drivers::printer_profile("80mm");
    require(profile.has_value(), "80mm profile");
    const drivers::Document document = receipt();

    // What is measured must work: the job is a raster job of the whole receipt.
    const auto raster = drivers::render_raster(document, *profile);
    require(raster.has_value() && raster->width == 576 && raster->height > 1000, "render");
    const auto job = drivers::encode_escpos(document, *profile);
    require(job.has_value() && job->starts_with("\x1B@") &&
                job->size() > static_cast<std::size_t>(raster->height * 72),
            "encode");

    std::size_t bytes = 0;
    const auto encode = [&](int) {
        auto encoded = drivers::encode_escpos(document, *profile);
        require(encoded.has_value(), "encode");
        bytes = encoded->size();
    };

    // The anchor: the same texts drawn line under line with one drawText
    // each, into a Grayscale8 image the size of the receipt.
    const drivers::ReceiptFont font = drivers::receipt_font(*profile);
    const auto lines = anchor_lines(document, font);
    const auto draw_only = [&](int) {
        QImage image(raster->width, raster->height, QImage::Format_Grayscale8);
        image.fill(255);
        QPainter painter(&image);
        painter.setPen(Qt::black);
        int y = 0;
        for (const AnchorLine& line : lines) {
            painter.setFont(line.font);
            const QFontMetrics metrics(line.font);
            painter.drawText(0, y + metrics.ascent(), line.text);
            y += metrics.lineSpacing();
        }
        painter.end();
        require(!image.isNull(), "anchor image");
    };

    // In alternating rounds, so that both see the same machine (other
    // processes, frequency changes) and the ratio stays meaningful.
    bench::Timings ours;
    bench::Timings anchor;
    const int rounds = std::min(runs, 10);
    for (int round = 0; round < rounds; ++round) {
        const int count = runs / rounds + (round < runs % rounds ? 1 : 0);
        const int warmup = round == 0 ? std::min(10, runs) : 2;
        for (const double micros : bench::measure(count, encode, warmup).micros)
            ours.micros.push_back(micros);
        for (const double micros : bench::measure(count, draw_only, warmup).micros)
            anchor.micros.push_back(micros);
    }

    // For the record: the same receipt in text mode (no drawing at all).
    const auto text_profile = drivers::printer_profile("80mm-text");
    require(text_profile.has_value(), "80mm-text profile");
    const auto text_mode = bench::measure(
        runs,
        [&](int) { require(drivers::encode_escpos(document, *text_profile).has_value(), "text"); },
        std::min(10, runs));

    // Where the time goes: each stage of the raster path on its own.
    const auto stage = [&](const auto& work) {
        return bench::measure(
                   runs, [&](int) { work(); }, std::min(10, runs))
            .median();
    };
    const auto layout = drivers::lay_out(document, *profile);
    require(layout.has_value(), "lay out");
    const QImage painted = drivers::paint_layout(*layout);
    const drivers::Raster dots = drivers::to_raster(painted);
    const double font_us = stage([&] { drivers::receipt_font(*profile); });
    const double layout_us =
        stage([&] { require(drivers::lay_out(document, *profile).has_value(), "lay out"); });
    std::string payload;
    for (const auto& block : document.blocks)
        if (const auto* qr = std::get_if<drivers::QrBlock>(&block))
            payload = qr->payload;
    const double qr_us = stage([&] { require(drivers::encode_qr(payload).has_value(), "qr"); });
    const double paint_us = stage([&] { drivers::paint_layout(*layout); });
    const double threshold_us = stage([&] { drivers::to_raster(painted); });
    const double bands_us = stage([&] { drivers::escpos::raster_bands(dots, profile->band_rows); });

    std::printf("receipt: %zu blocks, %zu texts, paper 576 × %d dots, job %zu bytes, %d runs\n",
                document.blocks.size(), lines.size(), raster->height, bytes, runs);
    const std::string anchor_name = "bare QPainter::drawText of the same lines, same image size";
    bench::print_table({
        {"30-line receipt → ESC/POS raster job, 80 mm (lay out, draw, bands)", "µs p50",
         ours.median(), anchor_name, anchor.median(), "≤ 3×"},
        {"30-line receipt → ESC/POS raster job, 80 mm", "µs p99", ours.percentile(99), anchor_name,
         anchor.percentile(99), "≤ 3×, < 100 ms"},
        {"the same receipt → text-mode job (80mm-text, CP1258)", "µs p50", text_mode.median(), "",
         0, ""},
        {"of the raster job: receipt_font (measuring the font)", "µs p50", font_us, "", 0, ""},
        {"of the raster job: lay_out (wrapping, columns, QR)", "µs p50", layout_us, "", 0, ""},
        {"of lay_out: encode_qr (ZXing, the VietQR payload)", "µs p50", qr_us, "", 0, ""},
        {"of the raster job: paint_layout (QPainter)", "µs p50", paint_us, "", 0, ""},
        {"of the raster job: to_raster (threshold to 1 bit)", "µs p50", threshold_us, "", 0, ""},
        {"of the raster job: raster_bands (GS v 0)", "µs p50", bands_us, "", 0, ""},
    });
    return 0;
}
