#include "drivers/printer/receipt_printer.h"

#include "drivers/printer/escpos.h"
#include "drivers/printer/layout.h"
#include "drivers/printer/raster_painter.h"
#include "drivers/printer/text_mode.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QString>

#include <string>

namespace ocop::drivers {

namespace {

// Bounds that keep a mistyped profile from producing nonsense: paper from
// a 2-inch to a 112 mm head at 203–300 dpi, and GS v 0's band height
// (Epson: yL + yH × 256 ≤ 2303).
constexpr int kMaxDots = 2048;
constexpr int kMaxBandRows = 2303;
constexpr int kMaxCharsPerLine = 200;

Error bad_profile(const PrinterProfile& profile, const std::string& why) {
    return Error{"printer.bad_profile", "printer profile \"" + profile.name + "\": " + why,
                 "Cấu hình máy in \"" + profile.name + "\" không hợp lệ: " + why + "."};
}

Result<void> check_profile(const PrinterProfile& profile) {
    if (profile.dots_per_line < 8 || profile.dots_per_line > kMaxDots)
        return fail(bad_profile(profile, "dots_per_line must be 8.." + std::to_string(kMaxDots)));
    if (profile.dpi <= 0)
        return fail(bad_profile(profile, "dpi must be positive"));
    if (profile.chars_per_line < 1 || profile.chars_per_line > kMaxCharsPerLine)
        return fail(
            bad_profile(profile, "chars_per_line must be 1.." + std::to_string(kMaxCharsPerLine)));
    if (profile.band_rows < 1 || profile.band_rows > kMaxBandRows)
        return fail(bad_profile(profile, "band_rows must be 1.." + std::to_string(kMaxBandRows)));
    if (profile.code_page < 0 || profile.code_page > 254)
        return fail(bad_profile(profile, "code_page must be 0..254"));
    if (profile.feed_lines < 0 || profile.feed_lines > 255)
        return fail(bad_profile(profile, "feed_lines must be 0..255"));
    return {};
}

// Fonts need Qt Gui; without a QGuiApplication Qt would abort the process
// rather than fail, so the absence is an error value instead.
Result<void> check_gui() {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail("printer.no_gui", "drawing a receipt needs a QGuiApplication (fonts)",
                    "Chương trình chưa sẵn sàng để vẽ phiếu in (thiếu QGuiApplication).");
    return {};
}

// What goes between the start (ESC @, code page, drawer) and the end (feed,
// cut): the document, drawn or as text.
Result<EscposJob> body(const Document& document, const PrinterProfile& profile) {
    if (profile.mode == PrintMode::Text) {
        auto text = encode_text_mode(document, profile);
        if (!text)
            return fail(text.error());
        return EscposJob{std::move(text->bytes), text->lost};
    }
    auto raster = render_raster(document, profile);
    if (!raster)
        return fail(raster.error());
    return EscposJob{escpos::raster_bands(*raster, profile.band_rows), 0};
}

} // namespace

Result<Raster> render_raster(const Document& document, const PrinterProfile& profile) {
    if (auto gui = check_gui(); !gui)
        return fail(gui.error());
    if (auto checked = check_profile(profile); !checked)
        return fail(checked.error());
    auto layout = lay_out(document, profile);
    if (!layout)
        return fail(layout.error());
    Raster raster = to_raster(paint_layout(*layout));
    raster.width = profile.dots_per_line; // also when the document is empty
    return raster;
}

Result<EscposJob> encode_escpos_job(const Document& document, const PrinterProfile& profile,
                                    const PrintOptions& options) {
    if (auto checked = check_profile(profile); !checked)
        return fail(checked.error());
    auto job = body(document, profile);
    if (!job)
        return fail(job.error());
    std::string bytes = escpos::initialize();
    if (profile.mode == PrintMode::Text)
        bytes += escpos::select_code_page(profile.code_page);
    // The drawer opens first, so the cashier counts change while it prints.
    if (options.open_drawer)
        bytes += escpos::drawer_pulse();
    bytes += job->bytes;
    bytes += escpos::feed(profile.feed_lines);
    if (profile.cut)
        bytes += escpos::cut();
    return EscposJob{std::move(bytes), job->lost_characters};
}

Result<std::string> encode_escpos(const Document& document, const PrinterProfile& profile,
                                  const PrintOptions& options) {
    auto job = encode_escpos_job(document, profile, options);
    if (!job)
        return fail(job.error());
    return std::move(job->bytes);
}

Result<void> write_paper_png(const Document& document, const PrinterProfile& profile,
                             const std::filesystem::path& file) {
    auto raster = render_raster(document, profile);
    if (!raster)
        return fail(raster.error());
    if (!paper_image(*raster, profile.dpi).save(QString::fromStdString(file.string()), "PNG"))
        return fail("printer.write_failed", "cannot write " + file.string(),
                    "Không ghi được tệp hình phiếu in " + file.string() + ".");
    return {};
}

} // namespace ocop::drivers
