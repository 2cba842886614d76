#include "drivers/scanner/image_decoder.h"

#include "drivers/scanner/luminance_filters.h"

#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <exception>

namespace ocop::drivers {

namespace {

using Clock = std::chrono::steady_clock;

// What a pass does to the picture before ZXing sees it.
enum class Preparation {
    None,
    Sharpened,     // contrast stretched, sharpened, long side 480
    Framed,        // quiet zone added, sharpened, long side 480
    Third,         // a third of the size
    Inverted,      // light code on a dark ground
    HalfStretched, // half the size, contrast stretched
    TiltedLeft,    // long side 480, turned 15° anticlockwise
    TiltedRight,   // long side 480, turned 15° clockwise
};

struct Pass {
    const char* name;
    Preparation preparation;
    ZXing::Binarizer binarizer;
};

// In the order tried. The order and the binarisers come from measuring every
// candidate on the fixture pictures and on camera-sized frames made from
// them (docs/scanning.md): each pass is the one that read the most of what
// the passes before it missed, without reading anything wrong.
constexpr std::array<Pass, 9> kPasses{{
    {"as-is", Preparation::None, ZXing::Binarizer::LocalAverage},
    {"sharpened-480", Preparation::Sharpened, ZXing::Binarizer::LocalAverage},
    {"framed-480", Preparation::Framed, ZXing::Binarizer::GlobalHistogram},
    {"third", Preparation::Third, ZXing::Binarizer::GlobalHistogram},
    {"inverted", Preparation::Inverted, ZXing::Binarizer::LocalAverage},
    {"half-stretched", Preparation::HalfStretched, ZXing::Binarizer::GlobalHistogram},
    {"framed-480-fixed", Preparation::Framed, ZXing::Binarizer::FixedThreshold},
    {"tilted-15", Preparation::TiltedLeft, ZXing::Binarizer::FixedThreshold},
    {"tilted+15", Preparation::TiltedRight, ZXing::Binarizer::FixedThreshold},
}};

// Codes are easiest for ZXing when a module is a few pixels wide; 480 on the
// long side puts a product barcode filling the picture there.
constexpr int kNormalSide = 480;
constexpr double kTilt = 15;

struct FormatEntry {
    CodeFormat format;
    ZXing::BarcodeFormat zxing;
    const char* name;
};

constexpr std::array<FormatEntry, 8> kFormats{{
    {CodeFormat::EAN13, ZXing::BarcodeFormat::EAN13, "EAN-13"},
    {CodeFormat::EAN8, ZXing::BarcodeFormat::EAN8, "EAN-8"},
    {CodeFormat::UPCA, ZXing::BarcodeFormat::UPCA, "UPC-A"},
    {CodeFormat::UPCE, ZXing::BarcodeFormat::UPCE, "UPC-E"},
    {CodeFormat::ITF, ZXing::BarcodeFormat::ITF, "ITF"},
    {CodeFormat::Code128, ZXing::BarcodeFormat::Code128, "Code128"},
    {CodeFormat::QRCode, ZXing::BarcodeFormat::QRCode, "QRCode"},
    {CodeFormat::DataMatrix, ZXing::BarcodeFormat::DataMatrix, "DataMatrix"},
}};

const FormatEntry& entry_of(CodeFormat format) {
    return *std::find_if(kFormats.begin(), kFormats.end(),
                         [format](const FormatEntry& entry) { return entry.format == format; });
}

std::optional<CodeFormat> format_of(ZXing::BarcodeFormat zxing) {
    for (const FormatEntry& entry : kFormats)
        if (entry.zxing == zxing)
            return entry.format;
    return std::nullopt;
}

// "EAN-13" and "ean_13" and "EAN13" alike.
std::string folded_name(std::string_view name) {
    std::string folded;
    for (const char c : name)
        if (c != '-' && c != '_')
            folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return folded;
}

WorkImage prepare(Preparation preparation, const QImage& original) {
    const WorkImage image = work_image(original);
    switch (preparation) {
    case Preparation::None:
        return image;
    case Preparation::Sharpened:
        return scaled_to_long_side(sharpened(contrast_stretched(image)), kNormalSide);
    case Preparation::Framed:
        return scaled_to_long_side(sharpened(with_quiet_zone(image)), kNormalSide);
    case Preparation::Third:
        return scaled_by(image, 1.0 / 3);
    case Preparation::Inverted:
        return inverted(image);
    case Preparation::HalfStretched:
        return contrast_stretched(scaled_by(image, 0.5));
    case Preparation::TiltedLeft:
        return rotated_by(scaled_to_long_side(image, kNormalSide), -kTilt);
    case Preparation::TiltedRight:
        return rotated_by(scaled_to_long_side(image, kNormalSide), kTilt);
    }
    return image;
}

ZXing::BarcodeFormats zxing_formats(const std::vector<CodeFormat>& formats) {
    ZXing::BarcodeFormats result;
    for (const CodeFormat format : formats)
        result |= entry_of(format).zxing;
    return result;
}

std::array<Point, 4> corners_of(const ZXing::Position& position, const QTransform& to_original) {
    std::array<Point, 4> corners;
    for (std::size_t i = 0; i < corners.size(); ++i) {
        const QPointF mapped = to_original.map(QPointF(position[i].x, position[i].y));
        corners[i] = Point{static_cast<int>(std::lround(mapped.x())),
                           static_cast<int>(std::lround(mapped.y()))};
    }
    return corners;
}

ZXing::DecodeHints hints_for(const Pass& pass, const DecoderOptions& options) {
    ZXing::DecodeHints hints; // tryHarder and tryRotate are on by default
    hints.setFormats(zxing_formats(options.formats))
        .setBinarizer(pass.binarizer)
        .setMinLineCount(static_cast<std::uint8_t>(std::clamp(options.min_line_count, 1, 255)));
    return hints;
}

ZXing::Result read_one(const QImage& grey, const ZXing::DecodeHints& hints) {
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine()));
    try {
        // ReadBarcode with maxNumberOfSymbols left alone runs one reader over
        // the picture as given and returns its first symbol: nothing is
        // compared, so nothing can assert (see ImageDecoder). In 1.4 a
        // maxNumberOfSymbols of 1 switches it to the ReadBarcodes path with a
        // downscaling pyramid instead — slower than our own passes, which
        // choose their scales. ZXing throws on pictures over 65535 pixels a
        // side: that is "no code", not a reason to stop.
        return ZXing::ReadBarcode(view, hints);
    } catch (const std::exception&) {
        return {};
    }
}

