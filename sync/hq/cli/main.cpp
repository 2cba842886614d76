#include "sync/hq/cli/cli.h"
#include "sync/hq/cli/command.h"

#include <cstdlib>
#include <iostream>

int main(int argc, char** argv) {
    const char* fixed_now = std::getenv("OCOP_NOW");
    auto clock = ocop::hq::LocalClock::make(fixed_now ? std::optional<std::string_view>(fixed_now)
                                                      : std::nullopt);
    if (!clock) {
        std::cerr << "Lỗi: " << clock.error().message_vi << "\n"
                  << clock.error().log_line() << "\n";
        return ocop::hq::cli::kExitUsage;
    }
    return ocop::hq::cli::run({argv + 1, argv + argc}, *clock, std::cout, std::cerr);
}
