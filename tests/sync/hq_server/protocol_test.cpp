// The protocol endpoints of docs/sync.md over real HTTP to a real ocop-hq.

#include "head_office_fixture.h"
#include "sync/protocol/gzip.h"
#include "sync/protocol/messages.h"

#include <catch2/catch.hpp>

#include <set>

using namespace ocop::test;

namespace {

std::string error_code(const Reply& reply) {
    if (!reply.body.is_object() || !reply.body.contains("error"))
        return "(no error body: " + reply.text + ")";
    return reply.body["error"].value("code", "");
}

TerminalChain sales_of(const std::string& terminal, const std::string& store, int count) {
    TerminalChain chain(terminal, store);
    for (int i = 0; i < count; ++i)
        chain.add_sale();
    return chain;
}

} // namespace

TEST_CASE("a terminal enrols over HTTP once per code, and may ask again if the answer was lost") {
    HeadOfficeFixture office;
    const auto code = hq_output(office.db, {"terminal", "enroll-code", "TV01"});
    const nlohmann::json request{{"protocol", 1},
                                 {"code", code},
                                 {"terminal", "TV01-02"},
                                 {"terminal_name", "Quầy 2"},
                                 {"store", "TV01"}};
    const auto first = office.post("/v1/enroll", request.dump());
    INFO(first.text);
    REQUIRE(first.status == 200);
    CHECK(first.body.at("protocol") == 1);
    CHECK_FALSE(first.body.at("token").get<std::string>().empty());

    // The same till may ask again at once (its answer may have been lost on
    // the way): a new token, the first one revoked.
    const auto retried = office.post("/v1/enroll", request.dump());
    INFO(retried.text);
    REQUIRE(retried.status == 200);
    CHECK(retried.body.at("token") != first.body.at("token"));

    // Another till cannot use the code.
    nlohmann::json other = request;
    other["terminal"] = "TV01-01";
    const auto again = office.post("/v1/enroll", other.dump());
    REQUIRE(again.status == 403);
    CHECK(error_code(again) == "enroll.bad_code");
    CHECK(again.body.at("error").contains("message_vi"));
}

TEST_CASE(
    "a push is acknowledged, a resend is counted duplicate, a gap is refused with acked_seq") {
    HeadOfficeFixture office;
    const auto token = office.enrol("TV01-02", "TV01");
    auto chain = sales_of("TV01-02", "TV01", 5);

    const auto first = office.post("/v1/events", chain.push_body(1, 3), token);
    INFO(first.text);
    REQUIRE(first.status == 200);
    CHECK(first.body.at("acked_seq") == 3);
    CHECK(first.body.at("stored") == 3);
    CHECK(first.body.at("duplicates") == 0);

    const auto resent = office.post("/v1/events", chain.push_body(1, 3), token);
    REQUIRE(resent.status == 200);
    CHECK(resent.body.at("acked_seq") == 3);
    CHECK(resent.body.at("stored") == 0);
    CHECK(resent.body.at("duplicates") == 3);

    const auto gap = office.post("/v1/events", chain.push_body(5, 5), token);
    CHECK(gap.status == 409);
    CHECK(error_code(gap) == "sync.gap");
    CHECK(gap.body.at("acked_seq") == 3);

    const auto rest = office.post("/v1/events", chain.push_body(4, 5), token);
    REQUIRE(rest.status == 200);
    CHECK(rest.body.at("acked_seq") == 5);
}

TEST_CASE("an altered payload is refused as a broken chain and nothing of its batch is kept") {
    HeadOfficeFixture office;
    const auto token = office.enrol("TV01-02", "TV01");
    auto chain = sales_of("TV01-02", "TV01", 3);
    auto body = nlohmann::json::parse(chain.push_body(1, 3));
    auto& payload = body["events"][1]["payload"];
    auto sale = nlohmann::json::parse(payload.get<std::string>());
    sale["total"] = 1000;
    payload = sale.dump();

    const auto altered = office.post("/v1/events", body.dump(), token);
    CHECK(altered.status == 422);
    CHECK(error_code(altered) == "sync.bad_chain");
    // Nothing stored: the honest batch is all new.
    const auto honest = office.post("/v1/events", chain.push_body(1, 3), token);
    REQUIRE(honest.status == 200);
    CHECK(honest.body.at("stored") == 3);
}

