#include "sync/hq/secrets.h"

#include <sodium.h>

#include <array>
#include <cstdint>
#include <cstdlib>

namespace ocop::hq {

namespace {

constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

std::string hex(const unsigned char* bytes, std::size_t size) {
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes, size);
    out.pop_back();
    return out;
}

void ensure_sodium() {
    // sodium_init is safe to call again and from several threads; it picks
    // the random source on first use.
    if (sodium_init() < 0)
        std::abort(); // no random source at all: no credential may be made
}

} // namespace

std::string new_token() {
    ensure_sodium();
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return hex(bytes.data(), bytes.size());
}

std::string new_enrolment_code() {
    ensure_sodium();
    std::string code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code += '-';
        code += kCrockford[randombytes_uniform(static_cast<std::uint32_t>(kCrockford.size()))];
    }
    return code;
}

std::string normalise_enrolment_code(std::string_view typed) {
    std::string code;
    for (char c : typed) {
        if (c == '-' || c == ' ')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O')
            c = '0';
        else if (c == 'I' || c == 'L')
            c = '1';
        code += c;
    }
    return code;
}

std::string sha256_hex(std::string_view text) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()),
                       text.size());
    return hex(digest.data(), digest.size());
}

} // namespace ocop::hq
