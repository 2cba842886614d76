#pragma once

// gzip for request and response bodies (Content-Encoding: gzip), with the
// size limit applied while inflating so a small body cannot expand without end.

#include "common/error.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace ocop::sync {

std::string gzip_compress(std::string_view data);

// sync.body_too_large when the inflated data would pass `limit` bytes;
// sync.bad_gzip when `data` is not a gzip stream.
Result<std::string> gzip_decompress(std::string_view data, std::size_t limit);

} // namespace ocop::sync
