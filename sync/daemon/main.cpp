// ocop-syncd: sends the terminal's journal to head office and brings back
// what head office owns (docs/sync.md, "The sync daemon").
#include "sync/daemon/daemon.h"

#include <iostream>

int main(int argc, char** argv) {
    return ocop::syncd::run({argv + 1, argv + argc}, std::cout, std::cerr);
}
