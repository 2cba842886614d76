#include "sync/daemon/token_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace ocop::syncd {

namespace {

std::unexpected<Error> write_failed(const std::filesystem::path& path, int error_number) {
    return fail("syncd.token_write_failed",
                "could not write the token file " + path.string() + ": " +
                    std::strerror(error_number),
                "Không ghi được tệp khoá đồng bộ " + path.string() +
                    ". Kiểm tra quyền ghi thư mục (chạy lệnh bằng tài khoản của dịch vụ ocop).");
}

// Closes the descriptor and removes the half-written file on any early return.
class TemporaryFile {
public:
    explicit TemporaryFile(std::string pattern) : name_(std::move(pattern)) {
        fd_ = mkstemp(name_.data()); // O_CREAT | O_EXCL, mode 0600
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (fd_ >= 0)
            close(fd_);
        if (!kept_)
            unlink(name_.c_str());
    }
    int fd() const { return fd_; }
    const std::string& name() const { return name_; }
    int close_now() {
        const int rc = close(fd_);
        fd_ = -1;
        return rc;
    }
    void keep() { kept_ = true; }

private:
    std::string name_;
    int fd_ = -1;
    bool kept_ = false;
};

} // namespace

Result<void> write_token_file(const std::filesystem::path& path, std::string_view token) {
    TemporaryFile file(path.string() + ".XXXXXX");
    if (file.fd() < 0)
        return write_failed(path, errno);
    // mkstemp already makes it 0600; say so anyway whatever the umask did.
    if (fchmod(file.fd(), S_IRUSR | S_IWUSR) != 0)
        return write_failed(path, errno);
    const std::string text = std::string(token) + "\n";
    std::size_t written = 0;
    while (written < text.size()) {
        const auto n = write(file.fd(), text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return write_failed(path, errno);
        written += static_cast<std::size_t>(n);
    }
    if (fsync(file.fd()) != 0)
        return write_failed(path, errno);
    if (file.close_now() != 0)
        return write_failed(path, errno);
    if (rename(file.name().c_str(), path.c_str()) != 0)
        return write_failed(path, errno);
    file.keep();
    return {};
}

Result<std::string> read_token_file(const std::filesystem::path& path) {
    std::error_code missing;
    if (!std::filesystem::exists(path, missing)) {
        return fail("syncd.no_token",
                    "no token file " + path.string() + ": enrol the till (ocop enroll URL CODE)",
                    "Máy bán hàng chưa đăng ký với văn phòng (không có tệp khoá đồng bộ). Chạy "
                    "`ocop enroll ĐỊA_CHỈ MÃ`.");
    }
    std::ifstream in(path);
    std::string token;
    if (!in || !std::getline(in, token)) {
        if (in.is_open() && token.empty() && in.eof()) {
            return fail("syncd.no_token", "the token file " + path.string() + " is empty",
                        "Tệp khoá đồng bộ trống. Đăng ký lại máy bằng `ocop enroll ĐỊA_CHỈ MÃ`.");
        }
        return fail("syncd.token_unreadable",
                    "cannot read the token file " + path.string() +
                        " (is it owned by the user the daemon runs as?)",
                    "Không đọc được tệp khoá đồng bộ " + path.string() +
                        ". Báo cho kỹ thuật viên (quyền của tệp).");
    }
    while (!token.empty() && (token.back() == '\r' || token.back() == ' '))
        token.pop_back();
    if (token.empty()) {
        return fail("syncd.no_token", "the token file " + path.string() + " is empty",
                    "Tệp khoá đồng bộ trống. Đăng ký lại máy bằng `ocop enroll ĐỊA_CHỈ MÃ`.");
    }
    return token;
}

} // namespace ocop::syncd
