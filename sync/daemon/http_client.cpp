#include "sync/daemon/http_client.h"

#include "sync/protocol/gzip.h"
#include "sync/protocol/messages.h"

#include <curl/curl.h>
#include <utility>

namespace ocop::syncd {

namespace {

struct CurlDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct HeaderListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using HeaderList = std::unique_ptr<curl_slist, HeaderListDeleter>;

// Collects the answer, refusing one larger than the protocol allows (the
// data arrives inflated already: CURLOPT_ACCEPT_ENCODING).
struct Received {
    std::string body;
    bool too_large = false;
};

std::size_t receive(char* data, std::size_t size, std::size_t count, void* user) {
    auto* received = static_cast<Received*>(user);
    const std::size_t bytes = size * count;
    if (received->body.size() + bytes > sync::kMaxBodyBytes) {
        received->too_large = true;
        return 0; // libcurl stops the transfer
    }
    received->body.append(data, bytes);
    return bytes;
}

bool is_tls_failure(CURLcode code) {
    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_INVALIDCERTSTATUS:
        return true;
    default:
        return false;
    }
}

bool is_unreachable(CURLcode code) {
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
        return true;
    default:
        return false;
    }
}

Error transfer_error(CURLcode code, const std::string& detail, const std::string& url) {
    const std::string what = url + ": " + (detail.empty() ? curl_easy_strerror(code) : detail);
    if (is_tls_failure(code)) {
        return Error{"syncd.tls", "refused head office's TLS certificate or connection: " + what,
                     "Chứng chỉ bảo mật của máy chủ văn phòng không hợp lệ hoặc không đúng máy "
                     "chủ đã cấu hình, nên máy không gửi dữ liệu. Báo cho kỹ thuật viên."};
    }
    if (is_unreachable(code)) {
        return Error{"syncd.unreachable", "head office did not answer: " + what,
                     "Không kết nối được máy chủ văn phòng. Dữ liệu vẫn được lưu trên máy và sẽ "
                     "gửi khi có kết nối."};
    }
    return Error{"syncd.network", "exchange with head office failed: " + what,
                 "Trao đổi dữ liệu với máy chủ văn phòng bị lỗi. Máy sẽ thử lại."};
}

} // namespace

struct HttpClient::State {
    HqUrl url;
    HttpOptions options;
    std::string token;
    std::unique_ptr<CURL, CurlDeleter> curl;
};

HttpClient::HttpClient(std::unique_ptr<State> state) : state_(std::move(state)) {}
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;
HttpClient::~HttpClient() = default;

Result<HttpClient> HttpClient::create(std::string_view hq_url, HttpOptions options) {
    auto url = parse_hq_url(hq_url);
    if (!url)
        return fail(url.error());
    // Thread-safe and reference-counted in the libcurl of Debian 12 (7.88).
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        return fail("syncd.network", "libcurl could not be initialised",
                    "Không khởi động được thành phần mạng. Báo cho kỹ thuật viên.");
    }
    auto state = std::make_unique<State>();
    state->url = std::move(*url);
    state->options = std::move(options);
    state->curl.reset(curl_easy_init());
    if (!state->curl) {
        return fail("syncd.network", "libcurl could not make a handle",
                    "Không khởi động được thành phần mạng. Báo cho kỹ thuật viên.");
    }
    return HttpClient(std::move(state));
}

void HttpClient::set_token(std::string token) {
    state_->token = std::move(token);
}

const HqUrl& HttpClient::url() const {
    return state_->url;
}

std::string HttpClient::escape(std::string_view value) const {
    char* escaped =
        curl_easy_escape(state_->curl.get(), value.data(), static_cast<int>(value.size()));
    std::string text = escaped ? escaped : "";
    curl_free(escaped);
    return text;
}

Result<HttpResponse> HttpClient::get(std::string_view path_and_query) {
    CURL* curl = state_->curl.get();
    curl_easy_reset(curl);
    curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    return perform(path_and_query, false);
}

Result<HttpResponse> HttpClient::post_json(std::string_view path, std::string_view json,
                                           bool compress) {
    CURL* curl = state_->curl.get();
    curl_easy_reset(curl);
    // COPYPOSTFIELDS keeps libcurl's own copy, so the body outlives this call
    // if libcurl resends it on a connection that turned out dead.
    const std::string body = compress ? sync::gzip_compress(json) : std::string(json);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(curl, CURLOPT_COPYPOSTFIELDS, body.data());
    return perform(path, compress);
}

Result<HttpResponse> HttpClient::perform(std::string_view path, bool gzipped) {
    CURL* curl = state_->curl.get();
    const std::string url = state_->url.base + std::string(path);

    HeaderList headers;
    auto add_header = [&](const std::string& line) {
        headers.reset(curl_slist_append(headers.release(), line.c_str()));
    };
    add_header("Accept: application/json");
    add_header("Content-Type: application/json");
    if (gzipped)
        add_header("Content-Encoding: gzip");
    if (!state_->token.empty())
        add_header("Authorization: Bearer " + state_->token);
    add_header("Expect:"); // no 100-continue round trip for a push

    Received received;
    char error_text[CURL_ERROR_SIZE] = {};
    const auto& options = state_->options;
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "gzip");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, receive);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &received);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_text);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT,
                     static_cast<long>(options.connect_timeout.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(options.total_timeout.count()));
    // Never through a proxy from the environment: the token goes to head office only.
    curl_easy_setopt(curl, CURLOPT_PROXY, "");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (options.tls.ca_file)
        curl_easy_setopt(curl, CURLOPT_CAINFO, options.tls.ca_file->c_str());
    if (options.tls.pinned_key)
        curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, options.tls.pinned_key->c_str());

    const CURLcode code = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    if (received.too_large) {
        return fail("syncd.response_too_large",
                    url + ": the answer passed " + std::to_string(sync::kMaxBodyBytes) + " bytes",
                    "Máy chủ văn phòng trả về dữ liệu quá lớn. Báo cho kỹ thuật viên.");
    }
    if (code != CURLE_OK)
        return fail(transfer_error(code, error_text, url));
    HttpResponse response;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    response.body = std::move(received.body);
    return response;
}

} // namespace ocop::syncd
