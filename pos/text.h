#pragma once

// Small facts about text as people type it and scanners send it, shared by
// the readers of scans, typed numbers and imported files.

#include <string>
#include <string_view>

namespace ocop::pos {

// Without the spaces, tabs and line ends around it: scanners end what they
// send with CR, LF or TAB, and people type spaces.
std::string_view trimmed(std::string_view text);

// A-Z made a-z; every other byte (UTF-8 included) as it is.
std::string lower_ascii(std::string_view text);

} // namespace ocop::pos
