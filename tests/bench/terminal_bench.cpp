// The touch terminal (pos/app + qml/, offscreen) on the Trà Vinh sample plus
// the generated 100,000-product catalogue, each figure beside an anchor
// measured in the same run (docs/performance.md):
//
//  - scan → cart line painted: from the scan's text handed to the terminal
//    (Terminal::deliver_scan, what the scanners call) to the first frame
//    swapped after a scene-graph sync that followed the cart's change; beside
//    pos::scan_into_cart on the same codes with no UI (the domain alone);
//  - start-up: from TerminalApp::start to the first frame swapped with the
//    sign-in screen, in a fresh process each time; beside the same start on
//    the 68-product sample;
//  - memory: VmRSS at rest once signed in with a shift open, then at rest
//    after 500 sales through the bridge (3 scans, cash, complete; no printer).
//
//   ocop_bench_terminal [--smoke] [--products N] [--scans N] [--sales N] [--starts N]
//                       [--only scan|start|memory]
//
// It runs itself as a child for the start-up and memory figures
// (--child-start DB, --child-memory DB PRODUCTS SALES). --smoke (ctest): 20
// scans, 10 sales, one start each, on the sample alone.
#include "bench/bench.h"
#include "bench/generated_catalogue.h"
#include "db/connection.h"
#include "pos/app/terminal_app.h"
#include "pos/cart.h"
#include "pos/clock.h"
#include "pos/scanning.h"
#include "pos/setup.h"
#include "pos/till.h"
#include "support/temp_dir.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <malloc.h>
#include <memory>
#include <random>
#include <string>
#include <vector>

Q_IMPORT_QML_PLUGIN(Ocop_TerminalPlugin)

using namespace ocop;
using namespace std::chrono_literals;
using bench::require;
using Steady = std::chrono::steady_clock;

namespace {

// The sample's reference date (docs/sample-data.md): its certifications are
// current then, and every till in this bench runs on it.
constexpr const char* kSampleStart = "2026-11-29T09:00:00+07:00";
// Generated products start above the sample's ids (1..68).
constexpr int kFirstGeneratedId = 1001;
const QSize kWindow(1024, 768);

template <class T>
T need(Result<T> result, const char* what) {
    if (!result) {
        std::fprintf(stderr, "bench failed: %s: %s\n", what, result.error().log_line().c_str());
        std::exit(1);
    }
    return std::move(*result);
}

pos::FixedClock sample_clock() {
    return pos::FixedClock(need(pos::parse_timestamp(kSampleStart), "timestamp"));
}

double micros_since(Steady::time_point start, Steady::time_point end = Steady::now()) {
    return std::chrono::duration<double, std::micro>(end - start).count();
}

// The resident set of this process, in KiB.
long rss_kib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atol(line.c_str() + 6);
    return 0;
}

// Lets the event loop run for `time` (timers, posted events, frames).
void run_for(std::chrono::milliseconds time) {
    QEventLoop loop;
    QTimer::singleShot(time, &loop, &QEventLoop::quit);
    loop.exec();
}

QQuickItem* find_visible(QQuickItem* item, const QString& name) {
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    for (QQuickItem* child : item->childItems())
        if (QQuickItem* found = find_visible(child, name))
            return found;
    return nullptr;
}

// The databases: the Trà Vinh sample as `ocop init --sample travinh` makes
// it (what tests/support/sample_db.h copies; SampleDb itself reports through
// Catch2, which a bench does not run), and a copy of it with the generated
// catalogue added.
struct Databases {
    test::TempDir dir;
    std::filesystem::path sample = dir.file("sample.db");
    std::filesystem::path catalogue = dir.file("catalogue.db");

