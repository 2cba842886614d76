// The daemon's pure parts: the backoff schedule, which head office
// addresses it accepts, and the token file.

#include "support/temp_dir.h"
#include "sync/daemon/backoff.h"
#include "sync/daemon/hq_url.h"
#include "sync/daemon/token_file.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace ocop::syncd;
using std::chrono::milliseconds;

TEST_CASE("the backoff ceiling doubles from one second up to five minutes", "[backoff]") {
    CHECK(backoff_ceiling(0) == milliseconds(1'000));
    CHECK(backoff_ceiling(1) == milliseconds(2'000));
    CHECK(backoff_ceiling(2) == milliseconds(4'000));
    CHECK(backoff_ceiling(8) == milliseconds(256'000));
    CHECK(backoff_ceiling(9) == milliseconds(300'000)); // 512 s, capped
    CHECK(backoff_ceiling(1'000) == milliseconds(300'000));
    CHECK(backoff_ceiling(-3) == milliseconds(1'000));
}

TEST_CASE("a backoff is a random share of its ceiling: full jitter", "[backoff]") {
    for (int attempt = 0; attempt < 40; ++attempt) {
        INFO("attempt " << attempt);
        CHECK(next_backoff(attempt, 0.0) == milliseconds(0));
        CHECK(next_backoff(attempt, 0.5) == backoff_ceiling(attempt) / 2);
        const auto highest = next_backoff(attempt, 0.999999);
        CHECK(highest <= backoff_ceiling(attempt));
        CHECK(highest >= backoff_ceiling(attempt) - milliseconds(1));
        for (double random = 0.0; random < 1.0; random += 0.037) {
            const auto wait = next_backoff(attempt, random);
            CHECK(wait >= milliseconds(0));
            CHECK(wait <= kBackoffCap);
            CHECK(wait <= backoff_ceiling(attempt));
        }
    }
    // Out-of-range randoms are clamped, never a negative or endless wait.
    CHECK(next_backoff(3, -1.0) == milliseconds(0));
    CHECK(next_backoff(3, 7.0) == milliseconds(8'000));
}

TEST_CASE("head office is reached over https, or http on this machine only", "[url]") {
    CHECK(parse_hq_url("https://hq.ocop-travinh.vn").value().host == "hq.ocop-travinh.vn");
    CHECK(parse_hq_url("https://hq.example:8443/").value().base == "https://hq.example:8443");
    CHECK(parse_hq_url("http://127.0.0.1:8080").value().host == "127.0.0.1");
    CHECK(parse_hq_url("http://127.8.9.10:1").has_value());
    CHECK(parse_hq_url("http://localhost:8080").has_value());
    CHECK(parse_hq_url("http://[::1]:8080").value().host == "::1");
    CHECK(parse_hq_url("http://10.0.0.5:8080").error().code == "syncd.insecure_url");
    CHECK(parse_hq_url("http://hq.example").error().code == "syncd.insecure_url");
    CHECK(parse_hq_url("http://128.0.0.1").error().code == "syncd.insecure_url");
    CHECK(parse_hq_url("ftp://hq.example").error().code == "syncd.bad_url");
    CHECK(parse_hq_url("hq.example").error().code == "syncd.bad_url");
    CHECK(parse_hq_url("https://user@hq.example").error().code == "syncd.bad_url");
    CHECK(parse_hq_url("https://").error().code == "syncd.bad_url");
}

TEST_CASE("the token file is readable by its owner alone, and replaced whole", "[token]") {
    ocop::test::TempDir dir;
    const auto path = dir.file("terminal.db.sync-token");
    CHECK(read_token_file(path).error().code == "syncd.no_token");

    REQUIRE(write_token_file(path, "first-token").has_value());
    struct stat info {};
    REQUIRE(stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(read_token_file(path).value() == "first-token");

    // Enrolled again: the new token replaces the old, still 0600, no leftovers.
    REQUIRE(write_token_file(path, "second-token").has_value());
    REQUIRE(stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(read_token_file(path).value() == "second-token");
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
        ++files;
    CHECK(files == 1);

    CHECK(write_token_file(dir.file("missing/folder/token"), "x").error().code ==
          "syncd.token_write_failed");
}
