#pragma once

// The generated catalogue the benches run on: products with Vietnamese names
// built from the kinds, producers and sizes of a Trà Vinh showcase store, one
// valid EAN-13 each, a third of them OCOP-certified (docs/performance.md).
// Used by ocop_bench_catalogue (an empty till) and ocop_bench_terminal (the
// Trà Vinh sample plus the generated products).

#include "db/connection.h"

#include <string>
#include <vector>

namespace ocop::bench {

// The code printed on generated product `id`: 893 (Vietnam), the id in nine
// digits, and a valid check digit (scanning checks it).
std::string generated_barcode(int id);

// Inserts products `first_id` .. `first_id + count - 1` with their barcodes
// and (every third one) certifications, in one transaction, and returns their
// names in order. The same arguments always make the same catalogue.
// `first_id` must clear the ids already in the database (the sample's are
// below 100); the skus are "SKU<id>".
std::vector<std::string> fill_generated_catalogue(db::Connection& db, int first_id, int count);

// Stops the bench with `what` on stderr when `ok` is false: a bench whose
// set-up failed has nothing to say.
void require(bool ok, const char* what);

} // namespace ocop::bench
