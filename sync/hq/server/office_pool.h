#pragma once

// The server's HeadOffice instances. A HeadOffice is one database connection
// and is not thread-safe, and the server answers on several threads. A single
// instance behind a mutex would make every request wait for the one before:
// an office report over a year of sales would hold up every till's push. So
// each worker thread borrows an instance of its own (as many instances as
// threads, all opened on the same storage): SQLite in WAL mode lets readers
// run beside the one writer (writers queue on the busy timeout), and
// PostgreSQL runs them side by side.

#include "sync/hq/head_office.h"

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

namespace ocop::hq {

class OfficePool {
public:
    // Opens `size` instances now, so that a storage that cannot be opened
    // stops the server at start rather than at its first request.
    static Result<std::unique_ptr<OfficePool>> open(const StorageLocation& location,
                                                    std::size_t size);

    // An instance for the length of one request; it goes back to the pool
    // when the lease goes.
    class Lease {
    public:
        Lease(OfficePool& pool, std::unique_ptr<HeadOffice> office);
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease();
        HeadOffice& operator*() { return *office_; }
        HeadOffice* operator->() { return office_.get(); }

    private:
        OfficePool& pool_;
        std::unique_ptr<HeadOffice> office_;
    };

    // Waits while every instance is lent (it cannot happen with one instance
    // per worker thread, but costs nothing to get right).
    Lease borrow();

private:
    OfficePool() = default;
    void give_back(std::unique_ptr<HeadOffice> office);

    std::mutex mutex_;
    std::condition_variable returned_;
    std::vector<std::unique_ptr<HeadOffice>> idle_;
};

} // namespace ocop::hq
