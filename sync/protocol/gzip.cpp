#include "sync/protocol/gzip.h"

#include <array>
#include <cstdint>
#include <zlib.h>

namespace ocop::sync {

namespace {

// zlib's windowBits for a gzip header and trailer rather than a bare zlib stream.
constexpr int kGzipWindowBits = 15 + 16;

Bytef* input_bytes(std::string_view data) {
    // zlib's API is not const-correct; it never writes through next_in.
    return reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
}

} // namespace

std::string gzip_compress(std::string_view data) {
    z_stream stream{};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindowBits, 8,
                 Z_DEFAULT_STRATEGY);
    stream.next_in = input_bytes(data);
    stream.avail_in = static_cast<uInt>(data.size());
    std::string out;
    std::array<char, 16384> chunk{};
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream.avail_out = static_cast<uInt>(chunk.size());
        status = deflate(&stream, Z_FINISH);
        out.append(chunk.data(), chunk.size() - stream.avail_out);
    }
    deflateEnd(&stream);
    return out;
}

Result<std::string> gzip_decompress(std::string_view data, std::size_t limit) {
    z_stream stream{};
    if (inflateInit2(&stream, kGzipWindowBits) != Z_OK)
        return fail("sync.bad_gzip", "zlib could not start inflating", "Dữ liệu nén bị hỏng.");
    stream.next_in = input_bytes(data);
    stream.avail_in = static_cast<uInt>(data.size());
    std::string out;
    std::array<char, 16384> chunk{};
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream.avail_out = static_cast<uInt>(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            return fail("sync.bad_gzip", "the body is not a complete gzip stream",
                        "Dữ liệu nén bị hỏng.");
        }
        out.append(chunk.data(), chunk.size() - stream.avail_out);
        if (out.size() > limit) {
            inflateEnd(&stream);
            return fail("sync.body_too_large",
                        "the body inflates past " + std::to_string(limit) + " bytes",
                        "Dữ liệu gửi lên quá lớn.");
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            return fail("sync.bad_gzip", "the gzip stream ends early", "Dữ liệu nén bị hỏng.");
        }
    }
    inflateEnd(&stream);
    return out;
}

} // namespace ocop::sync
