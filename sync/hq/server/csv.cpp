#include "sync/hq/server/csv.h"

namespace ocop::hq {

CsvWriter::CsvWriter(const std::vector<std::string>& header) {
    row(header);
}

void CsvWriter::row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            text_ += ',';
        append_field(fields[i]);
    }
    text_ += "\r\n";
}

void CsvWriter::append_field(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        text_ += field;
        return;
    }
    text_ += '"';
    for (const char c : field) {
        if (c == '"')
            text_ += '"';
        text_ += c;
    }
    text_ += '"';
}

std::string csv_number(std::int64_t value) {
    return std::to_string(value);
}

} // namespace ocop::hq
