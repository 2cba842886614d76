#pragma once

// Bearer tokens and enrolment codes: made from libsodium's random bytes and
// kept at head office only as their SHA-256, so a copy of its database
// gives nobody a working credential.

#include <string>
#include <string_view>

namespace ocop::hq {

// 32 random bytes in lower-case hex (64 characters).
std::string new_token();

// 12 Crockford base32 characters (60 random bits) as XXXX-XXXX-XXXX:
// no I, L, O or U, so a person can read it off paper and type it.
std::string new_enrolment_code();

// A typed code as it is hashed: dashes and spaces dropped, upper case, and
// the letters people confuse read as Crockford says (O -> 0, I and L -> 1).
std::string normalise_enrolment_code(std::string_view typed);

// SHA-256 of the text, lower-case hex.
std::string sha256_hex(std::string_view text);

} // namespace ocop::hq
