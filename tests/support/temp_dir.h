#pragma once

#include <filesystem>

namespace ocop::test {

// A fresh folder under the system's temporary directory, removed with
// everything in it when the object goes away. Tests put real SQLite files here.
class TempDir {
public:
    TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir();

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path file(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

} // namespace ocop::test