bool within(const DecodeBudget& budget, int passes_run, Clock::duration spent) {
    // In milliseconds: milliseconds::max() (no limit) overflows nanoseconds.
    return passes_run < budget.max_passes &&
           std::chrono::duration_cast<std::chrono::milliseconds>(spent) < budget.max_time;
}

} // namespace

const char* format_name(CodeFormat format) {
    return entry_of(format).name;
}

std::vector<CodeFormat> store_formats() {
    std::vector<CodeFormat> formats;
    for (const FormatEntry& entry : kFormats)
        formats.push_back(entry.format);
    return formats;
}

Result<std::vector<CodeFormat>> parse_formats(std::string_view names) {
    std::vector<CodeFormat> formats;
    std::size_t start = 0;
    while (start < names.size()) {
        const std::size_t end = std::min(names.find_first_of(", ", start), names.size());
        const std::string name = folded_name(names.substr(start, end - start));
        start = end + 1;
        if (name.empty())
            continue;
        const auto found = std::find_if(kFormats.begin(), kFormats.end(), [&](const auto& entry) {
            return folded_name(entry.name) == name;
        });
        if (found == kFormats.end())
            return fail("scanner.unknown_format",
                        "unknown barcode format \"" + name +
                            "\" (EAN-13, EAN-8, UPC-A, UPC-E, ITF, Code128, QRCode, DataMatrix)",
                        "Loại mã vạch không được hỗ trợ: \"" + name + "\".");
        if (std::find(formats.begin(), formats.end(), found->format) == formats.end())
            formats.push_back(found->format);
    }
    if (formats.empty())
        return fail("scanner.unknown_format", "no barcode format given",
                    "Chưa chọn loại mã vạch nào để đọc.");
    return formats;
}

DecodeBudget camera_budget() {
    return DecodeBudget{4, std::chrono::milliseconds(40)};
}

DecodeBudget image_file_budget() {
    return DecodeBudget{};
}

ImageDecoder::ImageDecoder(DecoderOptions options) : options_(std::move(options)) {}

std::vector<std::string> ImageDecoder::pass_names() {
    std::vector<std::string> names;
    for (const Pass& pass : kPasses)
        names.emplace_back(pass.name);
    return names;
}

DecodeReport ImageDecoder::decode(LumaView picture, DecodeBudget budget) const {
    const auto start = Clock::now();
    DecodeReport report;
    // Nothing to read; and ZXing would take an empty format set for "every format".
    if (picture.empty() || picture.stride < picture.width || options_.formats.empty())
        return report;
    const QImage original = image_over(picture);
    for (std::size_t pass = 0; pass < kPasses.size() && !report.code; ++pass) {
        if (pass > 0 && !within(budget, report.passes_run, Clock::now() - start))
            break;
        ++report.passes_run;
        report.code = run_pass(pass, original);
    }
    report.elapsed = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start);
    return report;
}

std::optional<DecodedCode> ImageDecoder::run_pass(std::size_t pass, const QImage& original) const {
    const WorkImage image = prepare(kPasses[pass].preparation, original);
    const ZXing::Result result = read_one(image.grey, hints_for(kPasses[pass], options_));
    const auto format = format_of(result.format());
    if (!result.isValid() || !format ||
        std::find(options_.formats.begin(), options_.formats.end(), *format) ==
            options_.formats.end())
        return std::nullopt;
    std::string text = result.text();
    if (!plausible(text, *format))
        return std::nullopt;
    return DecodedCode{std::move(text), format_name(*format),
                       corners_of(result.position(), image.to_original), kPasses[pass].name};
}

// ZXing has already checked what the symbology itself can check (EAN/UPC
// check digits, Reed-Solomon for 2D codes, Code 128's check character).
bool ImageDecoder::plausible(const std::string& text, CodeFormat format) const {
    if (text.empty())
        return false;
    if (format == CodeFormat::ITF)
        return static_cast<int>(text.size()) >= options_.min_itf_digits;
    return true;
}

Result<DecodeReport> decode_file(const ImageDecoder& decoder, const std::filesystem::path& file,
                                 DecodeBudget budget) {
    auto grey = load_luminance(file);
    if (!grey)
        return fail(std::move(grey.error()));
    return decoder.decode(view_of(*grey), budget);
}

} // namespace ocop::drivers
