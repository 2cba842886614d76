#include "sync/hq/server/office_pool.h"

namespace ocop::hq {

Result<std::unique_ptr<OfficePool>> OfficePool::open(const StorageLocation& location,
                                                     std::size_t size) {
    std::unique_ptr<OfficePool> pool(new OfficePool());
    for (std::size_t i = 0; i < size; ++i) {
        auto office = HeadOffice::open(location);
        if (!office)
            return fail(office.error());
        pool->idle_.push_back(std::make_unique<HeadOffice>(std::move(*office)));
    }
    return pool;
}

OfficePool::Lease::Lease(OfficePool& pool, std::unique_ptr<HeadOffice> office)
    : pool_(pool), office_(std::move(office)) {}

OfficePool::Lease::~Lease() {
    pool_.give_back(std::move(office_));
}

OfficePool::Lease OfficePool::borrow() {
    std::unique_lock lock(mutex_);
    returned_.wait(lock, [this] { return !idle_.empty(); });
    auto office = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(office));
}

void OfficePool::give_back(std::unique_ptr<HeadOffice> office) {
    {
        const std::lock_guard lock(mutex_);
        idle_.push_back(std::move(office));
    }
    returned_.notify_one();
}

} // namespace ocop::hq
