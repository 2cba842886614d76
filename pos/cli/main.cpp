#include "pos/cli/cli.h"

#include <cstdlib>
#include <iostream>

int main(int argc, char** argv) {
    const char* database = std::getenv("OCOP_DB");
    const ocop::pos::SystemClock clock;
    return ocop::cli::run({argv + 1, argv + argc}, database ? database : "", clock, std::cout,
                          std::cerr);
}
