#pragma once

// Enrolling a till with head office (`ocop enroll URL CODE`, docs/sync.md
// "Enrolment"): the one-time code head office printed is exchanged for the
// terminal's token, which is stored in the token file (mode 0600), and head
// office's address in the terminal's settings, where ocop-syncd finds both.

#include "common/error.h"
#include "sync/daemon/sync_settings.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace ocop::db {
class Connection;
}

namespace ocop::syncd {

struct Enrolment {
    std::string terminal; // the terminal's code
    std::string store;
    std::string hq_url;
    std::filesystem::path token_file;
};

// Refusals: enroll.bad_code, enroll.wrong_store (head office's answers),
// syncd.unreachable, syncd.tls, syncd.bad_url / syncd.insecure_url, and
// terminal.not_configured for a database that is not a till's yet.
Result<Enrolment> enrol_terminal(db::Connection& db, std::string_view hq_url, std::string_view code,
                                 const SyncOverrides& tls);

} // namespace ocop::syncd
