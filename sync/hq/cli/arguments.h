#pragma once

// The words after an `ocop-hq` command's name, read against what it accepts.
// (The same shape as pos/cli/arguments.h, which sync/ may not use.)

#include "common/error.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ocop::hq::cli {

struct OptionSpec {
    std::string name;       // "--from"
    std::string value_name; // "DATE"; empty for a flag that takes no value
    std::string help;       // Vietnamese, then English
};

struct CommandSpec {
    std::string path;      // "export sales"
    std::string arguments; // "SKU PRICE", shown in the usage line
    std::string summary;   // one line for `ocop-hq --help`: Vietnamese / English
    std::vector<OptionSpec> options;
    std::size_t min_arguments = 0;
    std::size_t max_arguments = 0;
};

struct Invocation {
    std::vector<std::string> arguments;
    std::vector<std::pair<std::string, std::string>> options;

    bool has(std::string_view name) const;
    std::optional<std::string> value(std::string_view name) const; // the last one given
};

// cli.unknown_option, cli.missing_value, cli.arguments.
Result<Invocation> parse_invocation(const CommandSpec& spec, std::span<const std::string> words);

// `ocop-hq COMMAND --help`.
std::string command_help(const CommandSpec& spec);

} // namespace ocop::hq::cli
