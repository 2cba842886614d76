#pragma once

// What a printer-neutral document says, for tests that check a receipt or
// report by its words rather than its pixels.

#include "drivers/printer/document.h"

#include <string_view>
#include <variant>

namespace ocop::test {

// Whether any paragraph of the document holds `text`.
inline bool prints(const drivers::Document& document, std::string_view text) {
    for (const auto& block : document.blocks)
        if (const auto* line = std::get_if<drivers::TextBlock>(&block))
            if (line->text.find(text) != std::string::npos)
                return true;
    return false;
}

} // namespace ocop::test
