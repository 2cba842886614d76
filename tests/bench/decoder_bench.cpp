// The image decoder on camera-sized frames, beside ZXing-C++ called once on
// the same frames, and decode rates beside zbarimg on the same picture files
// (docs/scanning.md).
//
//   ocop_bench_decoder [--reps N] [--smoke]
//
// Frames: every fixture picture of ../shared/fixtures/barcodes scaled to fit
// 1280×720 and letterboxed on mid grey, as luminance (what the camera scanner
// decodes). Without the fixtures (--smoke on a bare checkout) it runs on a
// few generated codes and skips zbarimg.
#include "bench/bench.h"
#include "drivers/scanner/image_decoder.h"
#include "drivers/scanner/luminance.h"
#include "support/process.h"

#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace ocop;
namespace fs = std::filesystem;

namespace {

constexpr int kFrameWidth = 1280;
constexpr int kFrameHeight = 720;

struct Picture {
    fs::path file;                       // empty for a generated code
    std::optional<std::string> expected; // none: no code in it (falsepositives-1)
    QImage frame;                        // 1280×720 luminance
};

std::string file_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// UPC-E as the UPC-A it stands for, digits only: "01234565" -> "012345000065".
std::string expanded_upce(const std::string& code) {
    if (code.size() != 8)
        return code;
    const std::string d = code.substr(1, 6);
    std::string middle;
    switch (d[5]) {
    case '0':
    case '1':
    case '2':
        middle = d.substr(0, 2) + d[5] + "0000" + d.substr(2, 3);
        break;
    case '3':
        middle = d.substr(0, 3) + "00000" + d.substr(3, 2);
        break;
    case '4':
        middle = d.substr(0, 4) + "00000" + d.substr(4, 1);
        break;
    default:
        middle = d.substr(0, 5) + "0000" + d[5];
    }
    return code.substr(0, 1) + middle + code.substr(7, 1);
}

// The fixtures compare numeric codes as GTIN-14 (UPC-A is written there in
// 13 digits, UPC-E expanded).
std::string comparable(std::string text, const std::string& format) {
    if (format == "UPC-E")
        text = expanded_upce(text);
    const bool numeric = !text.empty() && std::all_of(text.begin(), text.end(),
                                                      [](char c) { return c >= '0' && c <= '9'; });
    if (numeric && text.size() < 14)
        text.insert(0, 14 - text.size(), '0');
    return text;
}

bool reads_as_expected(const Picture& picture, const std::string& text, const std::string& format) {
    return picture.expected && comparable(text, format) == comparable(*picture.expected, format);
}

QImage letterboxed(const QImage& grey) {
    QImage frame(kFrameWidth, kFrameHeight, QImage::Format_Grayscale8);
    frame.fill(128);
    const QImage fitted =
        grey.scaled(kFrameWidth, kFrameHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            .convertToFormat(QImage::Format_Grayscale8);
    QPainter painter(&frame);
    painter.drawImage((kFrameWidth - fitted.width()) / 2, (kFrameHeight - fitted.height()) / 2,
                      fitted);
    return frame;
}

std::vector<Picture> fixture_pictures(const fs::path& root, bool smoke) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.path().extension() == ".png")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<Picture> pictures;
    for (std::size_t i = 0; i < files.size(); i += smoke ? 12 : 1) {
        const fs::path& file = files[i];
        Picture picture{file, std::nullopt, {}};
        const fs::path text = fs::path(file).replace_extension(".txt");
        if (fs::exists(text))
            picture.expected = file_text(text);
        else if (file.parent_path().filename() != "falsepositives-1")
            continue; // a code whose text nobody wrote down
        const auto grey = drivers::load_luminance(file);
        if (!grey)
            continue;
        picture.frame = letterboxed(*grey);
        pictures.push_back(std::move(picture));
    }
    return pictures;
}

