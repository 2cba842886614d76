#pragma once

// The chain under test: head office on one backend, and two stores with two
// tills each (TV01-01, TV01-02, TV02-01, TV02-02), every one a real database
// and real processes on loopback.

#include "head_office_rig.h"
#include "hq_storage.h"
#include "support/temp_dir.h"
#include "till.h"

#include <memory>
#include <string>
#include <vector>

namespace ocop::test {

std::string backend_name(Backend backend);

struct ChainRig {
    explicit ChainRig(Backend backend);

    TempDir folder;
    HqStorage storage;
    HeadOfficeRig head_office;
    std::vector<std::unique_ptr<Till>> tills;

    void open_shifts() const;
    // Each till enrolled at head office's own address with a code for its
    // store (head office must be serving).
    void enroll_all() const;
    // `ocop-syncd --once` at every till, straight to head office, until
    // nothing is pending; the test fails if a till cannot get there.
    void sync_all_once() const;
};

// Everything the tills did has reached head office exactly once: the same
// sale ids, none twice; each store's sales total and stock per product; each
// till's whole outbox held, its chain sound (`ocop db check`).
void check_head_office_matches_tills(const ChainRig& chain);

} // namespace ocop::test
