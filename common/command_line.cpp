#include "common/command_line.h"

#include <algorithm>

namespace ocop {

namespace {

// "ocop catalog search TEXT": the command as its user types it.
std::string usage(const ProgramName& program, const CommandSpec& spec) {
    return program.name + " " + spec.path + (spec.arguments.empty() ? "" : " " + spec.arguments);
}

} // namespace

bool Invocation::has(std::string_view name) const {
    return std::any_of(options.begin(), options.end(),
                       [&](const auto& option) { return option.first == name; });
}

std::optional<std::string> Invocation::value(std::string_view name) const {
    for (auto it = options.rbegin(); it != options.rend(); ++it)
        if (it->first == name)
            return it->second;
    return std::nullopt;
}

std::vector<std::string> Invocation::values(std::string_view name) const {
    std::vector<std::string> found;
    for (const auto& [option, value] : options)
        if (option == name)
            found.push_back(value);
    return found;
}

Result<Invocation> parse_invocation(const ProgramName& program, const CommandSpec& spec,
                                    std::span<const std::string> words) {
    const std::string command = program.name + " " + spec.path;
    Invocation invocation;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (!word.starts_with("--") || word == "--") {
            invocation.arguments.push_back(word);
            continue;
        }
        // --name=value is the same as --name value.
        const auto equals = word.find('=');
        const std::string name = word.substr(0, equals);
        const auto option = std::find_if(spec.options.begin(), spec.options.end(),
                                         [&](const OptionSpec& o) { return o.name == name; });
        if (option == spec.options.end()) {
            return fail("cli.unknown_option", command + ": unknown option " + name,
                        "Lệnh \"" + command + "\" không có tuỳ chọn " + name + ". Xem `" + command +
                            " --help`.");
        }
        if (option->value_name.empty()) {
            invocation.options.emplace_back(name, "");
        } else if (equals != std::string::npos) {
            invocation.options.emplace_back(name, word.substr(equals + 1));
        } else if (i + 1 < words.size()) {
            invocation.options.emplace_back(name, words[++i]);
        } else {
            return fail("cli.missing_value",
                        command + ": " + name + " needs a value (" + option->value_name + ")",
                        "Tuỳ chọn " + name + " cần một giá trị (" + option->value_name + ").");
        }
    }
    if (invocation.arguments.size() < spec.min_arguments ||
        invocation.arguments.size() > spec.max_arguments) {
        return fail("cli.arguments", "usage: " + usage(program, spec),
                    "Cách dùng: " + usage(program, spec) + ". Xem `" + command + " --help`.");
    }
    return invocation;
}

std::string command_help(const ProgramName& program, const CommandSpec& spec) {
    std::string text = "Usage: " + program.name + " " + program.global_options + " " + spec.path;
    if (!spec.options.empty())
        text += " [OPTIONS]";
    if (!spec.arguments.empty())
        text += " " + spec.arguments;
    text += "\n\n" + spec.summary + "\n";
    if (!spec.details.empty())
        text += "\n" + spec.details + "\n";
    if (!spec.options.empty()) {
        text += "\nOptions:\n";
        for (const auto& option : spec.options) {
            std::string left = "  " + option.name;
            if (!option.value_name.empty())
                left += " " + option.value_name;
            if (left.size() < 26)
                left.append(26 - left.size(), ' ');
            else
                left += "\n" + std::string(26, ' ');
            text += left + option.help + "\n";
        }
    }
    return text;
}

} // namespace ocop
