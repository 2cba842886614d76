#pragma once

#include "common/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace ocop::db {

// One record of a CSV file, with the 1-based line it starts on so that an
// error about it can send a person to the right place in the file.
struct CsvRecord {
    int line = 0;
    std::vector<std::string> fields;
};

// Reads CSV as RFC 4180 describes it, and as spreadsheets really write it:
//   - fields separated by ',' or by ';' when the first line has more ';' than
//     ',' outside quotes (Excel in a Vietnamese locale writes ';');
//   - "quoted" fields, with "" for a quote and line breaks allowed inside;
//   - CRLF, LF or a lone CR between records; a UTF-8 BOM at the start dropped;
//   - blank lines skipped; a quote inside an unquoted field kept as it is.
// Field text is returned exactly as written (no trimming).
// Fails with csv.unterminated_quote (a quote opened and never closed) or
// csv.text_after_quote (`"abc"def`), both naming the line.
Result<std::vector<CsvRecord>> parse_csv(std::string_view text);

} // namespace ocop::db
