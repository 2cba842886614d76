// libFuzzer target: the logo stamp reader and verifier on arbitrary input.
// Half the inputs are turned into base32 after "OCOP1:", so that the fuzzer
// reaches the field parser instead of stopping at the alphabet check.
#include "pos/stamp.h"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

const ocop::pos::KeyPair& key() {
    static const ocop::pos::KeyPair pair = ocop::pos::generate_key_pair();
    return pair;
}

void require(bool holds) {
    if (!holds)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    if (size > 0 && data[0] % 2 == 0) {
        static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        text = "OCOP1:";
        for (std::size_t i = 1; i < size; ++i)
            text.push_back(kAlphabet[data[i] % 32]);
    }
    auto stamp = ocop::pos::read_stamp(text);
    if (!stamp) {
        require(stamp.error().code == "stamp.malformed");
        return 0;
    }
    const auto& payload = stamp->payload;
    require(payload.gtin.size() == 14);
    require(payload.stars >= 3 && payload.stars <= 5);
    require(payload.valid_from <= payload.valid_to);
    // Whatever the fuzzer writes, it cannot hold a signature of our key.
    require(!ocop::pos::signature_holds(*stamp, key().public_key));
    // What reads as a stamp signs back to the same payload.
    auto signed_again = ocop::pos::sign_stamp(payload, key().secret_key);
    if (signed_again) {
        auto back = ocop::pos::read_stamp(*signed_again);
        require(back && back->payload == payload &&
                ocop::pos::signature_holds(*back, key().public_key));
    }
    return 0;
}
