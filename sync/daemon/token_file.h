#pragma once

// The terminal's bearer token, in a file of its own readable by its owner
// alone (mode 0600): not in the database, which is copied for backups and
// support, and never in a log.

#include "common/error.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace ocop::syncd {

// Writes the token to a new file beside `path` created 0600 with O_EXCL,
// synced, then renamed over `path`: a reader sees the old token or the new
// one, and never a file anyone else could read.
Result<void> write_token_file(const std::filesystem::path& path, std::string_view token);

// syncd.no_token when the file is missing or empty (the till was not enrolled);
// syncd.token_unreadable when it cannot be read (wrong owner, for instance).
Result<std::string> read_token_file(const std::filesystem::path& path);

} // namespace ocop::syncd