std::vector<Picture> generated_pictures() {
    const std::vector<std::pair<ZXing::BarcodeFormat, std::string>> codes = {
        {ZXing::BarcodeFormat::EAN13, "8935049510017"},
        {ZXing::BarcodeFormat::QRCode, "Mật hoa dừa Trà Vinh"},
        {ZXing::BarcodeFormat::DataMatrix, "0108935049510017"}};
    std::vector<Picture> pictures;
    for (const auto& [format, text] : codes) {
        // UTF-8, or the writer refuses the Vietnamese text (ISO-8859-1 by default).
        const auto bits = ZXing::MultiFormatWriter(format)
                              .setMargin(10)
                              .setEncoding(ZXing::CharacterSet::UTF8)
                              .encode(text, 400, format == ZXing::BarcodeFormat::EAN13 ? 200 : 400);
        const auto matrix = ZXing::ToMatrix<std::uint8_t>(bits, 0, 255);
        QImage grey(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
        for (int y = 0; y < matrix.height(); ++y)
            std::copy_n(matrix.data() + y * matrix.width(), matrix.width(), grey.scanLine(y));
        pictures.push_back({{}, text, letterboxed(grey)});
    }
    return pictures;
}

ZXing::BarcodeFormats store_formats() {
    using F = ZXing::BarcodeFormat;
    return F::EAN13 | F::EAN8 | F::UPCA | F::UPCE | F::ITF | F::Code128 | F::QRCode | F::DataMatrix;
}

// The anchor: ZXing as an application would call it once, with the same
// formats (tryHarder and tryRotate are its defaults).
ZXing::Result zxing_once(const QImage& grey) {
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine()));
    return ZXing::ReadBarcode(
        view,
        ZXing::DecodeHints().setTryHarder(true).setTryRotate(true).setFormats(store_formats()));
}

bool zxing_reads(const Picture& picture, const QImage& grey) {
    const auto result = zxing_once(grey);
    return result.isValid() &&
           reads_as_expected(picture, result.text(), ZXing::ToString(result.format()));
}

bool ours_reads(const drivers::ImageDecoder& decoder, const Picture& picture, const QImage& grey,
                drivers::DecodeBudget budget, std::map<std::string, int>* by_pass = nullptr) {
    const auto report = decoder.decode(drivers::view_of(grey), budget);
    if (!report.code || !reads_as_expected(picture, report.code->text, report.code->format))
        return false;
    if (by_pass)
        ++(*by_pass)[report.code->pass];
    return true;
}

// zbarimg prints each symbol's data followed by a newline; a picture is read
// when one of them (or all of it, for text with line breaks) is the expected code.
bool zbar_reads(const std::string& zbarimg, const Picture& picture) {
    const auto run = test::run_process(zbarimg, {"--quiet", "--raw", picture.file.string()});
    if (run.exit_code != 0 || run.out.empty())
        return false;
    std::vector<std::string> candidates{run.out.substr(0, run.out.size() - 1)};
    std::istringstream lines(run.out);
    for (std::string line; std::getline(lines, line);)
        candidates.push_back(line);
    return std::any_of(candidates.begin(), candidates.end(), [&](const std::string& text) {
        return reads_as_expected(picture, text, "") || reads_as_expected(picture, text, "UPC-E");
    });
}

template <class Read>
int count_reads(const std::vector<Picture>& pictures, Read read) {
    return static_cast<int>(std::count_if(pictures.begin(), pictures.end(), read));
}

bench::Timings time_frames(const std::vector<const Picture*>& frames, int reps,
                           const std::function<void(const QImage&)>& decode) {
    if (frames.empty())
        return {};
    const int count = static_cast<int>(frames.size()) * reps;
    return bench::measure(
        count, [&](int i) { decode(frames[static_cast<std::size_t>(i) % frames.size()]->frame); },
        std::min(10, count));
}

} // namespace

