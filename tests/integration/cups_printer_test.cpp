// The libcups driver (drivers/printer/cups_printer.h) against a real CUPS
// scheduler (a private cupsd per test process) and a network printer that
// speaks ESC/POS (tests/printer_emulator): what the cashier and the
// technician would see when the printer prints, runs out of paper, has its
// cover open, is switched off, and when CUPS itself is missing.

#include "drivers/printer/cups_messages.h"
#include "drivers/printer/cups_printer.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/receipt_printer.h"
#include "integration/printing_rig.h"
#include "support/expect.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>

using namespace ocop::drivers;
using namespace std::chrono_literals;
using ocop::test::error_code;
using ocop::test::first_difference;
using ocop::test::must;
using ocop::test::PrintingRig;

namespace {

constexpr auto kAskTimeout = 1000ms;
const std::string kLookupUrl = "https://ocop.travinh.gov.vn/hd/TV01-01-000123";

Document receipt() {
    Document document;
    document.text("CỬA HÀNG OCOP TRÀ VINH", {TextSize::Large, true, Align::Center, false});
    document.text("Mật hoa dừa, đường thốt nốt, bánh tét Trà Cuôn");
    document.columns({"Mật hoa dừa Sokfarm 250g", "95.000"}, {3, 1}, {Align::Left, Align::Right});
    document.rule(true);
    document.columns({"TỔNG CỘNG", "95.000 ₫"}, {1, 1}, {Align::Left, Align::Right},
                     {TextSize::Large, true, Align::Left, false});
    document.qr(kLookupUrl, "Tra cứu hoá đơn");
    return document;
}

std::string receipt_bytes(const std::string& profile_name, bool open_drawer = false) {
    return must(
        encode_escpos(receipt(), must(printer_profile(profile_name)), PrintOptions{open_drawer}));
}

const CupsDestination* find_queue(const std::vector<CupsDestination>& queues,
                                  const std::string& name) {
    const auto found =
        std::find_if(queues.begin(), queues.end(),
                     [&](const CupsDestination& queue) { return queue.name == name; });
    return found == queues.end() ? nullptr : &*found;
}

// What the cashier (Vietnamese) or the log (English) is told; "" on success.
template <class T>
std::string said_vi(const ocop::Result<T>& result) {
    return result ? "" : result.error().message_vi;
}
template <class T>
std::string said_en(const ocop::Result<T>& result) {
    return result ? "" : result.error().message_en;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::size_t line_index(const ocop::test::EmulatedJob& job, const std::string& prefix) {
    const auto found = std::find_if(job.log.begin(), job.log.end(), [&](const std::string& line) {
        return line.starts_with(prefix);
    });
    return static_cast<std::size_t>(found - job.log.begin());
}

} // namespace

TEST_CASE("list_destinations shows each raw queue with its printer's address and paper width",
          "[cups]") {
    PrintingRig rig;
    rig.cups.add_raw_queue("quay-2", ocop::test::socket_device_uri(9100, 10, "192.0.2.50"), 58);

    const auto queues = must(list_destinations());
    const CupsDestination* receipt = find_queue(queues, "receipt");
    REQUIRE(receipt);
    CHECK(receipt->uri == rig.printer.device_uri());
    CHECK(receipt->paper_width_mm == 80);
    CHECK(receipt->accepting);
    CHECK(receipt->state == "idle");
    const CupsDestination* second = find_queue(queues, "quay-2");
    REQUIRE(second);
    CHECK(second->uri == "socket://192.0.2.50:9100/?contimeout=10");
    CHECK(second->paper_width_mm == 58);
}

TEST_CASE("A raster receipt reaches the printer byte for byte and prints 576 dots wide, cut, with "
          "a QR code that scans",
          "[cups]") {
    PrintingRig rig;
    const std::string bytes = receipt_bytes("80mm", true);

    const int job_id = must(submit_raw_job("receipt", bytes, "sale_receipt TV01-01-000123"));
    const JobStatus status = must(wait_for_job("receipt", job_id, 15s));
    CHECK(status.state == JobState::Completed);
    CHECK(status.printed());
    CHECK(status.message_vi.empty());
    CHECK_NOTHROW(must(check_job_printed("receipt", job_id, kAskTimeout)));

    const auto jobs = rig.printer.wait_for_jobs(1);
    REQUIRE(jobs.size() == 1);
    const auto& job = jobs[0];
    CHECK(job.bytes.size() == bytes.size());
    CHECK(first_difference(job.bytes, bytes) == -1);
    CHECK(job.logged("ESC @ initialize"));
    CHECK(job.logged("GS v 0 raster 576x24"));
    CHECK(job.logged("GS V cut"));
    CHECK(job.logged("ESC p drawer pin2"));
    // The drawer opens before the paper moves, so change is counted meanwhile.
    CHECK(line_index(job, "ESC p drawer") < line_index(job, "GS v 0"));
    CHECK_FALSE(job.logged("unknown"));
    CHECK_FALSE(job.logged("truncated"));

    REQUIRE(job.printed());
    const QImage paper(QString::fromStdString(job.png.string()));
    CHECK(paper.width() == 576);
    // The paper is the till's own drawing, dot for dot, then the feed and cut.
    const Raster drawn = must(render_raster(receipt(), must(printer_profile("80mm"))));
    REQUIRE(paper.height() > drawn.height);
    int different = 0;
    for (int y = 0; y < drawn.height; ++y)
        for (int x = 0; x < drawn.width; ++x)
            different += drawn.black(x, y) != (qGray(paper.pixel(x, y)) < 128);
    CHECK(different == 0);
    CHECK(ocop::test::read_qr(paper) == kLookupUrl);
}

TEST_CASE("A text-mode receipt prints its Vietnamese letters from the printer's Windows-1258 table",
          "[cups]") {
    PrintingRig rig;
    const int job_id = must(submit_raw_job("receipt", receipt_bytes("80mm-text"), "text receipt"));
    CHECK(must(wait_for_job("receipt", job_id, 15s)).printed());

    const auto job = rig.printer.wait_for_jobs(1).at(0);
    CHECK(job.logged("ESC t 27 code page cp1258"));
    CHECK(job.logged("text \"Mật hoa dừa, đường thốt nốt, bánh tét Trà Cuôn"));
    CHECK(job.logged("GS ( k QR store " + std::to_string(kLookupUrl.size()) + " bytes"));
    CHECK(job.logged("GS ( k QR print"));
    CHECK_FALSE(job.logged("unknown"));
    REQUIRE(job.printed());
    const QImage paper(QString::fromStdString(job.png.string()));
    CHECK(paper.width() == 576);
    CHECK(ocop::test::read_qr(paper) == kLookupUrl);
}

TEST_CASE("A printer out of paper: the till hears \"hết giấy\" before sending, and a job sent "
          "anyway prints nothing though CUPS calls it completed",
          "[cups]") {
    PrintingRig rig;
    rig.printer.paper_out();

    const PrinterCondition condition = must(queue_printer_condition("receipt", kAskTimeout));
    CHECK(condition.paper_out);
    CHECK_FALSE(condition.online);
    CHECK(condition.message_vi == printer_message::paper_out);
    CHECK(contains(condition.message_vi, "hết giấy"));
    const PrinterCondition asked =
        must(query_printer_condition("127.0.0.1", rig.printer.port(), kAskTimeout));
    CHECK(asked.paper_out);

    const auto refused = check_printer_ready("receipt", kAskTimeout);
    CHECK(error_code(refused) == "printer.paper_out");
    CHECK(contains(said_vi(refused), "hết giấy"));

    // What CUPS alone makes of it: the bytes were delivered, so "completed".
    const int job_id = must(submit_raw_job("receipt", receipt_bytes("80mm"), "receipt"));
    CHECK(must(wait_for_job("receipt", job_id, 15s)).state == JobState::Completed);
    const auto job = rig.printer.wait_for_jobs(1).at(0);
    CHECK_FALSE(job.printed());
    REQUIRE_FALSE(job.log.empty());
    CHECK(job.log[0].starts_with("not printed: paper-out"));
    // The check after the job catches it.
    const auto after = check_job_printed("receipt", job_id, kAskTimeout);
    CHECK(error_code(after) == "printer.paper_out");
    CHECK(contains(said_vi(after), "hết giấy"));
    CHECK(contains(said_vi(after), "chưa in đủ"));
    CHECK(contains(said_en(after), "job " + std::to_string(job_id)));
}

TEST_CASE("A printer with its cover open refuses the job with \"Nắp máy in đang mở\"", "[cups]") {
    PrintingRig rig;
    rig.printer.cover_open();

    const PrinterCondition condition = must(queue_printer_condition("receipt", kAskTimeout));
    CHECK(condition.cover_open);
    CHECK_FALSE(condition.paper_out);
    CHECK(condition.message_vi == printer_message::cover_open);
    const auto refused = check_printer_ready("receipt", kAskTimeout);
    CHECK(error_code(refused) == "printer.cover_open");
    CHECK(said_vi(refused).starts_with("Nắp máy in đang mở"));

    rig.printer.ready();
    CHECK(must(check_printer_ready("receipt", kAskTimeout)).message_vi.empty());
}

TEST_CASE("A printer low on paper still prints, and says the roll is nearly finished", "[cups]") {
    PrintingRig rig;
    rig.printer.near_end();

    const PrinterCondition condition = must(check_printer_ready("receipt", kAskTimeout));
    CHECK(condition.online);
    CHECK(condition.paper_near_end);
    CHECK(condition.message_vi == printer_message::paper_low);

    const int job_id = must(submit_raw_job("receipt", receipt_bytes("58mm"), "receipt"));
    CHECK(must(wait_for_job("receipt", job_id, 15s)).printed());
    CHECK_NOTHROW(must(check_job_printed("receipt", job_id, kAskTimeout)));
    CHECK(rig.printer.wait_for_jobs(1).at(0).printed());
}

TEST_CASE("A printer that is switched off: the check says so at once, a job sent anyway is aborted "
          "with a Vietnamese reason, and the queue keeps working",
          "[cups][slow]") {
    PrintingRig rig(1); // contimeout=1: CUPS gives up after its second try, 5 s later
    rig.printer.offline();

    const auto started = std::chrono::steady_clock::now();
    const auto refused = check_printer_ready("receipt", kAskTimeout);
    CHECK(std::chrono::steady_clock::now() - started < 2s);
    CHECK(error_code(refused) == "printer.unreachable");
    CHECK(said_vi(refused) == printer_message::unreachable);

    const int job_id = must(submit_raw_job("receipt", receipt_bytes("80mm"), "receipt"));
    const JobStatus status = must(wait_for_job("receipt", job_id, 20s));
    CHECK(status.state == JobState::Aborted);
    CHECK_FALSE(status.printed());
    CHECK(status.message_vi == printer_message::unreachable);
    CHECK(contains(status.printer_state_reasons, "offline"));
    CHECK(contains(status.state_message, "not responding"));

    // printer-error-policy=abort-job: the queue is not stopped, so the next
    // receipt prints as soon as the printer is back.
    const auto queues = must(list_destinations());
    REQUIRE(find_queue(queues, "receipt"));
    CHECK(find_queue(queues, "receipt")->state != "stopped");
    rig.printer.ready();
    const int next = must(submit_raw_job("receipt", receipt_bytes("80mm"), "receipt again"));
    CHECK(must(wait_for_job("receipt", next, 15s)).printed());
    CHECK(rig.printer.wait_for_jobs(1).size() == 1);
}

TEST_CASE("cancel_job takes back a job waiting at a stopped queue before it ever prints",
          "[cups]") {
    PrintingRig rig;
    rig.cups.stop_queue("receipt");
    const std::string first = receipt_bytes("80mm");

    const int held = must(submit_raw_job("receipt", first, "held receipt"));
    const JobStatus waiting = must(wait_for_job("receipt", held, 300ms));
    CHECK_FALSE(waiting.finished());
    CHECK(waiting.message_vi == printer_message::paused);
    CHECK(contains(waiting.printer_state_reasons, "paused"));

    must(cancel_job("receipt", held));
    const JobStatus canceled = must(job_status("receipt", held));
    CHECK(canceled.state == JobState::Canceled);
    CHECK(canceled.message_vi == printer_message::canceled);
    must(cancel_job("receipt", held)); // a finished job is left as it is

    rig.cups.start_queue("receipt");
    const std::string second = receipt_bytes("80mm", true);
    const int next = must(submit_raw_job("receipt", second, "next receipt"));
    CHECK(must(wait_for_job("receipt", next, 15s)).printed());
    const auto jobs = rig.printer.wait_for_jobs(1);
    REQUIRE(jobs.size() == 1);
    CHECK(first_difference(jobs[0].bytes, second) == -1);
}

TEST_CASE("A queue that is not installed is named in the message for the technician", "[cups]") {
    PrintingRig rig;
    const auto submitted = submit_raw_job("quay-9", receipt_bytes("58mm"), "receipt");
    CHECK(error_code(submitted) == "printer.cups_queue_missing");
    CHECK(contains(said_vi(submitted), "“quay-9”"));
    CHECK(contains(said_en(submitted), "'quay-9'"));
    CHECK(error_code(queue_printer_condition("quay-9", kAskTimeout)) ==
          "printer.cups_queue_missing");
    CHECK(error_code(check_printer_ready("quay-9", kAskTimeout)) == "printer.cups_queue_missing");
    CHECK(error_code(cancel_job("receipt", 4242)) == "printer.cups_job_missing");
    CHECK(error_code(job_status("receipt", 4242)) == "printer.cups_job_missing");
    CHECK(error_code(submit_raw_job("receipt", "", "nothing")) == "printer.empty_job");
    CHECK(rig.printer.job_count() == 0);
}

TEST_CASE("A queue set to reject jobs says a manager must turn it back on", "[cups]") {
    PrintingRig rig;
    REQUIRE(rig.cups.run_tool("cupsreject", {"receipt"}).exit_code == 0);
    const auto refused = submit_raw_job("receipt", receipt_bytes("58mm"), "receipt");
    CHECK(error_code(refused) == "printer.cups_not_accepting");
    CHECK(contains(said_vi(refused), "không nhận lệnh in"));
    const auto queues = must(list_destinations());
    REQUIRE(find_queue(queues, "receipt"));
    CHECK_FALSE(find_queue(queues, "receipt")->accepting);
    CHECK(rig.printer.job_count() == 0);
}

TEST_CASE("With CUPS not running every call says so at once, in Vietnamese and with the server's "
          "address",
          "[cups]") {
    ocop::test::PrivateCupsd cups;
    const std::string server = cups.server();
    cups.stop();

    const auto started = std::chrono::steady_clock::now();
    const auto queues = list_destinations();
    CHECK(error_code(queues) == "printer.cups_unreachable");
    CHECK(contains(said_en(queues), server));
    CHECK(contains(said_vi(queues), "CUPS"));
    CHECK(error_code(submit_raw_job("receipt", "\x1b@", "t")) == "printer.cups_unreachable");
    CHECK(error_code(job_status("receipt", 1)) == "printer.cups_unreachable");
    CHECK(error_code(wait_for_job("receipt", 1, 1s)) == "printer.cups_unreachable");
    CHECK(error_code(cancel_job("receipt", 1)) == "printer.cups_unreachable");
    CHECK(error_code(check_printer_ready("receipt", kAskTimeout)) == "printer.cups_unreachable");
    CHECK(std::chrono::steady_clock::now() - started < 3s);
}
