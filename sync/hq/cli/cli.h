#pragma once

#include "sync/hq/cli/local_time.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace ocop::hq::cli {

// The whole `ocop-hq` command: the storage option (--db FILE or --pg URL,
// before the command), then the command. Returns the exit status.
int run(const std::vector<std::string>& words, const LocalClock& clock, std::ostream& out,
        std::ostream& err);

} // namespace ocop::hq::cli
