#pragma once

#include "common/error.h"
#include "drivers/scanner/luminance.h"

#include <array>
#include <chrono>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::drivers {

// The symbologies a showcase store meets: product barcodes (EAN/UPC), carton
// codes (ITF-14), GS1-128 labels, and 2D codes (logo stamps, VietQR, GS1
// DataMatrix). Nothing else is looked for: every extra format is time spent
// and one more way to misread noise.
enum class CodeFormat { EAN13, EAN8, UPCA, UPCE, ITF, Code128, QRCode, DataMatrix };

// ZXing's name of a format: "EAN-13", "EAN-8", "UPC-A", "UPC-E", "ITF",
// "Code128", "QRCode", "DataMatrix" (what Scan::symbology carries).
const char* format_name(CodeFormat format);
std::vector<CodeFormat> store_formats(); // all eight

// Formats from configuration: names as above separated by commas or spaces,
// any case, '-' and '_' optional ("ean13, QRCode"). scanner.unknown_format
// for a name outside the eight, or for an empty list.
Result<std::vector<CodeFormat>> parse_formats(std::string_view names);

struct DecoderOptions {
    std::vector<CodeFormat> formats = store_formats();
    // How many scan lines must agree on a linear code. ZXing's default of 2
    // reads one of the fixture pictures as another valid EAN-13 (a wrong
    // product at the till); 3 reads none wrong (docs/scanning.md).
    int min_line_count = 3;
    // ITF carries no check character, and a skewed or cropped ITF yields
    // 6- and 8-digit fragments of itself. Shorter ones are refused; 14 would
    // accept ITF-14 (GTIN on cartons) only.
    int min_itf_digits = 10;
};

// How much work one picture may take. The first pass always runs; each
// further pass starts only while both limits allow it (a pass that has
// started finishes: ZXing cannot be interrupted).
struct DecodeBudget {
    int max_passes = std::numeric_limits<int>::max();
    std::chrono::milliseconds max_time = std::chrono::milliseconds::max();
};

// For camera frames: a few passes within a frame or two of time, since the
// next frame is another chance anyway.
DecodeBudget camera_budget();
// For a picture someone chose to scan: every pass.
DecodeBudget image_file_budget();

struct Point {
    int x = 0;
    int y = 0;
};

struct DecodedCode {
    std::string text;   // UTF-8, exactly as encoded (FNC1 as ASCII 29)
    std::string format; // format_name()
    // Top-left, top-right, bottom-right, bottom-left of the code in the
    // input's pixels; for a linear code, the ends of the scan line that read it.
    std::array<Point, 4> corners;
    std::string pass; // name of the pass that read it (see pass_names())
};

struct DecodeReport {
    std::optional<DecodedCode> code; // empty: nothing found
    int passes_run = 0;
    std::chrono::microseconds elapsed{0};
};

// The one decoder behind the camera and image files. It tries a fixed list
// of passes, cheapest and most productive first, and stops at the first that
// reads a code: the picture as it is (ZXing's own search), then prepared
// copies — sharpened and normalised in size, given a quiet zone, shrunk,
// inverted, tilted — each with the binariser that measured best for it
// (docs/scanning.md has the measurements).
//
// It never aborts the process: Debian's ZXing 1.4 keeps its assertions, and
// ReadBarcodes with its default hints fails one of them on ordinary camera
// frames (it compares the codes it finds). Every pass calls ReadBarcode,
// which returns the first code and compares nothing: one code per picture.
class ImageDecoder {
public:
    explicit ImageDecoder(DecoderOptions options = {});

    // Thread-safe (const, no shared state): the camera's worker and the GUI
    // may decode at the same time.
    DecodeReport decode(LumaView picture, DecodeBudget budget = image_file_budget()) const;

    // The passes in the order they are tried.
    static std::vector<std::string> pass_names();
    const DecoderOptions& options() const { return options_; }

private:
    std::optional<DecodedCode> run_pass(std::size_t pass, const QImage& original) const;
    bool plausible(const std::string& text, CodeFormat format) const;

    DecoderOptions options_;
};

// Loads a picture file and decodes it. scanner.image_unreadable when it
// cannot be loaded; a picture without a code is a report with no code.
Result<DecodeReport> decode_file(const ImageDecoder& decoder, const std::filesystem::path& file,
                                 DecodeBudget budget = image_file_budget());

} // namespace ocop::drivers
