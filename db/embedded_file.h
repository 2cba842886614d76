#pragma once

#include <string_view>
#include <vector>

namespace ocop::db {

// A text file compiled into the program (see cmake/embed_files.cmake).
struct EmbeddedFile {
    std::string_view name;
    std::string_view contents;
};

} // namespace ocop::db
