#include "pos/stamp.h"
#include "support/expect.h"

#include <catch2/catch.hpp>

using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;

namespace {

StampPayload sample_payload() {
    StampPayload payload;
    payload.key_id = "TV25";
    payload.certification_no = "2164/QĐ-BNNMT";
    payload.gtin = "08936010100114";
    payload.serial = 123456;
    payload.stars = 5;
    payload.valid_from = "2026-06-05";
    payload.valid_to = "2029-06-04";
    return payload;
}

} // namespace

TEST_CASE("a signed stamp reads back exactly and verifies with its key", "[stamp]") {
    const KeyPair key = generate_key_pair();
    const std::string text = must(sign_stamp(sample_payload(), key.secret_key));
    CHECK(text.starts_with("OCOP1:"));
    // Only QR's alphanumeric characters, so the code stays small.
    CHECK(text.substr(6).find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") ==
          std::string::npos);
    CHECK(text.size() < 180); // fits a version 7 QR at error correction M

    const SignedStamp stamp = must(read_stamp(text));
    CHECK(stamp.payload == sample_payload());
    CHECK(signature_holds(stamp, key.public_key));
    CHECK_FALSE(signature_holds(stamp, generate_key_pair().public_key));
}

TEST_CASE("a stamp changed in any byte no longer verifies", "[stamp]") {
    const KeyPair key = generate_key_pair();
    const std::string text = must(sign_stamp(sample_payload(), key.secret_key));
    int readable_forgeries = 0;
    for (std::size_t i = 6; i < text.size(); ++i) {
        std::string forged = text;
        forged[i] = forged[i] == 'A' ? 'B' : 'A';
        auto stamp = read_stamp(forged);
        if (!stamp)
            continue; // unreadable is refused too, as stamp.malformed
        ++readable_forgeries;
        INFO("position " << i);
        CHECK_FALSE(signature_holds(*stamp, key.public_key));
    }
    CHECK(readable_forgeries > 100);
}

TEST_CASE("a stamp with a bigger serial or more stars cannot be made without the key", "[stamp]") {
    const KeyPair key = generate_key_pair();
    SignedStamp stamp = must(read_stamp(must(sign_stamp(sample_payload(), key.secret_key))));
    StampPayload better = stamp.payload;
    better.stars = 5;
    better.valid_to = "2035-12-31";
    const std::string resigned = must(sign_stamp(better, generate_key_pair().secret_key));
    CHECK_FALSE(signature_holds(must(read_stamp(resigned)), key.public_key));
}

TEST_CASE("what cannot be a stamp is refused, never read as one", "[stamp][failure]") {
    for (const char* text : {"", "OCOP1:", "OCOP2:AAAA", "8936010100114", "OCOP1:abc",
                             "OCOP1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "OCOP1:11111111"}) {
        INFO(text);
        CHECK(error_code(read_stamp(text)) == "stamp.malformed");
    }
    const KeyPair key = generate_key_pair();
    const std::string good = must(sign_stamp(sample_payload(), key.secret_key));
    CHECK(error_code(read_stamp(good.substr(0, good.size() - 10))) == "stamp.malformed");
    CHECK(error_code(read_stamp(good + "AAAA")) == "stamp.malformed");
}

TEST_CASE("fields a stamp cannot carry are refused when signing", "[stamp][failure]") {
    const KeyPair key = generate_key_pair();
    auto with = [&](auto change) {
        StampPayload payload = sample_payload();
        change(payload);
        return error_code(sign_stamp(payload, key.secret_key));
    };
    CHECK(with([](StampPayload& p) { p.gtin = "8936010100114"; }) == "stamp.invalid_field");
    CHECK(with([](StampPayload& p) { p.stars = 2; }) == "stamp.invalid_field");
    CHECK(with([](StampPayload& p) { p.key_id = "KEY-ID-LONGER-THAN-16"; }) ==
          "stamp.invalid_field");
    CHECK(with([](StampPayload& p) { p.valid_to = "2026-02-30"; }) == "stamp.invalid_field");
    CHECK(with([](StampPayload& p) { p.valid_from = "1999-12-31"; }) == "stamp.invalid_field");
}

TEST_CASE("keys travel as hex", "[stamp]") {
    const KeyPair key = generate_key_pair();
    const std::string hex = to_hex(key.public_key.data(), key.public_key.size());
    CHECK(hex.size() == 64);
    const auto back = must(from_hex(hex, 32));
    CHECK(std::equal(back.begin(), back.end(), key.public_key.begin()));
    CHECK(error_code(from_hex(hex.substr(2), 32)) == "stamp.bad_key");
    CHECK(error_code(from_hex(std::string(64, 'g'), 32)) == "stamp.bad_key");
}

TEST_CASE("only one text reads as a given stamp", "[stamp][failure]") {
    // 101 bytes are 808 bits: the last base32 character carries 3 bits of
    // data and 2 of zero padding. Setting a padding bit must not give a
    // second text for the same, still validly signed, stamp.
    const KeyPair key = generate_key_pair();
    const std::string text = must(sign_stamp(sample_payload(), key.secret_key));
    constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::string twin = text;
    twin.back() = kAlphabet[kAlphabet.find(text.back()) ^ 1];
    CHECK(error_code(read_stamp(twin)) == "stamp.malformed");
}
