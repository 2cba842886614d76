#pragma once

#include "common/error.h"
#include "pos/gs1.h"

#include <string>
#include <string_view>

namespace ocop::pos {

// Whether a text is a web address (http:// or https://, any case), which the
// terminal reads as a GS1 Digital Link.
bool is_web_address(std::string_view text);

// Decodes %XX escapes. code.bad_digital_link for a '%' not followed by two
// hexadecimal digits.
Result<std::string> percent_decode(std::string_view text);

// Reads a GS1 Digital Link URI, such as the QR codes on packs carry:
//   https://{any host}[/{any path}]/01/{gtin}[/10/{lot}][/21/{serial}]?17=261231&3103=001250
// The GTIN may have 8, 12, 13 or 14 digits (8 is always an EAN-8). The path
// after /01/ and every query parameter named by digits are element strings,
// checked exactly as in parse_gs1 (an AI the terminal does not read is
// refused, never dropped); other query parameters (linkType, ...) are ignored.
// Errors: code.bad_digital_link (not http(s), no host, no /01/{gtin}, bad %
// escapes), and those of parse_gtin and add_element.
Result<Gs1Data> parse_digital_link(std::string_view uri, int current_year);

} // namespace ocop::pos
