#pragma once

// A head office with the Trà Vinh sample, served by a real `ocop-hq serve`
// on loopback, and a plain HTTP client for it.

#include "hq_process.h"
#include "terminal_events.h"

#include <nlohmann/json.hpp>

#include <httplib.h>
#include <string>

namespace ocop::test {

struct Reply {
    int status = 0;
    nlohmann::json body; // null when the body is not JSON
    std::string text;
    httplib::Headers headers;
};

class HeadOfficeFixture {
public:
    HeadOfficeFixture();

    TempDir dir;
    std::filesystem::path db;
    HqProcess hq;
    httplib::Client client;

    // Enrols `terminal` of `store` over HTTP with a fresh code; its token.
    std::string enrol(const std::string& terminal, const std::string& store);
    // A head office token, from the command line.
    std::string office_token();

    Reply post(const std::string& path, const std::string& body, const std::string& token = "",
               const httplib::Headers& extra = {});
    Reply get(const std::string& path, const std::string& token = "",
              const httplib::Headers& extra = {});
};

Reply reply_of(const httplib::Result& result);
httplib::Headers bearer(const std::string& token);

} // namespace ocop::test
