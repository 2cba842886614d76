#pragma once

// Who goods come from and go to, for the manager's stock screens to offer
// as choices rather than codes to remember: the producers in the catalogue
// and the chain's other stores (as far as this terminal's copy knows them).

#include "common/error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

struct Partner {
    std::string code;
    std::string name;
};

// Every producer of the catalogue, by name.
Result<std::vector<Partner>> list_producers(db::Connection& db);

// The stores of the chain other than `store_id`, by code.
Result<std::vector<Partner>> other_stores(db::Connection& db, std::int64_t store_id);

} // namespace ocop::pos
