#pragma once

// A terminal database filled with the Trà Vinh sample (db/samples/travinh.sql),
// as `ocop init --sample travinh` makes it, for tests of the store domain.
//
// Setting the sample up hashes three PINs with Argon2id (a fraction of a
// second each), so it is done once per test run into a template file; every
// SampleDb is a fresh copy of that file in its own temporary folder, opened
// with the program's own Connection. Tests never share a database.

#include "db/connection.h"
#include "pos/cart.h"
#include "pos/catalogue.h"
#include "pos/clock.h"
#include "pos/journal.h"
#include "pos/setup.h"
#include "pos/shift.h"
#include "pos/till.h"
#include "pos/users.h"
#include "support/temp_dir.h"
#include "support/values.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::test {

// The sample's reference date (docs/sample-data.md), at opening time.
inline constexpr std::string_view kSampleStart = "2026-11-29T09:00:00+07:00";

// The instant a local timestamp ("2026-12-31T23:59:00+07:00") stands for.
pos::Instant instant(std::string_view timestamp);

// What initialize_database answered when the template was made.
const pos::InitResult& sample_init_result();

class SampleDb {
public:
    // A copy of the sample set up as terminal TV01-01, its clock at `at`.
    explicit SampleDb(std::string_view at = kSampleStart);
    SampleDb(const SampleDb&) = delete;
    SampleDb& operator=(const SampleDb&) = delete;

    TempDir dir;
    std::filesystem::path path;
    db::Connection db;
    pos::FixedClock clock;
    pos::Till till;

    void set_time(std::string_view timestamp) { clock.set(instant(timestamp)); }

    // A user as stored (no PIN check): for the cashier who rings a sale up.
    pos::User user(std::string_view username);
    pos::User cashier() { return user("thungan"); }
    // A real approval: approve_as_manager with quanly's PIN (one Argon2id
    // verification, so tests ask for it once and reuse it).
    pos::Approval manager_approval(std::string_view reason);

    pos::CodeMatch code(std::string_view code);
    // A cart under the store's own policy (discount.manager_limit_bp).
    pos::Cart cart();
    pos::Shift open_shift(pos::Money opening_float = pos::Money{500'000});

    // Completes the cart, paid in cash with exactly its total (or no payment
    // when the total is 0).
    pos::SaleRecord sell(const pos::Cart& cart);

    std::int64_t count(std::string_view table);
    // Rows in every table of the file, by table name.
    std::map<std::string, std::int64_t> row_counts();
    // The stock on hand of a product (by sku) at this terminal's store.
    pos::Quantity stock_of(std::string_view sku);
    std::int64_t product_id(std::string_view sku);
};

// A refund of the sale by its receipt number: the lines given (line number,
// quantity or all that is left), or what is left of the whole sale.
pos::RefundRequest refund_of(const pos::SaleRecord& sale, std::vector<pos::RefundLine> lines = {});

} // namespace ocop::test