    explicit Databases(int products) {
        {
            auto db = need(db::Connection::open(sample, db::OpenMode::CreateIfMissing), "open");
            const auto clock = sample_clock();
            pos::InitOptions options;
            options.sample = "travinh";
            need(pos::initialize_database(db, clock, options), "sample");
        } // closing checkpoints the WAL: the main file is the whole database
        if (products == 0)
            return;
        std::filesystem::copy_file(sample, catalogue);
        auto db = need(db::Connection::open(catalogue), "open copy");
        bench::fill_generated_catalogue(db, kFirstGeneratedId, products);
    }
};

// `count` codes of random products the till sells without a manager: from
// the generated catalogue when there is one, otherwise the sample's own
// (without those its policy blocks or that need a weight).
std::vector<std::string> scannable_codes(const std::filesystem::path& database, int products,
                                         int count, unsigned seed) {
    std::mt19937 random(seed);
    std::vector<std::string> codes;
    if (products > 0) {
        std::uniform_int_distribution<int> id(kFirstGeneratedId, kFirstGeneratedId + products - 1);
        for (int i = 0; i < count; ++i)
            codes.push_back(bench::generated_barcode(id(random)));
        return codes;
    }
    auto db = need(db::Connection::open(database), "open");
    const auto clock = sample_clock();
    auto till = need(pos::open_till(db, clock), "till");
    auto statement = need(db.prepare("SELECT code FROM barcodes ORDER BY code"), "barcodes");
    std::vector<std::string> sellable;
    while (need(statement.step(), "barcode")) {
        std::string code = statement.text(0);
        pos::Cart trial(need(pos::cart_policy(db), "policy"));
        auto scanned = pos::scan_into_cart(till, trial, {code, {}, {}});
        if (scanned && scanned->line)
            sellable.push_back(std::move(code));
    }
    require(!sellable.empty(), "no sellable sample code");
    std::uniform_int_distribution<std::size_t> pick(0, sellable.size() - 1);
    for (int i = 0; i < count; ++i)
        codes.push_back(sellable[pick(random)]);
    return codes;
}

// Frames of the cashier's window as the render loop makes them. A change
// counts as painted by the first frame swapped after a scene-graph sync that
// began after the change (the sync copies the items into the frame; with the
// threaded render loop a frame in flight during the change does not show it).
// That frame's steps are timed too: synchronising (it follows the items'
// polish: layouts, delegates), rendering, swapped.
class FrameWatch {
public:
    enum Step { SyncStart, SyncEnd, RenderStart, RenderEnd, Swapped, kSteps };

    explicit FrameWatch(QQuickWindow* window) {
        const auto at = [this, window](auto signal, Step step) {
            QObject::connect(
                window, signal, window, [this, step] { reached(step); }, Qt::DirectConnection);
        };
        at(&QQuickWindow::beforeSynchronizing, SyncStart);
        at(&QQuickWindow::afterSynchronizing, SyncEnd);
        at(&QQuickWindow::beforeRendering, RenderStart);
        at(&QQuickWindow::afterRendering, RenderEnd);
        at(&QQuickWindow::frameSwapped, Swapped);
    }

    // Call on the GUI thread just before the change.
    void arm() {
        for (auto& step : steps_)
            step.store(0);
        armed_.store(true);
    }