TEST_CASE("the same seq with another hash is a conflict") {
    HeadOfficeFixture office;
    const auto token = office.enrol("TV01-02", "TV01");
    auto chain = sales_of("TV01-02", "TV01", 2);
    REQUIRE(office.post("/v1/events", chain.push_body(1, 2), token).status == 200);
    // Another history for the same terminal: different first sale, rehashed.
    TerminalChain other("TV01-02", "TV02");
    other.add_sale();
    const auto conflict = office.post("/v1/events", other.push_body(1, 1), token);
    CHECK(conflict.status == 409);
    CHECK(error_code(conflict) == "sync.conflict");
}

TEST_CASE("no token or a wrong one is 401, and the refusal is logged without the token") {
    HeadOfficeFixture office;
    auto chain = sales_of("TV01-02", "TV01", 1);
    const auto none = office.post("/v1/events", chain.push_body(1, 1));
    CHECK(none.status == 401);
    CHECK(error_code(none) == "auth.unknown_token");
    const std::string wrong = "not-a-token-anyone-holds-0123456789";
    const auto wrong_token = office.post("/v1/events", chain.push_body(1, 1), wrong);
    CHECK(wrong_token.status == 401);
    CHECK(error_code(wrong_token) == "auth.unknown_token");
    CHECK(office.get("/v1/changes", wrong).status == 401);
    CHECK(office.get("/v1/office/sales", wrong).status == 401);

    const auto log = office.hq.log();
    CHECK(log.find("refused 401 auth.unknown_token") != std::string::npos);
    CHECK(log.find("POST /v1/events") != std::string::npos);
    CHECK(log.find("127.0.0.1") != std::string::npos);
    CHECK(log.find(wrong) == std::string::npos);
}

TEST_CASE("a terminal token may not read the office API nor push another terminal's events") {
    HeadOfficeFixture office;
    const auto token = office.enrol("TV01-02", "TV01");
    const auto office_api = office.get("/v1/office/sales", token);
    CHECK(office_api.status == 403);
    CHECK(error_code(office_api) == "auth.office_only");
    CHECK(office.get("/v1/office/stock", token).status == 403);

    auto others = sales_of("TV01-01", "TV01", 1);
    const auto foreign = office.post("/v1/events", others.push_body(1, 1), token);
    CHECK(foreign.status == 403);
    CHECK(error_code(foreign) == "auth.wrong_terminal");
    CHECK(office.hq.log().find("refused 403 auth.office_only") != std::string::npos);
}

TEST_CASE("a body that is not a valid message is 400 and stores nothing") {
    HeadOfficeFixture office;
    const auto token = office.enrol("TV01-02", "TV01");
    auto chain = sales_of("TV01-02", "TV01", 1);

    const auto garbage = office.post("/v1/events", "{\"protocol\": 1, \"terminal\": ", token);
    CHECK(garbage.status == 400);
    CHECK(error_code(garbage) == "sync.bad_message");

    auto extra = nlohmann::json::parse(chain.push_body(1, 1));
    extra["surprise"] = true;
    CHECK(error_code(office.post("/v1/events", extra.dump(), token)) == "sync.bad_message");

    auto mistyped = nlohmann::json::parse(chain.push_body(1, 1));
    mistyped["events"][0]["seq"] = "one";
    CHECK(office.post("/v1/events", mistyped.dump(), token).status == 400);

    auto version = nlohmann::json::parse(chain.push_body(1, 1));
    version["protocol"] = 2;
    const auto future = office.post("/v1/events", version.dump(), token);
    CHECK(future.status == 400);
    CHECK(error_code(future) == "sync.protocol_version");

    const auto stored = office.post("/v1/events", chain.push_body(1, 1), token);
    REQUIRE(stored.status == 200);
    CHECK(stored.body.at("stored") == 1);
}

