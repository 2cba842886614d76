#include "sync/protocol/gzip.h"
#include "sync/protocol/messages.h"

#include <catch2/catch.hpp>

using namespace ocop;
using nlohmann::json;

namespace {

db::OutboxEvent event(std::int64_t seq) {
    return {seq,
            "sale",
            "2026-11-29T09:00:00+07:00",
            R"({"id":"x"})",
            std::string(64, '0'),
            std::string(64, 'a')};
}

std::string push_body(json events) {
    return json{{"protocol", 1}, {"terminal", "TV01-01"}, {"events", events}}.dump();
}

} // namespace

TEST_CASE("a push request survives its JSON form unchanged", "[sync][protocol]") {
    const sync::PushRequest request{"TV01-02", {event(7), event(8)}};
    auto parsed = sync::parse_push_request(sync::to_json(request).dump());
    REQUIRE(parsed);
    CHECK(parsed->terminal == "TV01-02");
    REQUIRE(parsed->events.size() == 2);
    CHECK(parsed->events[1].seq == 8);
    CHECK(parsed->events[0].payload == R"({"id":"x"})");
    CHECK(parsed->events[0].hash == std::string(64, 'a'));
}

TEST_CASE("a message with a field this version does not know is refused", "[sync][protocol]") {
    json body = sync::to_json(sync::PushRequest{"TV01-01", {event(1)}});
    body["events"][0]["signature"] = "abc";
    auto parsed = sync::parse_push_request(body.dump());
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == "sync.bad_message");
    CHECK(parsed.error().message_en.find("signature") != std::string::npos);
}

TEST_CASE("wrong types, missing fields and other versions are refused", "[sync][protocol]") {
    json body = sync::to_json(sync::PushRequest{"TV01-01", {event(1)}});
    body["events"][0]["seq"] = "1";
    CHECK(sync::parse_push_request(body.dump()).error().code == "sync.bad_message");

    body = sync::to_json(sync::PushRequest{"TV01-01", {event(1)}});
    body.erase("terminal");
    CHECK(sync::parse_push_request(body.dump()).error().code == "sync.bad_message");

    body = sync::to_json(sync::PushRequest{"TV01-01", {event(1)}});
    body["protocol"] = 2;
    CHECK(sync::parse_push_request(body.dump()).error().code == "sync.protocol_version");

    CHECK(sync::parse_push_request("{not json").error().code == "sync.bad_message");
    CHECK(sync::parse_push_request("[1,2]").error().code == "sync.bad_message");
}

TEST_CASE("a push must be consecutive and within the batch limit", "[sync][protocol]") {
    auto gap = sync::parse_push_request(
        sync::to_json(sync::PushRequest{"T", {event(1), event(3)}}).dump());
    REQUIRE_FALSE(gap);
    CHECK(gap.error().code == "sync.bad_message");

    json events = json::array();
    for (std::int64_t seq = 1; seq <= static_cast<std::int64_t>(sync::kMaxBatchEvents) + 1; ++seq)
        events.push_back(sync::to_json(sync::PushRequest{"T", {event(seq)}})["events"][0]);
    auto too_long = sync::parse_push_request(push_body(events));
    REQUIRE_FALSE(too_long);
    CHECK(too_long.error().code == "sync.batch_too_long");
}

TEST_CASE("a changes page and an error body read back", "[sync][protocol]") {
    sync::ChangesPage page{
        {{41, "product", "TV-MO-500", json{{"sku", "TV-MO-500"}, {"price", 95000}}}}, "41", true};
    auto parsed = sync::parse_changes_page(sync::to_json(page).dump());
    REQUIRE(parsed);
    CHECK(parsed->cursor == "41");
    CHECK(parsed->more);
    REQUIRE(parsed->changes.size() == 1);
    CHECK(parsed->changes[0].body["price"] == 95000);

    sync::ProtocolError gap{409, "sync.gap", "events after 12 are missing", "Thiếu dữ liệu", 12};
    auto error = sync::parse_protocol_error(sync::to_json(gap).dump(), 409);
    REQUIRE(error);
    CHECK(error->code == "sync.gap");
    CHECK(error->acked_seq == 12);

    // A proxy's HTML page keeps the status, with a code of its own.
    auto html = sync::parse_protocol_error("<html>Bad gateway</html>", 502);
    REQUIRE(html);
    CHECK(html->status == 502);
    CHECK(html->code == "sync.http_status");
}

TEST_CASE("gzip bodies round-trip and are limited while inflating", "[sync][protocol]") {
    const std::string text(200000, 'x');
    const std::string packed = sync::gzip_compress(text);
    CHECK(packed.size() < 2000);
    auto unpacked = sync::gzip_decompress(packed, 1 << 20);
    REQUIRE(unpacked);
    CHECK(*unpacked == text);

    // A small body that would inflate past the limit is refused, not inflated.
    auto bomb = sync::gzip_decompress(packed, 100000);
    REQUIRE_FALSE(bomb);
    CHECK(bomb.error().code == "sync.body_too_large");

    auto truncated = sync::gzip_decompress(packed.substr(0, packed.size() / 2), 1 << 20);
    REQUIRE_FALSE(truncated);
    CHECK(truncated.error().code == "sync.bad_gzip");
    CHECK(sync::gzip_decompress("plain text", 1 << 20).error().code == "sync.bad_gzip");
}
