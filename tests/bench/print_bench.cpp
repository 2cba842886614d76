// "Pay" pressed → the receipt's bytes at the printer, through everything a
// till does: the sale and its print job committed (synchronous=FULL), the
// receipt drawn from the journal, encoded as ESC/POS raster, the printer
// asked whether it has paper (DLE EOT), the raw job submitted to a private
// cupsd and followed until CUPS's socket backend has delivered it to the
// ESC/POS emulator. Beside it, in the same run: `lp -d receipt -o raw` of the
// same bytes, from the command starting to the emulator having the job —
// what a till that just hands CUPS a file would cost (docs/performance.md).
//
//   ocop_bench_print [--runs N] [--smoke]
#include "bench/bench.h"
#include "db/connection.h"
#include "drivers/printer/receipt_printer.h"
#include "pos/cart.h"
#include "pos/catalogue.h"
#include "pos/journal.h"
#include "pos/printing.h"
#include "pos/settings.h"
#include "pos/setup.h"
#include "pos/shift.h"
#include "pos/till.h"
#include "pos/users.h"
#include "support/escpos_emulator.h"
#include "support/private_cupsd.h"
#include "support/process.h"
#include "support/temp_dir.h"

#include <QGuiApplication>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>

using namespace ocop;
using namespace std::chrono_literals;

namespace {

template <class T>
T need(Result<T> result, const char* what) {
    if (!result) {
        std::fprintf(stderr, "bench failed: %s: %s\n", what, result.error().log_line().c_str());
        std::exit(1);
    }
    return std::move(*result);
}

void need(Result<void> result, const char* what) {
    if (!result) {
        std::fprintf(stderr, "bench failed: %s: %s\n", what, result.error().log_line().c_str());
        std::exit(1);
    }
}

// Waits until the emulator has written its `count`-th job.
void wait_for_paper(const test::EscposEmulator& printer, int count) {
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    while (printer.job_count() < count) {
        if (std::chrono::steady_clock::now() > deadline) {
            std::fprintf(stderr, "bench failed: job %d never reached the printer\n", count);
            std::exit(1);
        }
        std::this_thread::sleep_for(1ms);
    }
}

// A till on the Trà Vinh sample whose printer is the "receipt" queue.
struct BenchTill {
    test::TempDir dir;
    db::Connection db;
    pos::SystemClock clock;
    pos::Till till;
    pos::User cashier;

    BenchTill()
        : db(need(db::Connection::open(dir.file("terminal.db"), db::OpenMode::CreateIfMissing),
                  "open")),
          till(setup()), cashier(need(pos::authenticate(db, "thungan", "1111"), "cashier")) {
        need(pos::set_setting(db, "printer.queue", "receipt"), "printer.queue");
        need(pos::open_shift(till, cashier, pos::Money{1'000'000}), "shift");
    }

    pos::Till setup() {
        pos::InitOptions options;
        options.sample = "travinh";
        need(pos::initialize_database(db, clock, options), "sample");
        return need(pos::open_till(db, clock), "till");
    }

    // Pay: the sale and its receipt's job, committed together.
    std::int64_t pay() {
        pos::Cart cart(need(pos::cart_policy(db), "policy"));
        need(
            cart.add(need(pos::find_by_code(db, "8936010100114"), "code"), pos::Quantity::units(2)),
            "add");
        need(cart.add(need(pos::find_by_code(db, "TV-DSS-200"), "code"), pos::Quantity::units(1)),
             "add");
        auto transaction = need(db::Transaction::begin(db), "begin");
        const auto sale =
            need(pos::complete_sale(till, cart, cashier,
                                    {{pos::PaymentMethod::Cash, pos::Money{300'000}, {}, {}}}),
                 "sale");
        const auto job = need(pos::enqueue_sale_receipt(db, clock, sale.id), "enqueue");
        need(transaction.commit(), "commit");
        return job;
    }
};

} // namespace

int main(int argc, char** argv) {
    int runs = 30;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--smoke")
            runs = 2;
        else if (argument == "--runs" && i + 1 < argc)
            runs = std::atoi(argv[++i]);
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    test::TempDir dir;
    test::EscposEmulator printer(dir.path() / "printer");
    test::PrivateCupsd cups;
    cups.add_raw_queue("receipt", printer.device_uri());
    BenchTill till;
    const auto settings = need(pos::printer_settings(till.db), "printer settings");

    int delivered = 0;
    std::int64_t last_job = 0;
    const auto pay = bench::measure(
        runs,
        [&](int) {
            last_job = till.pay();
            const auto job = need(pos::print_job(till.db, till.clock, last_job, settings), "print");
            if (job.status != "printed") {
                std::fprintf(stderr, "bench failed: not printed: %s\n", job.error_vi.c_str());
                std::exit(1);
            }
            wait_for_paper(printer, ++delivered);
        },
        2);

    // The same bytes as the last receipt, handed to CUPS by `lp`.
    const auto document = need(
        pos::document_for(till.db, till.clock, need(pos::load_print_job(till.db, last_job), "job")),
        "document");
    const auto bytes = need(drivers::encode_escpos(document, settings.profile, {true}), "encode");
    const auto file = dir.file("receipt.bin");
    std::ofstream(file, std::ios::binary) << bytes;
    const auto lp = bench::measure(
        runs,
        [&](int) {
            const auto sent = cups.run_tool("lp", {"-d", "receipt", "-o", "raw", file.string()});
            if (sent.exit_code != 0) {
                std::fprintf(stderr, "bench failed: lp: %s\n", sent.err.c_str());
                std::exit(1);
            }
            wait_for_paper(printer, ++delivered);
        },
        2);

    const std::string what = "Pay → receipt bytes at the printer via CUPS (" +
                             std::to_string(bytes.size() / 1024) + " KiB raster)";
    bench::print_table({
        {what, "ms p50", pay.median() / 1000, "lp -o raw of the same bytes", lp.median() / 1000,
         "≤ 2×"},
        {what, "ms p99", pay.percentile(99) / 1000, "lp -o raw of the same bytes",
         lp.percentile(99) / 1000, "≤ 2×"},
    });
    return 0;
}
