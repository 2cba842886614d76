#include "sync/hq/cli/cli.h"

#include "sync/hq/cli/command.h"

#include <algorithm>
#include <optional>
#include <ostream>

namespace ocop::hq::cli {

namespace {

// How the command's messages and help name the program.
const ProgramName kProgram{"ocop-hq", "(--db FILE | --pg URL)"};

std::string overview(const std::vector<Command>& commands) {
    std::string text =
        "ocop-hq — máy chủ và lệnh quản trị của trụ sở chuỗi cửa hàng OCOP\n"
        "ocop-hq — the OCOP store chain's head office server and administration\n\n"
        "Usage: ocop-hq (--db FILE | --pg URL) COMMAND [OPTIONS] [ARGUMENTS]\n\n"
        "Storage (exactly one, before the command):\n"
        "  --db FILE     tệp SQLite của trụ sở / head office's SQLite file\n"
        "  --pg URL      cơ sở dữ liệu PostgreSQL / a PostgreSQL connection URL\n"
        "  --help, -h    trợ giúp / this help; `ocop-hq COMMAND --help` for a command\n\n"
        "Commands:\n";
    for (const auto& command : commands) {
        std::string left = "  " + command.spec.path;
        if (!command.spec.arguments.empty())
            left += " " + command.spec.arguments;
        if (left.size() < 34)
            left.append(34 - left.size(), ' ');
        else
            left += "\n" + std::string(34, ' ');
        text += left + command.spec.summary + "\n";
    }
    text += "\n\"Now\" is the local time (UTC+07:00), or $OCOP_NOW "
            "(2026-11-29T09:00:00+07:00) when set.\n"
            "Exit status: 0 done, 1 refused or failed (the message says why), 2 bad command "
            "line.\n";
    return text;
}

// The command whose path (one or two words) the words start with.
const Command* find_command(const std::vector<Command>& commands,
                            const std::vector<std::string>& words, std::size_t& used) {
    const Command* best = nullptr;
    std::size_t best_length = 0;
    for (const auto& command : commands) {
        std::vector<std::string> path;
        const std::string& text = command.spec.path;
        for (std::size_t start = 0; start <= text.size();) {
            const auto end = std::min(text.find(' ', start), text.size());
            path.push_back(text.substr(start, end - start));
            start = end + 1;
        }
        if (path.size() > words.size() || path.size() <= best_length)
            continue;
        if (std::equal(path.begin(), path.end(), words.begin())) {
            best = &command;
            best_length = path.size();
        }
    }
    used = best_length;
    return best;
}

Error usage_error(std::string code, std::string english, std::string vietnamese) {
    return Error{std::move(code), std::move(english), std::move(vietnamese)};
}

} // namespace

int run(const std::vector<std::string>& words, const LocalClock& clock, std::ostream& out,
        std::ostream& err) {
    Context context{StorageLocation{}, out, err, clock};
    std::optional<StorageLocation> storage;
    bool storage_twice = false;
    bool help = false;
    std::vector<std::string> rest;
    std::size_t i = 0;
    // Global options come before the command; after it, every word is the
    // command's (so a command may have options of its own named alike).
    for (; i < words.size() && words[i].starts_with("-"); ++i) {
        const std::string& word = words[i];
        if (word == "--help" || word == "-h") {
            help = true;
        } else if ((word == "--db" || word == "--pg") && i + 1 < words.size()) {
            storage_twice = storage_twice || storage.has_value();
            storage = StorageLocation{word == "--db" ? StorageLocation::Kind::sqlite
                                                     : StorageLocation::Kind::postgres,
                                      words[++i]};
        } else if (word == "--db" || word == "--pg") {
            return report(context,
                          usage_error("cli.missing_value", word + " needs a value",
                                      "Tuỳ chọn " + word + " cần một giá trị."),
                          kExitUsage);
        } else {
            return report(context,
                          usage_error("cli.unknown_option", "unknown option " + word,
                                      "Không có tuỳ chọn " + word + ". Xem `ocop-hq --help`."),
                          kExitUsage);
        }
    }
    for (; i < words.size(); ++i) {
        if (words[i] == "--help" || words[i] == "-h")
            help = true;
        else
            rest.push_back(words[i]);
    }

    const auto commands = all_commands();
    std::size_t used = 0;
    const Command* command = find_command(commands, rest, used);
    if (!command) {
        if (help || rest.empty()) {
            out << overview(commands);
            return help ? kExitOk : kExitUsage;
        }
        return report(context,
                      usage_error("cli.unknown_command", "unknown command: " + rest.front(),
                                  "Không có lệnh \"" + rest.front() + "\". Xem `ocop-hq --help`."),
                      kExitUsage);
    }
    if (help) {
        out << command_help(kProgram, command->spec);
        return kExitOk;
    }
    if (!storage || storage_twice || storage->target.empty()) {
        return report(context,
                      usage_error("hq.storage_option",
                                  "give exactly one of --db FILE or --pg URL, before the command",
                                  "Cần đúng một trong hai tuỳ chọn --db FILE hoặc --pg URL, đặt "
                                  "trước tên lệnh."),
                      kExitUsage);
    }
    context.storage = *storage;
    auto invocation =
        parse_invocation(kProgram, command->spec, std::span<const std::string>(rest).subspan(used));
    if (!invocation)
        return report(context, invocation.error(), kExitUsage);
    return command->run(context, *invocation);
}

} // namespace ocop::hq::cli
