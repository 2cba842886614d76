#pragma once

// A command of a command-line program (`ocop`, `ocop-hq`): what it accepts,
// how the words after its name are read, and its `--help` text. Nothing here
// knows a command; pos/cli and sync/hq/cli each list their own.

#include "common/error.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ocop {

// Which program the messages name: "ocop" and the global options its usage
// line shows before a command ("[--db FILE] [--json]").
struct ProgramName {
    std::string name;
    std::string global_options;
};

struct OptionSpec {
    std::string name;       // "--scan"
    std::string value_name; // "CODE"; empty for a flag that takes no value
    std::string help;       // Vietnamese first, then English
};

// What a command accepts, and its help text.
struct CommandSpec {
    std::string path;      // "catalog search"
    std::string arguments; // "TEXT", shown in the usage line
    std::string summary;   // one line, for `PROGRAM --help`
    std::string details;   // paragraphs for `PROGRAM COMMAND --help`
    std::vector<OptionSpec> options;
    std::size_t min_arguments = 0;
    std::size_t max_arguments = 0;
};

// A command line as given: positional arguments, and options in the order
// they came (`ocop sell` reads `--scan A --qty 2 --scan B` in order).
struct Invocation {
    std::vector<std::string> arguments;
    std::vector<std::pair<std::string, std::string>> options;

    bool has(std::string_view name) const;
    std::optional<std::string> value(std::string_view name) const; // the last one given
    std::vector<std::string> values(std::string_view name) const;
};

// Parses the words after the command's name against its spec: cli.unknown_option,
// cli.missing_value, cli.arguments (too few or too many).
Result<Invocation> parse_invocation(const ProgramName& program, const CommandSpec& spec,
                                    std::span<const std::string> words);

// The `--help` text of a command.
std::string command_help(const ProgramName& program, const CommandSpec& spec);

} // namespace ocop