    // When the change was first on screen; exits on a timeout.
    Steady::time_point wait_painted(std::chrono::milliseconds timeout = 5s) {
        const auto deadline = Steady::now() + timeout;
        QTimer tick; // also wakes the loop when no frame comes
        tick.start(10);
        while (slot(Swapped).load() == 0) {
            if (Steady::now() > deadline) {
                std::fprintf(stderr, "bench failed: no frame painted the change\n");
                std::exit(1);
            }
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        return at(Swapped);
    }

    // A step of the frame that painted the change (after wait_painted).
    Steady::time_point at(Step step) const {
        return Steady::time_point(Steady::duration(slot(step).load()));
    }

    // Runs the event loop until no frame has been swapped for `quiet` (the
    // highlight's colour animation has ended), or `longest` has passed.
    void wait_quiet(std::chrono::milliseconds quiet = 50ms,
                    std::chrono::milliseconds longest = 3s) {
        const auto start = Steady::now();
        while (Steady::now() - start < longest) {
            run_for(5ms);
            const auto last = Steady::time_point(Steady::duration(last_swap_.load()));
            if (Steady::now() - std::max(last, start) >= quiet)
                return;
        }
    }

    int frames() const { return frames_.load(); }

private:
    void reached(Step step) {
        const auto now = Steady::now().time_since_epoch().count();
        if (step == Swapped) {
            last_swap_.store(now);
            frames_.fetch_add(1);
            // Wakes the GUI thread's event loop (the render thread may be another).
            QMetaObject::invokeMethod(
                qApp, [] {}, Qt::QueuedConnection);
        }
        if (!armed_.load())
            return;
        if (step != SyncStart && slot(static_cast<Step>(step - 1)).load() == 0)
            return; // a step of a frame that began before the change
        if (slot(step).load() == 0)
            slot(step).store(now);
        if (step == Swapped)
            armed_.store(false);
    }

    std::atomic<Steady::rep>& slot(Step step) { return steps_[static_cast<std::size_t>(step)]; }
    const std::atomic<Steady::rep>& slot(Step step) const {
        return steps_[static_cast<std::size_t>(step)];
    }

    std::atomic<bool> armed_{false};
    std::array<std::atomic<Steady::rep>, kSteps> steps_{};
    std::atomic<Steady::rep> last_swap_{0};
    std::atomic<int> frames_{0};
};

// The terminal started on `database`, its first frame swapped, a cashier
// signed in with a shift open and the sell screen on show.
struct SellingTerminal {
    pos::FixedClock clock = sample_clock();
    std::unique_ptr<app::TerminalApp> app;
    std::unique_ptr<FrameWatch> frames;

    explicit SellingTerminal(const std::filesystem::path& database) {
        app::AppOptions options;
        options.database = database;
        options.window_size = kWindow;
        app = need(app::TerminalApp::start(options, clock), "start");
        require(app->window() != nullptr, "window");
        frames = std::make_unique<FrameWatch>(app->window());
        frames->wait_quiet(100ms);
        require(frames->frames() > 0, "first frame");
        app::Terminal& terminal = app->terminal();
        require(terminal.session()->signIn(QStringLiteral("thungan"), QStringLiteral("1111")),
                "sign in");
        // An earlier run on this database may have left its shift open.
        if (!terminal.session()->shiftOpen())
            require(terminal.session()->openShift(QStringLiteral("500000")), "open shift");
        // Screens are chosen in Main.qml; its sign-in and open-shift screens
        // call goHome() when done, as here.
        require(QMetaObject::invokeMethod(app->window(), "goHome"), "goHome");
        frames->wait_quiet(100ms);
        require(find_visible(app->window()->contentItem(), QStringLiteral("sellScreen")) != nullptr,
                "the sell screen");
    }

    ~SellingTerminal() {
        if (app)
            app->terminal().printer()->wait_idle();
    }

