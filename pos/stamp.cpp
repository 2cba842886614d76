#include "pos/stamp.h"

#include "pos/clock.h"

#include <sodium.h>

#include <chrono>

namespace ocop::pos {

namespace {

// Payload layout, version 1 (big-endian; docs/stamps.md):
//   u8 version | u8 len, key id | u8 len, certification number (UTF-8) |
//   u56 GTIN | u32 serial | u8 stars | u16 valid from | u16 valid to |
//   64 bytes Ed25519 signature over everything before it.
// Dates are days since 2000-01-01.
constexpr std::uint8_t kVersion = 1;
constexpr std::size_t kSignatureSize = 64;
constexpr std::chrono::sys_days kEpoch{std::chrono::year{2000} / 1 / 1};

constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

Error malformed(std::string_view why) {
    return Error{"stamp.malformed", "not a well-formed OCOP stamp: " + std::string(why),
                 "Mã tem không đúng định dạng tem nhận diện OCOP — có thể là tem giả hoặc in "
                 "hỏng."};
}

Error invalid_field(std::string_view why) {
    return Error{"stamp.invalid_field", "cannot write stamp: " + std::string(why),
                 "Không tạo được tem: " + std::string(why) + "."};
}

void put(std::vector<unsigned char>& out, std::uint64_t value, int bytes) {
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        out.push_back(static_cast<unsigned char>((value >> shift) & 0xff));
}

void put_text(std::vector<unsigned char>& out, std::string_view text) {
    out.push_back(static_cast<unsigned char>(text.size()));
    out.insert(out.end(), text.begin(), text.end());
}

Result<std::uint16_t> day_number(std::string_view date) {
    auto days = to_days(date);
    if (!days)
        return fail(invalid_field("bad date " + std::string(date)));
    const auto count = (*days - kEpoch).count();
    if (count < 0 || count > 0xffff)
        return fail(invalid_field("date out of range " + std::string(date)));
    return static_cast<std::uint16_t>(count);
}

std::string date_of(std::uint16_t days) {
    return to_date(kEpoch + std::chrono::days{days});
}

std::string base32(const std::vector<unsigned char>& bytes) {
    std::string text;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            text.push_back(kBase32[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        text.push_back(kBase32[(buffer << (5 - bits)) & 31]);
    return text;
}

Result<std::vector<unsigned char>> unbase32(std::string_view text) {
    std::vector<unsigned char> bytes;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const auto value = kBase32.find(c);
        if (value == std::string_view::npos)
            return fail(malformed("character outside base32"));
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        if (bits >= 8) {
            bytes.push_back(static_cast<unsigned char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    // The bits left over must be the zero padding: otherwise two texts would
    // read as the same stamp, and a copy could pass for a different one.
    if (bits >= 5 || (buffer & ((1u << bits) - 1)) != 0)
        return fail(malformed("non-canonical base32"));
    return bytes;
}

// Reads the payload fields in order, refusing to run past the end.
class Reader {
public:
    explicit Reader(const std::vector<unsigned char>& bytes, std::size_t end)
        : bytes_(bytes), end_(end) {}

    bool number(int size, std::uint64_t& value) {
        if (at_ + static_cast<std::size_t>(size) > end_)
            return false;
        value = 0;
        for (int i = 0; i < size; ++i)
            value = (value << 8) | bytes_[at_++];
        return true;
    }
    bool text(std::string& value) {
        std::uint64_t size = 0;
        if (!number(1, size) || at_ + size > end_)
            return false;
        value.assign(bytes_.begin() + static_cast<std::ptrdiff_t>(at_),
                     bytes_.begin() + static_cast<std::ptrdiff_t>(at_ + size));
        at_ += size;
        return true;
    }
    bool done() const { return at_ == end_; }

private:
    const std::vector<unsigned char>& bytes_;
    std::size_t end_;
    std::size_t at_ = 0;
};

bool all_digits(std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

} // namespace

KeyPair generate_key_pair() {
    if (sodium_init() < 0)
        std::abort(); // no randomness: nothing safe to do
    KeyPair pair;
    crypto_sign_keypair(pair.public_key.data(), pair.secret_key.data());
    return pair;
}

Result<std::string> sign_stamp(const StampPayload& payload, const SecretKey& secret_key) {
    if (payload.key_id.empty() || payload.key_id.size() > 16)
        return fail(invalid_field("key id must be 1 to 16 characters"));
    if (payload.certification_no.empty() || payload.certification_no.size() > 64)
        return fail(invalid_field("certification number must be 1 to 64 bytes"));
    if (payload.gtin.size() != 14 || !all_digits(payload.gtin))
        return fail(invalid_field("GTIN must be 14 digits"));
    if (payload.stars < 3 || payload.stars > 5)
        return fail(invalid_field("stars must be 3 to 5"));
    auto from = day_number(payload.valid_from);
    auto to = day_number(payload.valid_to);
    if (!from || !to)
        return fail(from ? to.error() : from.error());

    std::vector<unsigned char> bytes{kVersion};
    put_text(bytes, payload.key_id);
    put_text(bytes, payload.certification_no);
    put(bytes, std::stoull(payload.gtin), 7);
    put(bytes, payload.serial, 4);
    put(bytes, static_cast<std::uint64_t>(payload.stars), 1);
    put(bytes, *from, 2);
    put(bytes, *to, 2);
    std::array<unsigned char, kSignatureSize> signature{};
    crypto_sign_detached(signature.data(), nullptr, bytes.data(), bytes.size(), secret_key.data());
    bytes.insert(bytes.end(), signature.begin(), signature.end());
    return std::string(kStampPrefix) + base32(bytes);
}

Result<SignedStamp> read_stamp(std::string_view text) {
    if (!text.starts_with(kStampPrefix))
        return fail(malformed("does not start with OCOP1:"));
    auto bytes = unbase32(text.substr(kStampPrefix.size()));
    if (!bytes)
        return fail(bytes.error());
    if (bytes->size() < 1 + kSignatureSize)
        return fail(malformed("too short"));
    const std::size_t end = bytes->size() - kSignatureSize;
    Reader reader(*bytes, end);
    SignedStamp stamp;
    std::uint64_t version = 0, gtin = 0, serial = 0, stars = 0, from = 0, to = 0;
    if (!reader.number(1, version) || version != kVersion)
        return fail(malformed("unknown version"));
    if (!reader.text(stamp.payload.key_id) || !reader.text(stamp.payload.certification_no) ||
        !reader.number(7, gtin) || !reader.number(4, serial) || !reader.number(1, stars) ||
        !reader.number(2, from) || !reader.number(2, to) || !reader.done()) {
        return fail(malformed("fields do not add up"));
    }
    if (gtin > 99'999'999'999'999ULL || stars < 3 || stars > 5 || to < from)
        return fail(malformed("field out of range"));
    std::string digits = std::to_string(gtin);
    stamp.payload.gtin = std::string(14 - digits.size(), '0') + digits;
    stamp.payload.serial = static_cast<std::uint32_t>(serial);
    stamp.payload.stars = static_cast<int>(stars);
    stamp.payload.valid_from = date_of(static_cast<std::uint16_t>(from));
    stamp.payload.valid_to = date_of(static_cast<std::uint16_t>(to));
    stamp.signed_bytes.assign(bytes->begin(), bytes->begin() + static_cast<std::ptrdiff_t>(end));
    std::copy(bytes->begin() + static_cast<std::ptrdiff_t>(end), bytes->end(),
              stamp.signature.begin());
    return stamp;
}

bool signature_holds(const SignedStamp& stamp, const PublicKey& public_key) {
    if (sodium_init() < 0)
        return false;
    return crypto_sign_verify_detached(stamp.signature.data(), stamp.signed_bytes.data(),
                                       stamp.signed_bytes.size(), public_key.data()) == 0;
}

std::string to_hex(const unsigned char* bytes, std::size_t size) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    for (std::size_t i = 0; i < size; ++i) {
        hex.push_back(kDigits[bytes[i] >> 4]);
        hex.push_back(kDigits[bytes[i] & 0x0f]);
    }
    return hex;
}

Result<std::vector<unsigned char>> from_hex(std::string_view hex, std::size_t size) {
    std::vector<unsigned char> bytes(size);
    std::size_t written = 0;
    if (hex.size() != size * 2 ||
        sodium_hex2bin(bytes.data(), size, hex.data(), hex.size(), nullptr, &written, nullptr) !=
            0 ||
        written != size) {
        return fail("stamp.bad_key", "not a key of " + std::to_string(size) + " bytes in hex",
                    "Khoá không hợp lệ (cần " + std::to_string(size * 2) + " ký tự hex).");
    }
    return bytes;
}

} // namespace ocop::pos
