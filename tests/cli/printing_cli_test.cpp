// Receipts and reports from the command line, on a machine with no display
// and no printer: pictures of the paper, printer bytes in a file, and what
// happens to a sale whose receipt cannot be printed. Printing to a real CUPS
// queue is tested in tests/integration.
#include "cli/terminal.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

using ocop::test::Terminal;

namespace {

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Width and height from a PNG's IHDR chunk.
std::pair<std::uint32_t, std::uint32_t> png_size(const std::filesystem::path& file) {
    const std::string bytes = read_file(file);
    REQUIRE(bytes.size() > 24);
    REQUIRE(bytes.substr(1, 3) == "PNG");
    const auto be32 = [&](std::size_t at) {
        std::uint32_t value = 0;
        for (std::size_t i = 0; i < 4; ++i)
            value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
        return value;
    };
    return {be32(16), be32(20)};
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t found = 0;
    for (auto at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + 1))
        ++found;
    return found;
}

} // namespace

TEST_CASE("ocop receipt draws the paper as a PNG whose QR code finds the sale", "[cli][receipt]") {
    Terminal terminal;
    terminal.open_shift();
    const auto sale = terminal.sell_one();
    const auto png = terminal.folder.file("receipt.png");
    auto drawn = terminal.ocop({"receipt", sale["receipt_no"], "--png", png.string()});
    INFO(drawn.err);
    REQUIRE(drawn.exit_code == 0);
    const auto [width, height] = png_size(png);
    CHECK(width == 576); // 80 mm unless the till says otherwise
    CHECK(height > 600); // a whole receipt, not a strip

    // The till's own image scanner reads the QR off the paper.
    auto scanned = terminal.json({"scan", png.string()});
    REQUIRE(scanned.size() == 1);
    CHECK(scanned[0]["text"] == "OCOPSALE:" + sale["id"].get<std::string>());

    auto narrow =
        terminal.ocop({"receipt", sale["receipt_no"], "--png", png.string(), "--profile", "58mm"});
    REQUIRE(narrow.exit_code == 0);
    CHECK(png_size(png).first == 384);
}

TEST_CASE("ocop receipt --escpos writes what a thermal printer is sent", "[cli][receipt]") {
    Terminal terminal;
    terminal.open_shift();
    const auto sale = terminal.sell_one();
    const auto file = terminal.folder.file("receipt.bin");
    auto written = terminal.ocop({"receipt", sale["id"], "--escpos", file.string()});
    INFO(written.err);
    REQUIRE(written.exit_code == 0);
    const std::string bytes = read_file(file);
    CHECK(bytes.substr(0, 2) == "\x1b@");               // ESC @ first
    CHECK(count(bytes, "\x1dv0") > 10);                 // raster bands
    CHECK(bytes.find("\x1dV") != std::string::npos);    // the cut
    CHECK(bytes.find("\x1bp") == std::string::npos);    // a reprint leaves the drawer shut
    CHECK(bytes.find("\x1dV") > bytes.rfind("\x1dv0")); // cut after the last band

    // Text mode for a printer with a Vietnamese code page: ESC t 27 (Windows-1258
    // on common firmware), then the title in Windows-1258 bytes, not UTF-8.
    auto text =
        terminal.ocop({"receipt", sale["id"], "--escpos", file.string(), "--profile", "80mm-text"});
    INFO(text.err);
    REQUIRE(text.exit_code == 0);
    const std::string text_bytes = read_file(file);
    CHECK(text_bytes.find("\x1bt\x1b") != std::string::npos);
    CHECK(text_bytes.find("\x1dv0") == std::string::npos);
    CHECK(text_bytes.find("HO\xc1 \xd0\xd5N B\xc1N H\xc0NG") !=
          std::string::npos); // HOÁ ĐƠN BÁN HÀNG
}

TEST_CASE("ocop receipt refuses what it cannot print, with the reason", "[cli][receipt][failure]") {
    Terminal terminal;
    auto unknown = terminal.ocop({"receipt", "TV01-01-999999", "--png", "x.png"});
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.err.find("sales.not_found") != std::string::npos);

    terminal.open_shift();
    const auto sale = terminal.sell_one();
    auto nowhere = terminal.ocop({"receipt", sale["id"]});
    CHECK(nowhere.exit_code == 2);
    CHECK(nowhere.err.find("--png") != std::string::npos);

    auto profile = terminal.ocop({"receipt", sale["id"], "--png",
                                  terminal.folder.file("r.png").string(), "--profile", "112mm"});
    CHECK(profile.exit_code == 1);
    CHECK(profile.err.find("printer.unknown_profile") != std::string::npos);

    auto unwritable =
        terminal.ocop({"receipt", sale["id"], "--png", "/nonexistent-folder/receipt.png"});
    CHECK(unwritable.exit_code == 1);
    CHECK(unwritable.err.find("/nonexistent-folder/receipt.png") != std::string::npos);
}

