#include "hq_storage.h"

#include "support/private_postgres.h"

namespace ocop::test {

HqStorage::HqStorage(Backend backend) : backend_(backend) {
    if (backend_ == Backend::postgres)
        database_url_ = shared_postgres().fresh_database();
}

HqStorage::~HqStorage() = default;

std::vector<std::string> HqStorage::arguments() const {
    const auto where = location();
    return {where.kind == hq::StorageLocation::Kind::sqlite ? "--db" : "--pg", where.target};
}

hq::StorageLocation HqStorage::location() const {
    if (backend_ == Backend::sqlite)
        return {hq::StorageLocation::Kind::sqlite, folder_.file("hq.db").string()};
    return {hq::StorageLocation::Kind::postgres, database_url_};
}

} // namespace ocop::test
