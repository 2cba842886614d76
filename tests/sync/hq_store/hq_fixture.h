#pragma once

// Head office over each backend, for the same tests: every TEMPLATE_TEST_CASE
// of this folder runs once on a SQLite file (SqliteStore) and once on a
// fresh database of the process's private PostgreSQL cluster (PostgresStore).

#include "db/outbox.h"
#include "support/expect.h"
#include "support/private_postgres.h"
#include "support/temp_dir.h"
#include "sync/hq/head_office.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct SqliteStore {
    static ocop::hq::StorageLocation location(const ocop::test::TempDir& dir) {
        return {ocop::hq::StorageLocation::Kind::sqlite, dir.file("hq.db").string()};
    }
};

struct PostgresStore {
    static ocop::hq::StorageLocation location(const ocop::test::TempDir&) {
        return {ocop::hq::StorageLocation::Kind::postgres,
                ocop::test::shared_postgres().fresh_database()};
    }
};

namespace ocop::test {

inline constexpr std::string_view kHqNow = "2026-11-29T08:00:00+07:00";

// The value of a protocol answer that must have succeeded.
template <class T>
T accepted(std::expected<T, sync::ProtocolError> answer) {
    if (!answer)
        FAIL("expected success, got " << answer.error().status << " " << answer.error().code << ": "
                                      << answer.error().message);
    return std::move(*answer);
}

// The code a protocol call was refused with ("" when it succeeded).
template <class T>
std::string refused_code(const std::expected<T, sync::ProtocolError>& answer) {
    return answer ? std::string() : answer.error().code;
}

template <class Backend>
struct HeadOfficeFixture {
    explicit HeadOfficeFixture(std::optional<std::string> sample = "travinh")
        : office(must(hq::HeadOffice::open(Backend::location(dir)))) {
        must(office.init(sample, kHqNow));
    }

    // Enrols a terminal of the store and returns who its token is.
    hq::Principal enrol(const std::string& terminal, const std::string& store) {
        const auto code = must(office.issue_enrolment_code(store, kHqNow));
        const auto answer =
            accepted(office.enrol(sync::EnrolRequest{code, terminal, "Quầy", store}, kHqNow));
        const auto principal = must(office.authenticate(answer.token));
        REQUIRE(principal);
        return *principal;
    }

    hq::Principal office_principal() {
        const auto token = must(office.issue_office_token("tests", kHqNow));
        return must(office.authenticate(token)).value();
    }

    TempDir dir;
    hq::HeadOffice office;
};

// A chain of made-up events of one terminal, hashed as a terminal does.
class EventChain {
public:
    explicit EventChain(std::string terminal) : terminal_(std::move(terminal)) {}

    // Dated 2026-11-29T09:00:00+07:00 unless `created_at` says otherwise.
    db::OutboxEvent next(std::string type = "shift_open", std::string payload = "{}",
                         std::string created_at = "2026-11-29T09:00:00+07:00") {
        db::OutboxEvent event;
        event.seq = ++last_seq_;
        event.type = std::move(type);
        event.created_at = std::move(created_at);
        event.payload = std::move(payload);
        event.prev_hash = last_hash_;
        event.hash = db::event_hash(event.prev_hash, terminal_, event.seq, event.type,
                                    event.created_at, event.payload);
        last_hash_ = event.hash;
        return event;
    }

    std::vector<db::OutboxEvent> next(int count) {
        std::vector<db::OutboxEvent> events;
        for (int i = 0; i < count; ++i)
            events.push_back(next());
        return events;
    }

    sync::PushRequest push(std::vector<db::OutboxEvent> events) const {
        return sync::PushRequest{terminal_, std::move(events)};
    }

private:
    std::string terminal_;
    std::int64_t last_seq_ = 0;
    std::string last_hash_ = std::string(db::kGenesisHash);
};

} // namespace ocop::test
