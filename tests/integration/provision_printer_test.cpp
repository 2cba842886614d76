// installer/provision-printer.sh run as a technician runs it, into a private
// cupsd (CUPS_SERVER): the queue the till then sees, and the refusals a
// technician reads when the input is wrong.

#include "drivers/printer/cups_printer.h"
#include "drivers/printer/printer_profile.h"
#include "drivers/printer/receipt_printer.h"
#include "integration/printing_rig.h"
#include "support/expect.h"
#include "support/process.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cups/cups.h>

using namespace ocop::drivers;
using namespace std::chrono_literals;
using ocop::test::must;
using ocop::test::ProcessResult;

namespace {

const std::string kScript = OCOP_SOURCE_DIR "/installer/provision-printer.sh";

ProcessResult provision(const std::vector<std::string>& arguments,
                        const std::map<std::string, std::string>& environment = {}) {
    std::vector<std::string> command{kScript};
    command.insert(command.end(), arguments.begin(), arguments.end());
    return ocop::test::run_process("/bin/bash", command, environment);
}

CupsDestination queue_named(const std::string& name) {
    const auto queues = must(list_destinations());
    const auto found =
        std::find_if(queues.begin(), queues.end(),
                     [&](const CupsDestination& queue) { return queue.name == name; });
    if (found == queues.end())
        FAIL("CUPS has no queue " << name);
    return *found;
}

// printer-error-policy as the scheduler holds it.
std::string error_policy(const std::string& name) {
    ipp_t* request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(),
                     "/printers/%s", name.c_str());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    ipp_t* response = cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/");
    ipp_attribute_t* policy = ippFindAttribute(response, "printer-error-policy", IPP_TAG_NAME);
    std::string value = policy ? ippGetString(policy, 0, nullptr) : "";
    ippDelete(response);
    return value;
}

} // namespace

TEST_CASE("provision-printer.sh makes a raw queue the till sees with its address, paper width and "
          "abort-job policy, and it prints",
          "[provision]") {
    ocop::test::PrintingRig rig; // its own queue "receipt" is not used here
    const std::string address = "127.0.0.1:" + std::to_string(rig.printer.port());

    const ProcessResult done =
        provision({"--name", "quay-1", "--address", address, "--width", "58", "--default"},
                  rig.cups.environment());
    INFO(done.err);
    REQUIRE(done.exit_code == 0);
    CHECK(done.out.find("ocop print test --printer quay-1 --profile 58mm") != std::string::npos);

    const CupsDestination queue = queue_named("quay-1");
    CHECK(queue.uri == "socket://" + address + "/?contimeout=10");
    CHECK(queue.paper_width_mm == 58);
    CHECK(queue.is_default);
    CHECK(queue.accepting);
    CHECK(queue.info == "Máy in hoá đơn 58mm");
    CHECK(error_policy("quay-1") == "abort-job");

    const std::string bytes =
        must(encode_escpos(Document().text("In thử / test"), must(printer_profile("58mm"))));
    const int job_id = must(submit_raw_job("quay-1", bytes, "test page"));
    CHECK(must(wait_for_job("quay-1", job_id, 15s)).printed());
    CHECK(rig.printer.wait_for_jobs(1).at(0).bytes == bytes);

    // Run again on a queue someone stopped: it is fixed, not duplicated.
    rig.cups.stop_queue("quay-1");
    REQUIRE(provision({"--name", "quay-1", "--address", address, "--width", "80"},
                      rig.cups.environment())
                .exit_code == 0);
    CHECK(queue_named("quay-1").paper_width_mm == 80);
    CHECK(queue_named("quay-1").state == "idle");
}

TEST_CASE(
    "provision-printer.sh records a USB printer, which the till does not ask over the network",
    "[provision]") {
    ocop::test::PrivateCupsd cups;
    const std::string uri = "usb://EPSON/TM-T82III?serial=X5K1234567";
    const ProcessResult done =
        provision({"--name", "usb-quay", "--usb", uri, "--width", "80"}, cups.environment());
    INFO(done.err);
    REQUIRE(done.exit_code == 0);
    CHECK(queue_named("usb-quay").uri == uri);
    CHECK(queue_named("usb-quay").paper_width_mm == 80);
    const PrinterCondition condition = must(queue_printer_condition("usb-quay", 1s));
    CHECK(condition.online);
    CHECK(condition.message_vi.empty());
}

TEST_CASE("provision-printer.sh refuses wrong input in Vietnamese, then English, and changes "
          "nothing",
          "[provision]") {
    struct Case {
        std::vector<std::string> arguments;
        std::string vietnamese; // in the first line
        std::string english;    // in the second
    };
    const std::vector<Case> cases{
        {{"--name", "q", "--address", "192.168.1.50", "--width", "76"},
         "khổ giấy '76'",
         "paper width '76'"},
        {{"--name", "q", "--address", "192.168.1.50"},
         "cần cho biết khổ giấy",
         "paper width is required"},
        {{"--address", "192.168.1.50", "--width", "80"},
         "cần đặt tên hàng đợi",
         "queue name is required"},
        {{"--name", "quầy 1", "--address", "192.168.1.50", "--width", "80"},
         "không hợp lệ",
         "is not valid"},
        {{"--name", "q", "--address", "192.168.1.300", "--width", "80"},
         "địa chỉ máy in",
         "printer address '192.168.1.300'"},
        {{"--name", "q", "--address", "192.168.1.50:70000", "--width", "80"},
         "cổng '70000'",
         "port '70000'"},
        {{"--name", "q", "--width", "80"}, "chọn đúng một cách nối máy in", "exactly one of"},
        {{"--name", "q", "--usb", "usb://A/B", "--address", "10.0.0.9", "--width", "80"},
         "chọn đúng một cách nối máy in",
         "exactly one of"},
        {{"--name", "q", "--usb", "/dev/usb/lp0", "--width", "80"},
         "phải bắt đầu bằng usb://",
         "starts with usb://"},
        {{"--name", "q", "--address", "10.0.0.9", "--width", "80", "--contimeout", "0"},
         "phải là số giây",
         "must be a number of seconds"},
        {{"--name", "q", "--address", "10.0.0.9", "--width", "80", "--colour"},
         "không hiểu tuỳ chọn '--colour'",
         "unknown option '--colour'"},
    };
    // A scheduler nobody listens on: nothing may reach it.
    const std::map<std::string, std::string> nowhere{{"CUPS_SERVER", "127.0.0.1:1"}};
    for (const Case& wrong : cases) {
        const ProcessResult refused = provision(wrong.arguments, nowhere);
        INFO(refused.err);
        CHECK(refused.exit_code == 2);
        const auto newline = refused.err.find('\n');
        REQUIRE(newline != std::string::npos);
        CHECK(refused.err.substr(0, newline).find(wrong.vietnamese) != std::string::npos);
        CHECK(refused.err.substr(newline + 1).find(wrong.english) != std::string::npos);
        CHECK(refused.out.empty());
    }
}

TEST_CASE("provision-printer.sh says when CUPS is not there to take the queue", "[provision]") {
    const ProcessResult refused =
        provision({"--name", "q", "--address", "10.0.0.9", "--width", "80"},
                  {{"CUPS_SERVER", "127.0.0.1:1"}});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("CUPS không nhận máy in 'q'") != std::string::npos);
    CHECK(refused.err.find("is CUPS running?") != std::string::npos);
}
