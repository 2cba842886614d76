#pragma once

// CSV as RFC 4180 writes it: a header row, CRLF line ends, a field quoted
// when it holds a comma, a quote or a line break (quotes doubled). UTF-8 as
// given, with no byte-order mark.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::hq {

class CsvWriter {
public:
    explicit CsvWriter(const std::vector<std::string>& header);

    // One record; it must have as many fields as the header.
    void row(const std::vector<std::string>& fields);
    const std::string& text() const { return text_; }

private:
    void append_field(std::string_view field);
    std::string text_;
};

// A whole number as a field.
std::string csv_number(std::int64_t value);

} // namespace ocop::hq
