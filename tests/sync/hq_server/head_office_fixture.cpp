#include "head_office_fixture.h"

#include <catch2/catch.hpp>

namespace ocop::test {

HeadOfficeFixture::HeadOfficeFixture()
    : db(sample_head_office(dir)), hq(db, dir.file("hq.log")), client("127.0.0.1", hq.port) {
    client.set_read_timeout(60, 0);
}

Reply reply_of(const httplib::Result& result) {
    INFO("HTTP error: " << httplib::to_string(result.error()));
    REQUIRE(result);
    Reply reply;
    reply.status = result->status;
    reply.text = result->body;
    reply.headers = result->headers;
    reply.body = nlohmann::json::parse(result->body, nullptr, false);
    if (reply.body.is_discarded())
        reply.body = nullptr;
    return reply;
}

httplib::Headers bearer(const std::string& token) {
    return token.empty() ? httplib::Headers{}
                         : httplib::Headers{{"Authorization", "Bearer " + token}};
}

Reply HeadOfficeFixture::post(const std::string& path, const std::string& body,
                              const std::string& token, const httplib::Headers& extra) {
    auto headers = bearer(token);
    headers.insert(extra.begin(), extra.end());
    return reply_of(client.Post(path.c_str(), headers, body, "application/json"));
}

Reply HeadOfficeFixture::get(const std::string& path, const std::string& token,
                             const httplib::Headers& extra) {
    auto headers = bearer(token);
    headers.insert(extra.begin(), extra.end());
    return reply_of(client.Get(path.c_str(), headers));
}

std::string HeadOfficeFixture::enrol(const std::string& terminal, const std::string& store) {
    const auto code = hq_output(db, {"terminal", "enroll-code", store});
    const nlohmann::json request{{"protocol", 1},
                                 {"code", code},
                                 {"terminal", terminal},
                                 {"terminal_name", "Quầy " + terminal.substr(terminal.size() - 1)},
                                 {"store", store}};
    const auto reply = post("/v1/enroll", request.dump());
    INFO(reply.text);
    REQUIRE(reply.status == 200);
    CHECK(reply.body.at("terminal") == terminal);
    CHECK(reply.body.at("store") == store);
    return reply.body.at("token").get<std::string>();
}

std::string HeadOfficeFixture::office_token() {
    return hq_output(db, {"token", "create", "test"});
}

} // namespace ocop::test
