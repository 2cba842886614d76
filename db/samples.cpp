#include "db/samples.h"

#include "db/connection.h"
#include "db/embedded_file.h"

namespace ocop::db {

extern const std::vector<EmbeddedFile> kSampleFiles;

namespace {

std::string_view stem(std::string_view file_name) {
    return file_name.substr(0, file_name.rfind('.'));
}

} // namespace

std::vector<std::string> sample_names() {
    std::vector<std::string> names;
    for (const auto& file : kSampleFiles)
        names.emplace_back(stem(file.name));
    return names;
}

Result<void> load_sample_sql(Connection& connection, std::string_view name) {
    for (const auto& file : kSampleFiles) {
        if (stem(file.name) == name)
            return connection.exec(file.contents);
    }
    return fail("db.unknown_sample", "unknown sample data set: " + std::string(name),
                "Không có bộ dữ liệu mẫu tên \"" + std::string(name) + "\".");
}

} // namespace ocop::db