TEST_CASE("ocop report x and z draw the shift's reports", "[cli][shift]") {
    Terminal terminal;
    terminal.open_shift();
    terminal.sell_one();
    const auto png = terminal.folder.file("x.png");
    auto x = terminal.ocop({"report", "x", "--png", png.string()});
    INFO(x.err);
    REQUIRE(x.exit_code == 0);
    CHECK(png_size(png).first == 576);

    auto no_z = terminal.ocop({"report", "z", "--png", png.string()});
    CHECK(no_z.exit_code == 1); // no shift closed yet

    auto closed = terminal.ocop(
        {"shift", "close", "--manager", "quanly", "--manager-pin", "9999", "--count", "1.095.000"});
    INFO(closed.err);
    REQUIRE(closed.exit_code == 0);
    const auto z_png = terminal.folder.file("z.png");
    auto z = terminal.ocop({"report", "z", "--png", z_png.string()});
    INFO(z.err);
    REQUIRE(z.exit_code == 0);
    CHECK(png_size(z_png).first == 576);
}

TEST_CASE("a sale whose receipt cannot print is kept, and its receipt waits in the queue",
          "[cli][printing][failure]") {
    Terminal terminal;
    terminal.open_shift();
    // --print on a till with no printer chosen: the sale stands (exit 3, not 1).
    auto sold = terminal.ocop({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                               "8936010100114", "--pay", "cash=100000", "--print"});
    CHECK(sold.exit_code == 3);
    CHECK(sold.err.find("CHƯA IN ĐƯỢC") != std::string::npos);
    CHECK(sold.err.find("printer.not_configured") != std::string::npos);
    CHECK(terminal.json({"sales", "list"}).size() == 1);

    auto waiting = terminal.json({"print", "list"});
    REQUIRE(waiting.size() == 1);
    CHECK(waiting[0]["document"] == "sale_receipt");
    CHECK(waiting[0]["status"] == "pending");
    CHECK(waiting[0]["open_drawer"] == true);

    auto listed = terminal.ocop({"print", "list"});
    CHECK(listed.exit_code == 0);
    CHECK(listed.out.find("TV01-01-000001") != std::string::npos);
}

TEST_CASE("a refund whose receipt cannot print is kept, and its receipt waits in the queue",
          "[cli][printing][refund][failure]") {
    Terminal terminal;
    terminal.open_shift();
    auto sale = terminal.json({"sell", "--cashier", "thungan", "--pin", "1111", "--scan",
                               "8936010100114", "--qty", "2", "--pay", "cash=200000"});
    const std::vector<std::string> refund{"--json",      "refund",        sale["id"], "--cashier",
                                          "thungan",     "--pin",         "1111",     "--manager",
                                          "quanly",      "--manager-pin", "9999",     "--reason",
                                          "chai bị nứt", "--line",        "1:1",      "--print"};
    // Paid out in cash, on a till with no printer chosen: the refund stands
    // (exit 3, not 1) and its receipt will open the drawer when it prints.
    auto in_cash = terminal.ocop(refund);
    CHECK(in_cash.exit_code == 3);
    CHECK(in_cash.err.find("Phiếu trả hàng đã lưu nhưng CHƯA IN ĐƯỢC") != std::string::npos);
    CHECK(in_cash.err.find("printer.not_configured") != std::string::npos);
    CHECK(nlohmann::json::parse(in_cash.out)["total"] == -95000);

    auto by_transfer = refund;
    by_transfer.insert(by_transfer.end(), {"--payout", "vietqr"});
    CHECK(terminal.ocop(by_transfer).exit_code == 3);
    CHECK(terminal.json({"sales", "list"}).size() == 3);

    auto waiting = terminal.json({"print", "list"});
    REQUIRE(waiting.size() == 2); // the sale was not printed, so it has no job
    CHECK(waiting[0]["document"] == "sale_receipt");
    CHECK(waiting[0]["open_drawer"] == true);
    CHECK(waiting[1]["open_drawer"] == false); // nothing paid out of the drawer
    CHECK(terminal.ocop({"print", "list"}).out.find("TV01-01-000002") != std::string::npos);
}
