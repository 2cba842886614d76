// ocop scan IMAGE...
#include "drivers/scanner/image_decoder.h"
#include "pos/cli/command.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace ocop::cli {

namespace {

int scan(Context& context, const Invocation& invocation) {
    drivers::DecoderOptions options;
    if (const auto names = invocation.value("--formats")) {
        auto formats = drivers::parse_formats(*names);
        if (!formats)
            return report(context, formats.error(), kExitUsage);
        options.formats = *formats;
    }
    const drivers::ImageDecoder decoder(options);
    nlohmann::json results = nlohmann::json::array();
    bool all_read = true;
    for (const auto& file : invocation.arguments) {
        auto decoded = drivers::decode_file(decoder, file);
        if (!decoded) {
            all_read = false;
            if (context.json)
                results.push_back({{"file", file}, {"error", decoded.error().code}});
            else
                report(context, decoded.error());
            continue;
        }
        const auto& code = decoded->code;
        all_read = all_read && code.has_value();
        if (context.json) {
            nlohmann::json entry{{"file", file}, {"found", code.has_value()}};
            if (code) {
                entry["format"] = code->format;
                entry["text"] = code->text;
                entry["pass"] = code->pass;
            }
            results.push_back(entry);
        } else if (code) {
            context.out << file << "\t" << code->format << "\t" << code->text << "\n";
        } else {
            context.out << file << "\tkhông tìm thấy mã vạch / no code found\n";
        }
    }
    if (context.json)
        print_json(context, results);
    return all_read ? kExitOk : kExitFailed;
}

} // namespace

std::vector<Command> scan_commands() {
    return {
        {{"scan",
          "IMAGE...",
          "Đọc mã vạch từ ảnh / decode barcodes in picture files (PNG, JPEG)",
          "Uses the terminal's camera decoder (every pass, no time limit). One line per\n"
          "file: the file, the format and the text, or that no code was found. Exit status 1\n"
          "when a file could not be read or had no code.",
          {{"--formats", "LIST", "chỉ tìm các loại này / only these formats (e.g. EAN-13,QRCode)"}},
          1,
          1000},
         scan},
    };
}

} // namespace ocop::cli