    app::Terminal& terminal() { return app->terminal(); }
};

const char* graphics_api(QQuickWindow* window) {
    switch (window->rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software:
        return "software";
    case QSGRendererInterface::OpenGL:
        return "OpenGL";
    case QSGRendererInterface::Vulkan:
        return "Vulkan";
    default:
        return "other";
    }
}

// --child-start DB: prints "µs to TerminalApp::start returning, µs to the
// first frame swapped" for one start in this fresh process.
int child_start(const std::filesystem::path& database) {
    // The cashier's window is made inside start(): its frames are watched
    // from the moment its platform surface exists, so no frame is missed.
    struct Watch : QObject {
        std::atomic<Steady::rep> first{0};
        QQuickWindow* window = nullptr;
        bool eventFilter(QObject* object, QEvent* event) override {
            if (event->type() == QEvent::PlatformSurface && !window) {
                if (auto* quick = qobject_cast<QQuickWindow*>(object)) {
                    window = quick;
                    connect(
                        quick, &QQuickWindow::frameSwapped, quick,
                        [this] {
                            Steady::rep none = 0;
                            first.compare_exchange_strong(none,
                                                          Steady::now().time_since_epoch().count());
                            QMetaObject::invokeMethod(
                                qApp, [] {}, Qt::QueuedConnection);
                        },
                        Qt::DirectConnection);
                }
            }
            return false;
        }
    } watch;
    qApp->installEventFilter(&watch);
    const auto clock = sample_clock();
    app::AppOptions options;
    options.database = database;
    options.window_size = kWindow;

    const auto start = Steady::now();
    auto app = need(app::TerminalApp::start(options, clock), "start");
    const double started = micros_since(start);
    QTimer tick;
    tick.start(10);
    const auto deadline = start + 30s;
    while (watch.first.load() == 0 && Steady::now() < deadline)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    require(watch.first.load() != 0, "no first frame");
    const double shown =
        micros_since(start, Steady::time_point(Steady::duration(watch.first.load())));
    require(watch.window == app->window(), "the first window is the cashier's");
    require(find_visible(app->window()->contentItem(), QStringLiteral("signInPrompt")) != nullptr,
            "the sign-in screen");
    std::printf("%.0f %.0f %s\n", started, shown, graphics_api(app->window()));
    qApp->removeEventFilter(&watch);
    return 0;
}

// --child-memory DB PRODUCTS SALES: prints, in KiB, VmRSS at rest signed in,
// VmRSS at rest after SALES sales (3 scans, cash for what is due, complete;
// no printer), VmRSS once malloc_trim(0) has returned free pages, and the
// malloc heap in use before and after the sales.
int child_memory(const std::filesystem::path& database, int products, int sales) {
    const auto codes = scannable_codes(database, products, 3 * sales, 11);
    SellingTerminal till(database);
    app::Terminal& terminal = till.terminal();
    till.frames->wait_quiet(500ms, 5s);
    const long before = rss_kib();
    const std::size_t heap_before = mallinfo2().uordblks;
    for (int sale = 0; sale < sales; ++sale) {
        for (int i = 0; i < 3; ++i) {
            till.frames->arm();
            terminal.deliver_scan(
                QString::fromStdString(codes[static_cast<std::size_t>(3 * sale + i)]));
            till.frames->wait_painted();
        }
        require(terminal.cart()->count() > 0, "the scans went into the cart");
        terminal.payment()->begin();
        require(terminal.payment()->addCash(QString()), "cash");
        till.frames->arm();
        require(terminal.payment()->complete(), "complete");
        till.frames->wait_painted();
    }
    terminal.printer()->wait_idle();
    till.frames->wait_quiet(500ms, 5s);
    run_for(2s); // timers (the highlight), deferred deletes, the print thread
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const long after = rss_kib();
    const std::size_t heap_after = mallinfo2().uordblks;
    // What of the growth is memory malloc holds free (fragments between
    // live blocks) rather than memory in use: trimming returns those pages.
    malloc_trim(0);
    std::printf("%ld %ld %ld %zu %zu\n", before, after, rss_kib(), heap_before / 1024,
                heap_after / 1024);
    return 0;
}

// Runs this program as a child with `arguments`; its one line of output, split.
std::vector<double> run_child(const QStringList& arguments) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    require(child.waitForFinished(600'000), "child finished");
    require(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, "child failed");
    std::vector<double> values;
    for (const QString& field : QString::fromUtf8(child.readAllStandardOutput())
                                    .split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double value = field.toDouble(&ok);
        if (ok)
            values.push_back(value);
    }
    return values;
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The QML is compiled in: an earlier build's cache must not stand in for it.
    qputenv("QML_DISABLE_DISK_CACHE", "1");
    QGuiApplication application(argc, argv);

    int products = 100000;
    int scans = 300;
    int sales = 500;
    int starts = 5;
    std::string only; // scan, start or memory: one part (for a profiler)
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--child-start" && i + 1 < argc)
            return child_start(argv[i + 1]);
        if (argument == "--child-memory" && i + 3 < argc)
            return child_memory(argv[i + 1], std::atoi(argv[i + 2]), std::atoi(argv[i + 3]));
        if (argument == "--smoke") {
            products = 0;
            scans = 20;
            sales = 10;
            starts = 1;
        } else if (argument == "--products" && i + 1 < argc) {
            products = std::atoi(argv[++i]);
        } else if (argument == "--scans" && i + 1 < argc) {
            scans = std::atoi(argv[++i]);
        } else if (argument == "--sales" && i + 1 < argc) {
            sales = std::atoi(argv[++i]);
        } else if (argument == "--starts" && i + 1 < argc) {
            starts = std::atoi(argv[++i]);
        } else if (argument == "--only" && i + 1 < argc) {
            only = argv[++i];
        }
    }

    const Databases databases(products);
    const auto& database = products > 0 ? databases.catalogue : databases.sample;
    const std::string catalogue =
        products > 0 ? "sample + " + std::to_string(products) + " products" : "68-product sample";
    std::vector<bench::Row> rows;

    const auto part = [&](const char* name) {
        return only.empty() || only == name;
    };

    // 1. Scan → cart line painted, and the domain alone on the same codes.
    constexpr int kLinesPerSale = 20;
    const int warmup = 10;
    std::string api;
    if (part("scan")) {
        const auto codes = scannable_codes(database, products, scans + warmup, 1);
        bench::Timings painted;
        bench::Timings delivered; // deliver_scan returned: QML's handler, the bridge, bindings
        // Then the frame: the event loop and polish, sync, render, swap.
        bench::Timings waited, synced, rendered, swapped;
        {
            SellingTerminal till(database);
            api = graphics_api(till.app->window());
            app::Terminal& terminal = till.terminal();
            app::CartModel& cart = *terminal.cart();
            for (int i = 0; i < scans + warmup; ++i) {
                if (i % kLinesPerSale == 0 && cart.count() > 0) {
                    cart.start_new_sale();
                    till.frames->wait_quiet();
                }
                const int lines = cart.count();
                const auto code = QString::fromStdString(codes[static_cast<std::size_t>(i)]);
                till.frames->arm();
                const auto start = Steady::now();
                terminal.deliver_scan(code);
                const auto returned = Steady::now();
                const auto shown = till.frames->wait_painted();
                require(cart.count() == lines + 1 || cart.count() == lines,
                        "scanned into the cart");
                require(!cart.hasBlockedScan(), "not blocked");
                if (i >= warmup) {
                    painted.micros.push_back(micros_since(start, shown));
                    delivered.micros.push_back(micros_since(start, returned));
                    const auto step = [&](FrameWatch::Step from, FrameWatch::Step to) {
                        return micros_since(till.frames->at(from), till.frames->at(to));
                    };
                    waited.micros.push_back(
                        micros_since(returned, till.frames->at(FrameWatch::SyncStart)));
                    synced.micros.push_back(step(FrameWatch::SyncStart, FrameWatch::SyncEnd));
                    rendered.micros.push_back(step(FrameWatch::RenderStart, FrameWatch::RenderEnd));
                    swapped.micros.push_back(step(FrameWatch::RenderEnd, FrameWatch::Swapped));
                }
                // A cashier's next scan comes long after the highlight has faded.
                till.frames->wait_quiet();
            }
        }
        const auto clock = sample_clock();
        auto db = need(db::Connection::open(database), "open");
        auto till = need(pos::open_till(db, clock), "till");
        pos::Cart cart(need(pos::cart_policy(db), "policy"));
        const auto domain = bench::measure(
            scans,
            [&](int i) {
                if (i % kLinesPerSale == 0)
                    cart = pos::Cart(cart.policy());
                auto scanned = pos::scan_into_cart(
                    till, cart, {codes[static_cast<std::size_t>(i + warmup)], {}, {}});
                require(scanned.has_value() && scanned->line.has_value(), "scan");
            },
            warmup);
        const std::string scan_what =
            "scan → cart line painted, " + catalogue + " (" + std::to_string(scans) + " scans)";
        rows.push_back({scan_what, "µs p50", painted.median(), "pos::scan_into_cart, no UI",
                        domain.median(), ""});
        rows.push_back({scan_what, "µs p99", painted.percentile(99), "pos::scan_into_cart, no UI",
                        domain.percentile(99), ""});
        rows.push_back({"scan → deliver_scan returned (QML handler, bridge, bindings)", "µs p50",
                        delivered.median(), "pos::scan_into_cart, no UI", domain.median(), ""});
        rows.push_back({"then the frame begins: event loop, polish (layouts)", "µs p50",
                        waited.median(), "", 0, ""});
        rows.push_back({"then scene-graph sync", "µs p50", synced.median(), "", 0, ""});
        rows.push_back({"then render", "µs p50", rendered.median(), "", 0, ""});
        rows.push_back({"then until swapped", "µs p50", swapped.median(), "", 0, ""});
    }

    // 2. Start-up, each in a fresh process, alternating with the sample alone.
    if (part("start")) {
        bench::Timings start_catalogue;
        bench::Timings start_sample;
        bench::Timings returned_catalogue;
        bench::Timings returned_sample;
        const int start_warmup = starts > 1 ? 1 : 0;
        for (int i = 0; i < starts + start_warmup; ++i) {
            const auto on_sample = run_child(
                {QStringLiteral("--child-start"), QString::fromStdString(databases.sample)});
            const auto on_catalogue =
                run_child({QStringLiteral("--child-start"), QString::fromStdString(database)});
            require(on_sample.size() == 2 && on_catalogue.size() == 2, "start figures");
            if (i < start_warmup)
                continue;
            returned_sample.micros.push_back(on_sample[0]);
            start_sample.micros.push_back(on_sample[1]);
            returned_catalogue.micros.push_back(on_catalogue[0]);
            start_catalogue.micros.push_back(on_catalogue[1]);
        }
        const auto ms = [](double micros) {
            return micros / 1000;
        };
        rows.push_back({"TerminalApp::start → first frame of the sign-in screen, " + catalogue +
                            " (" + std::to_string(starts) + " starts)",
                        "ms p50", ms(start_catalogue.median()), "the same, 68-product sample",
                        ms(start_sample.median()), ""});
        rows.push_back({"TerminalApp::start returned, " + catalogue, "ms p50",
                        ms(returned_catalogue.median()), "the same, 68-product sample",
                        ms(returned_sample.median()), ""});
    }

    // 3. Memory at rest before and after `sales` sales, in a fresh process.
    if (part("memory")) {
        const auto memory =
            run_child({QStringLiteral("--child-memory"), QString::fromStdString(database),
                       QString::number(products), QString::number(sales)});
        require(memory.size() == 5, "memory figures");
        rows.push_back({"VmRSS at rest after " + std::to_string(sales) + " sales (3 scans, cash)",
                        "MiB", memory[1] / 1024, "at rest signed in, shift open, before them",
                        memory[0] / 1024, ""});
        rows.push_back(
            {"VmRSS growth per sale", "KiB", (memory[1] - memory[0]) / sales, "", 0, ""});
        rows.push_back({"malloc heap in use, growth per sale", "KiB",
                        (memory[4] - memory[3]) / sales, "", 0, ""});
        rows.push_back({"VmRSS after the sales and malloc_trim(0)", "MiB", memory[2] / 1024,
                        "at rest before the sales", memory[0] / 1024, ""});
    }

    std::printf("Terminal offscreen at %d×%d%s%s.\n\n", kWindow.width(), kWindow.height(),
                api.empty() ? "" : ", scene graph on ", api.c_str());
    bench::print_table(rows);
    return 0;
}
