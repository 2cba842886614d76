#pragma once

#include "common/error.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::pos {

// What an identification-logo stamp says, signed by the office that issued it
// (docs/stamps.md). The QR on the stamp carries it as "OCOP1:" + base32 of
// the bytes, which QR encodes in its compact alphanumeric mode.
struct StampPayload {
    std::string key_id;           // which office key signed it
    std::string certification_no; // the decision number, e.g. "1693/QĐ-UBND"
    std::string gtin;             // 14 digits
    std::uint32_t serial = 0;     // the stamp's number in its roll
    int stars = 0;                // 3..5
    std::string valid_from;       // YYYY-MM-DD
    std::string valid_to;         // YYYY-MM-DD

    friend bool operator==(const StampPayload&, const StampPayload&) = default;
};

inline constexpr std::string_view kStampPrefix = "OCOP1:";

using PublicKey = std::array<unsigned char, 32>;
using SecretKey = std::array<unsigned char, 64>; // libsodium's seed + public key

struct KeyPair {
    PublicKey public_key{};
    SecretKey secret_key{};
};

KeyPair generate_key_pair();

// Signs and encodes a payload: "OCOP1:..." ready for a QR code.
// stamp.invalid_field when a field cannot be written (a key id longer than
// 16, a GTIN that is not 14 digits, stars outside 3..5, dates before 2000).
Result<std::string> sign_stamp(const StampPayload& payload, const SecretKey& secret_key);

// A stamp read back, its signature not yet checked.
struct SignedStamp {
    StampPayload payload;
    std::vector<unsigned char> signed_bytes;
    std::array<unsigned char, 64> signature{};
};

// Reads "OCOP1:..." (stamp.malformed when it is not a well-formed stamp).
Result<SignedStamp> read_stamp(std::string_view text);

// Whether the signature is the key's over the stamp's bytes.
bool signature_holds(const SignedStamp& stamp, const PublicKey& public_key);

std::string to_hex(const unsigned char* bytes, std::size_t size);
// stamp.bad_key when the text is not 2 × size hex digits.
Result<std::vector<unsigned char>> from_hex(std::string_view hex, std::size_t size);

} // namespace ocop::pos