TEST_CASE("a body over 8 MiB is 413, raw or after gunzip") {
    HeadOfficeFixture office;
    const auto token = office.enrol("TV01-02", "TV01");
    const std::string huge(ocop::sync::kMaxBodyBytes + 1, ' ');
    const auto raw = office.post("/v1/events", huge, token);
    CHECK(raw.status == 413);
    CHECK(error_code(raw) == "sync.body_too_large");

    // 9 MiB of spaces gzip to a few kilobytes: the limit is on what it inflates to.
    const auto bomb = ocop::sync::gzip_compress(std::string(9u << 20, ' '));
    REQUIRE(bomb.size() < ocop::sync::kMaxBodyBytes);
    httplib::Client client("127.0.0.1", office.hq.port);
    const auto inflated = reply_of(client.Post(
        "/v1/events",
        httplib::Headers{{"Authorization", "Bearer " + token}, {"Content-Encoding", "gzip"}}, bomb,
        "application/json"));
    CHECK(inflated.status == 413);
    CHECK(error_code(inflated) == "sync.body_too_large");
}

TEST_CASE("a gzip request body is accepted and a gzip answer given to who asks") {
    HeadOfficeFixture office;
    const auto token = office.enrol("TV01-02", "TV01");
    auto chain = sales_of("TV01-02", "TV01", 3);
    const auto pushed = office.post("/v1/events", ocop::sync::gzip_compress(chain.push_body(1, 3)),
                                    token, {{"Content-Encoding", "gzip"}});
    INFO(pushed.text);
    REQUIRE(pushed.status == 200);
    CHECK(pushed.body.at("stored") == 3);

    httplib::Client raw("127.0.0.1", office.hq.port);
    raw.set_decompress(false);
    const auto result =
        raw.Get("/v1/changes?limit=50", httplib::Headers{{"Authorization", "Bearer " + token},
                                                         {"Accept-Encoding", "gzip"}});
    REQUIRE(result);
    REQUIRE(result->status == 200);
    CHECK(result->get_header_value("Content-Encoding") == "gzip");
    const auto body = ocop::sync::gzip_decompress(result->body, ocop::sync::kMaxBodyBytes);
    REQUIRE(body);
    const auto page = ocop::sync::parse_changes_page(*body);
    REQUIRE(page);
    CHECK_FALSE(page->changes.empty());

    const auto plain = raw.Get("/v1/changes?limit=50", bearer(token));
    REQUIRE(plain);
    CHECK_FALSE(plain->has_header("Content-Encoding"));
    CHECK(ocop::sync::parse_changes_page(plain->body));
}

TEST_CASE("changes come in pages that end with more false, each change once") {
    HeadOfficeFixture office;
    const auto token = office.enrol("TV01-02", "TV01");
    std::string cursor;
    std::set<std::int64_t> seen;
    std::int64_t last_id = 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        REQUIRE(pages < 1000);
        const auto reply = office.get("/v1/changes?limit=7&since=" + cursor, token);
        INFO(reply.text);
        REQUIRE(reply.status == 200);
        const auto page = ocop::sync::parse_changes_page(reply.text);
        REQUIRE(page);
        CHECK(page->changes.size() <= 7);
        for (const auto& change : page->changes) {
            CHECK(change.id > last_id);
            CHECK(seen.insert(change.id).second);
            last_id = change.id;
        }
        more = page->more;
        cursor = page->cursor;
    }
    CHECK(pages > 1); // the sample's catalogue takes more than one page of 7
    // Nothing new: an empty page at the same cursor.
    const auto after =
        ocop::sync::parse_changes_page(office.get("/v1/changes?since=" + cursor, token).text);
    REQUIRE(after);
    CHECK(after->changes.empty());
    CHECK_FALSE(after->more);

    CHECK(office.get("/v1/changes?limit=zero", token).status == 400);
    CHECK(office.get("/v1/changes?colour=blue", token).status == 400);
    CHECK(office.get("/v1/nothing-here", token).status == 404);
}
