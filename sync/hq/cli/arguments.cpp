#include "sync/hq/cli/arguments.h"

#include <algorithm>

namespace ocop::hq::cli {

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

namespace {

std::string usage(const CommandSpec& spec) {
    return "ocop-hq (--db FILE | --pg URL) " + spec.path +
           (spec.arguments.empty() ? "" : " " + spec.arguments);
}

} // namespace

Result<Invocation> parse_invocation(const CommandSpec& spec, std::span<const std::string> words) {
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
            return fail("cli.unknown_option", "ocop-hq " + spec.path + ": unknown option " + name,
                        "Lệnh \"ocop-hq " + spec.path + "\" không có tuỳ chọn " + name +
                            ". Xem `ocop-hq " + spec.path + " --help`.");
        }
        if (option->value_name.empty()) {
            invocation.options.emplace_back(name, "");
        } else if (equals != std::string::npos) {
            invocation.options.emplace_back(name, word.substr(equals + 1));
        } else if (i + 1 < words.size()) {
            invocation.options.emplace_back(name, words[++i]);
        } else {
            return fail("cli.missing_value",
                        "ocop-hq " + spec.path + ": " + name + " needs a value (" +
                            option->value_name + ")",
                        "Tuỳ chọn " + name + " cần một giá trị (" + option->value_name + ").");
        }
    }
    if (invocation.arguments.size() < spec.min_arguments ||
        invocation.arguments.size() > spec.max_arguments) {
        return fail("cli.arguments", "usage: " + usage(spec),
                    "Cách dùng: " + usage(spec) + ". Xem `ocop-hq " + spec.path + " --help`.");
    }
    return invocation;
}

std::string command_help(const CommandSpec& spec) {
    std::string text = "Usage: " + usage(spec);
    if (!spec.options.empty())
        text += " [OPTIONS]";
    text += "\n\n" + spec.summary + "\n";
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

} // namespace ocop::hq::cli
