#pragma once

#include "common/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

// Every column a catalogue file may have, in the order a new template uses.
// Columns may come in any order; sku, name_vi, unit and price must be there.
// docs/catalogue-import.md describes each one.
inline constexpr std::string_view kCatalogueCsvHeader =
    "sku,name_vi,name_en,category,ocop_group,producer_code,unit,price,vat_class,weighed,"
    "consigned,active,barcodes";

// One thing wrong with the file. line is the 1-based line of the file (the
// header is usually line 1); column is the column's name, or empty when the
// problem is the whole row. The messages already name line and column, so a
// list of them can be shown as it is.
struct ImportProblem {
    int line = 0;
    std::string column;
    std::string message_en;
    std::string message_vi;
};

// What an import did. When any problem was found nothing was written, and
// added and updated are 0.
struct ImportReport {
    int added = 0;
    int updated = 0;
    std::vector<ImportProblem> problems;

    bool accepted() const { return problems.empty(); }
};

// Adds or updates products from a CSV file (products matched by sku), with
// their barcodes. All or nothing: every row is checked first; if any is
// wrong the report lists every problem and the database is not touched;
// otherwise all rows are written in one transaction.
//
// The Result fails only when the file cannot be read as CSV at all
// (csv.unterminated_quote, csv.text_after_quote, naming the line) or the
// database fails (db.*); in both cases nothing was written.
Result<ImportReport> import_catalogue_csv(db::Connection& db, std::string_view csv_text);

} // namespace ocop::pos
