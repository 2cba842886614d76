#include "pos/cli/cli.h"

#include "pos/cli/command.h"

#include <algorithm>
#include <ostream>

namespace ocop::cli {

namespace {

// How the command's messages and help name the program.
const ProgramName kProgram{"ocop", "[--db FILE] [--json]"};

constexpr const char* kDefaultDatabase = "/var/lib/ocop/terminal.db";

std::string overview(const std::vector<Command>& commands) {
    std::string text =
        "ocop — lệnh quản lý máy bán hàng OCOP / the OCOP store terminal's command\n\n"
        "Usage: ocop [--db FILE] [--json] COMMAND [OPTIONS] [ARGUMENTS]\n\n"
        "Global options:\n"
        "  --db FILE     cơ sở dữ liệu của quầy / the terminal's database\n"
        "                (default $OCOP_DB, else " +
        std::string(kDefaultDatabase) +
        ")\n"
        "  --json        kết quả dạng JSON / machine-readable output (snake_case keys)\n"
        "  --help, -h    trợ giúp / this help; `ocop COMMAND --help` for a command\n\n"
        "Commands:\n";
    for (const auto& command : commands) {
        std::string left = "  " + command.spec.path;
        if (!command.spec.arguments.empty())
            left += " " + command.spec.arguments;
        if (left.size() < 30)
            left.append(30 - left.size(), ' ');
        else
            left += "\n" + std::string(30, ' ');
        text += left + command.spec.summary + "\n";
    }
    text += "\nExit status: 0 done, 1 refused or failed (the message says why), 2 bad command "
            "line,\n3 sale done but its receipt not printed (kept in the print queue).\n";
    return text;
}

// The command whose path (one or two words) the words start with; the
// longest match wins ("db check" over a hypothetical "db").
const Command* find_command(const std::vector<Command>& commands,
                            const std::vector<std::string>& words, std::size_t& used) {
    const Command* best = nullptr;
    std::size_t best_length = 0;
    for (const auto& command : commands) {
        std::vector<std::string> path;
        std::size_t start = 0;
        const std::string& text = command.spec.path;
        while (start <= text.size()) {
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

} // namespace

int run(const std::vector<std::string>& words, const std::string& environment_db,
        const pos::Clock& clock, std::ostream& out, std::ostream& err) {
    Context context{environment_db.empty() ? kDefaultDatabase : environment_db, false, out, err,
                    clock};
    bool help = false;
    std::vector<std::string> rest;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word == "--json") {
            context.json = true;
        } else if (word == "--help" || word == "-h") {
            help = true;
        } else if (word == "--db" && i + 1 < words.size()) {
            context.db_path = words[++i];
        } else if (word.starts_with("--db=")) {
            context.db_path = word.substr(5);
        } else if (word == "--db") {
            return report(context,
                          Error{"cli.missing_value", "--db needs a file name",
                                "Tuỳ chọn --db cần tên tệp cơ sở dữ liệu."},
                          kExitUsage);
        } else {
            rest.push_back(word);
        }
    }

    const auto commands = all_commands();
    std::size_t used = 0;
    const Command* command = find_command(commands, rest, used);
    if (!command) {
        if (help || rest.empty()) {
            out << overview(commands);
            return rest.empty() && !help ? kExitUsage : kExitOk;
        }
        return report(context,
                      Error{"cli.unknown_command", "unknown command: " + rest.front(),
                            "Không có lệnh \"" + rest.front() + "\". Xem `ocop --help`."},
                      kExitUsage);
    }
    if (help) {
        out << command_help(kProgram, command->spec);
        return kExitOk;
    }
    auto invocation =
        parse_invocation(kProgram, command->spec, std::span<const std::string>(rest).subspan(used));
    if (!invocation)
        return report(context, invocation.error(), kExitUsage);
    return command->run(context, *invocation);
}

} // namespace ocop::cli