int main(int argc, char** argv) {
    bool smoke = false;
    int reps = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--smoke")
            smoke = true, reps = 1;
        else if (argument == "--reps" && i + 1 < argc)
            reps = std::max(1, std::atoi(argv[++i]));
    }
    const fs::path fixtures = fs::path(OCOP_SOURCE_DIR) / ".." / "shared" / "fixtures" / "barcodes";
    const bool have_fixtures = fs::is_directory(fixtures);
    const auto pictures = have_fixtures ? fixture_pictures(fixtures, smoke) : generated_pictures();
    if (!have_fixtures)
        std::printf("(no fixtures at %s: generated codes only, no zbarimg)\n",
                    fixtures.string().c_str());
    const drivers::ImageDecoder decoder;
    const auto camera = drivers::camera_budget();
    const auto everything = drivers::image_file_budget();

    // Frame sets: all; those ZXing once reads right; those our first pass
    // reads (where the other passes never run).
    std::vector<const Picture*> all, zxing_success, first_pass;
    for (const Picture& picture : pictures) {
        all.push_back(&picture);
        if (zxing_reads(picture, picture.frame))
            zxing_success.push_back(&picture);
        const auto report = decoder.decode(drivers::view_of(picture.frame), camera);
        if (report.code && report.passes_run == 1)
            first_pass.push_back(&picture);
    }
    auto ours = [&](const QImage& frame) {
        decoder.decode(drivers::view_of(frame), camera);
    };
    auto direct = [&](const QImage& frame) {
        zxing_once(frame);
    };
    const auto ours_all = time_frames(all, reps, ours);
    const auto direct_all = time_frames(all, reps, direct);
    const auto ours_hit = time_frames(zxing_success, reps, ours);
    const auto direct_hit = time_frames(zxing_success, reps, direct);
    const auto ours_first = time_frames(first_pass, reps, ours);
    const auto direct_first = time_frames(first_pass, reps, direct);

    const int with_code = count_reads(pictures, [](const Picture& p) { return p.expected; });
    std::map<std::string, int> by_pass;
    const int ours_camera = count_reads(pictures, [&](const Picture& p) {
        return ours_reads(decoder, p, p.frame, camera, &by_pass);
    });
    const int ours_full = count_reads(
        pictures, [&](const Picture& p) { return ours_reads(decoder, p, p.frame, everything); });
    const int direct_rate = static_cast<int>(zxing_success.size());

    const std::string frames = std::to_string(pictures.size()) + " frames 1280×720";
    const std::string of = "of " + std::to_string(with_code);
    std::vector<bench::Row> rows = {
        {"decode a frame, camera budget, all " + frames, "µs p50", ours_all.median(),
         "ZXing ReadBarcode once", direct_all.median(), ""},
        {"decode a frame, camera budget, all frames", "µs p99", ours_all.percentile(99),
         "ZXing ReadBarcode once", direct_all.percentile(99), ""},
        {"decode a frame ZXing reads once (" + std::to_string(zxing_success.size()) + ")", "µs p50",
         ours_hit.median(), "ZXing ReadBarcode once", direct_hit.median(), "≤ 1.1×"},
        {"decode a frame ZXing reads once", "µs p99", ours_hit.percentile(99),
         "ZXing ReadBarcode once", direct_hit.percentile(99), "≤ 1.1×"},
        {"decode a frame our first pass reads (" + std::to_string(first_pass.size()) + ")",
         "µs p50", ours_first.median(), "ZXing ReadBarcode once", direct_first.median(), "≤ 1.1×"},
        {"decode a frame our first pass reads", "µs p99", ours_first.percentile(99),
         "ZXing ReadBarcode once", direct_first.percentile(99), "≤ 1.1×"},
        {"frames read right, camera budget", of, double(ours_camera), "ZXing ReadBarcode once",
         double(direct_rate), "> 1×"},
        {"frames read right, every pass", of, double(ours_full), "ZXing ReadBarcode once",
         double(direct_rate), "> 1×"},
    };

    // The same picture files, as files: ours with every pass, ZXing once, zbarimg.
    std::map<std::string, QImage> originals;
    for (const Picture& picture : pictures)
        if (!picture.file.empty())
            if (auto grey = drivers::load_luminance(picture.file))
                originals[picture.file.string()] = *grey;
    if (!originals.empty()) {
        auto original = [&](const Picture& p) {
            return originals.at(p.file.string());
        };
        const int ours_files = count_reads(pictures, [&](const Picture& p) {
            return ours_reads(decoder, p, original(p), everything);
        });
        const int direct_files =
            count_reads(pictures, [&](const Picture& p) { return zxing_reads(p, original(p)); });
        rows.push_back({"picture files read right, every pass", of, double(ours_files),
                        "ZXing ReadBarcode once", double(direct_files), "> 1×"});
        const std::string zbarimg = "/usr/bin/zbarimg";
        if (fs::exists(zbarimg)) {
            const int zbar_files =
                count_reads(pictures, [&](const Picture& p) { return zbar_reads(zbarimg, p); });
            rows.push_back({"picture files read right, every pass", of, double(ours_files),
                            "zbarimg " + std::string("--raw"), double(zbar_files), "≥ 1×"});
            rows.push_back({"frames read right, camera budget (vs zbarimg on the files)", of,
                            double(ours_camera), "zbarimg --raw", double(zbar_files), "≥ 1×"});
        } else {
            std::printf("(zbarimg not installed: apt-get install zbar-tools)\n");
        }
    }
    bench::print_table(rows);

    std::printf("\nFrames first read by each pass (camera budget):\n");
    for (const auto& name : drivers::ImageDecoder::pass_names())
        std::printf("  %-18s %d\n", name.c_str(), by_pass[name]);
    const int wrong_or_false = count_reads(pictures, [&](const Picture& p) {
        const auto report = decoder.decode(drivers::view_of(p.frame), everything);
        return report.code && !reads_as_expected(p, report.code->text, report.code->format);
    });
    std::printf("Frames read as something else or with no code read as one: %d\n", wrong_or_false);
    return 0;
}
