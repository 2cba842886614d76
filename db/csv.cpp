#include "db/csv.h"

#include <optional>

namespace ocop::db {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string_view strip_bom(std::string_view text) {
    if (text.starts_with(kUtf8Bom))
        text.remove_prefix(kUtf8Bom.size());
    return text;
}

// ';' when the first line has more semicolons than commas outside quotes. A
// header line holds column names, which never contain either, so this is a
// safe guess; it decides for the whole file.
char detect_separator(std::string_view text) {
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

Error unterminated_quote(int line) {
    const std::string n = std::to_string(line);
    return Error{"csv.unterminated_quote",
                 "line " + n + ": a quoted field opens here and is never closed",
                 "Dòng " + n +
                     ": có ô mở bằng dấu ngoặc kép (\") mà không có dấu đóng. Kiểm tra ô bắt "
                     "đầu bằng dấu \" trên dòng này."};
}

Error text_after_quote(int line) {
    const std::string n = std::to_string(line);
    return Error{"csv.text_after_quote",
                 "line " + n + ": text follows the closing quote of a field",
                 "Dòng " + n +
                     ": có chữ ngay sau dấu ngoặc kép đóng của một ô. Nếu ô chứa dấu \" thì "
                     "viết nó hai lần (\"\") và đặt cả ô trong ngoặc kép."};
}

// Walks the text once, keeping the line number current so that every record
// and every error can say where it is.
class CsvParser {
public:
    CsvParser(std::string_view text, char separator) : text_(text), separator_(separator) {}

    Result<std::vector<CsvRecord>> records() {
        std::vector<CsvRecord> result;
        while (!at_end()) {
            auto record = next_record();
            if (!record)
                return fail(record.error());
            if (*record)
                result.push_back(std::move(**record));
        }
        return result;
    }

private:
    bool at_end() const { return pos_ >= text_.size(); }
    char peek() const { return text_[pos_]; }
    bool at_line_end() const { return peek() == '\n' || peek() == '\r'; }

    // Consumes CRLF, LF or CR, counting one line.
    void skip_line_end() {
        if (peek() == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n')
            ++pos_;
        ++pos_;
        ++line_;
    }

    // The next record, or nullopt for a blank line.
    Result<std::optional<CsvRecord>> next_record() {
        CsvRecord record{line_, {}};
        bool any_quoted = false;
        for (;;) {
            const bool quoted = !at_end() && peek() == '"';
            any_quoted = any_quoted || quoted;
            auto field = quoted ? quoted_field() : unquoted_field();
            if (!field)
                return fail(field.error());
            record.fields.push_back(std::move(*field));
            if (at_end())
                break;
            if (at_line_end()) {
                skip_line_end();
                break;
            }
            ++pos_; // the separator
        }
        const bool blank = record.fields.size() == 1 && record.fields[0].empty() && !any_quoted;
        if (blank)
            return std::optional<CsvRecord>{};
        return std::optional<CsvRecord>{std::move(record)};
    }

    Result<std::string> unquoted_field() {
        const std::size_t start = pos_;
        while (!at_end() && peek() != separator_ && !at_line_end())
            ++pos_;
        return std::string(text_.substr(start, pos_ - start));
    }

    Result<std::string> quoted_field() {
        const int opened_on = line_;
        ++pos_; // the opening quote
        std::string field;
        for (;;) {
            if (at_end())
                return fail(unterminated_quote(opened_on));
            const char c = text_[pos_++];
            if (c == '"') {
                if (at_end() || peek() != '"')
                    break;
                ++pos_; // "" stands for one quote
            } else if (c == '\n' || (c == '\r' && (at_end() || peek() != '\n'))) {
                ++line_;
            }
            field.push_back(c);
        }
        return end_of_quoted_field(std::move(field));
    }

    // After the closing quote only spaces may come before the separator or
    // the end of the line; anything else means the quotes were not doubled.
    Result<std::string> end_of_quoted_field(std::string field) {
        while (!at_end() && (peek() == ' ' || peek() == '\t'))
            ++pos_;
        if (!at_end() && peek() != separator_ && !at_line_end())
            return fail(text_after_quote(line_));
        return field;
    }

    std::string_view text_;
    char separator_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

} // namespace

Result<std::vector<CsvRecord>> parse_csv(std::string_view text) {
    const std::string_view body = strip_bom(text);
    return CsvParser(body, detect_separator(body)).records();
}

} // namespace ocop::db
