#pragma once

#include "pos/clock.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace ocop::cli {

// The whole `ocop` command: global options (--db, --json, --help), then the
// command. `environment_db` is $OCOP_DB when set. Returns the exit status.
int run(const std::vector<std::string>& words, const std::string& environment_db,
        const pos::Clock& clock, std::ostream& out, std::ostream& err);

} // namespace ocop::cli
