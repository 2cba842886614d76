#include "chain_rig.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace ocop::test {

std::string backend_name(Backend backend) {
    return backend == Backend::sqlite ? "sqlite" : "postgres";
}

ChainRig::ChainRig(Backend backend) : storage(backend), head_office(storage, folder.path() / "hq") {
    for (const auto& [terminal, store] :
         {std::pair{"TV01-01", "TV01"}, std::pair{"TV01-02", "TV01"}, std::pair{"TV02-01", "TV02"},
          std::pair{"TV02-02", "TV02"}})
        tills.push_back(std::make_unique<Till>(terminal, store, folder.path()));
}

void ChainRig::open_shifts() const {
    for (const auto& till : tills)
        till->open_shift();
}

void ChainRig::enroll_all() const {
    for (const auto& till : tills)
        till->enroll(head_office.url(), head_office.enrolment_code(till->store()));
}

void ChainRig::sync_all_once() const {
    for (const auto& till : tills) {
        auto synced = till->sync_once(head_office.url());
        INFO(till->terminal() << ": ocop-syncd --once: " << synced.out << synced.err);
        REQUIRE(synced.exit_code == 0);
        CHECK(pending_count(synced.out) == 0);
    }
}

namespace {

using StoreSku = std::pair<std::string, std::string>;

// Zero figures are left out: a product whose movements cancel out may or
// may not be listed by either side.
void add_stock(std::map<StoreSku, std::int64_t>& stock, const StoreSku& key, std::int64_t milli) {
    stock[key] += milli;
    if (stock[key] == 0)
        stock.erase(key);
}

void check_sales(const ChainRig& chain, const std::map<std::string, TillJournal>& journals) {
    const auto exported = chain.head_office.exported_sales();
    std::vector<std::string> at_head_office;
    std::map<std::string, std::int64_t> office_totals, till_totals;
    for (const auto& sale : exported) {
        at_head_office.push_back(sale.at("id"));
        office_totals[sale.at("store")] += sale.at("total").get<std::int64_t>();
    }
    std::vector<std::string> at_tills;
    for (const auto& till : chain.tills) {
        const auto& journal = journals.at(till->terminal());
        at_tills.insert(at_tills.end(), journal.sale_ids.begin(), journal.sale_ids.end());
        till_totals[till->store()] += journal.sales_total;
        // The ids the till's own command gives are the ones head office has.
        std::vector<std::string> listed;
        for (const auto& sale : till->json({"sales", "list"}))
            listed.push_back(sale.at("id"));
        std::ranges::sort(listed);
        auto own = journal.sale_ids;
        std::ranges::sort(own);
        CHECK(listed == own);
    }
    std::ranges::sort(at_head_office);
    std::ranges::sort(at_tills);
    const std::set<std::string> distinct(at_head_office.begin(), at_head_office.end());
    CHECK(distinct.size() == at_head_office.size()); // none twice
    CHECK(at_head_office == at_tills);               // none lost, none made up
    CHECK(office_totals == till_totals);
}

void check_stock(const ChainRig& chain, const std::map<std::string, TillJournal>& journals) {
    std::map<StoreSku, std::int64_t> at_head_office, at_tills;
    for (const auto& row : chain.head_office.stock())
        add_stock(at_head_office, {row.at("store"), row.at("sku")},
                  row.at("quantity_milli").get<std::int64_t>());
    for (const auto& till : chain.tills) {
        for (const auto& [sku, milli] : journals.at(till->terminal()).stock_milli)
            add_stock(at_tills, {till->store(), sku}, milli);
    }
    CHECK(at_head_office.size() == at_tills.size());
    for (const auto& [key, milli] : at_tills) {
        INFO("store " << key.first << ", " << key.second);
        CHECK(at_head_office[key] == milli);
    }
    CHECK(at_head_office.size() == at_tills.size());
}

void check_outboxes(const ChainRig& chain, const std::map<std::string, TillJournal>& journals) {
    auto office = hq::HeadOffice::open(chain.storage.location());
    INFO((office ? std::string() : office.error().log_line()));
    REQUIRE(office);
    for (const auto& till : chain.tills) {
        INFO(till->terminal());
        const auto last_seq = journals.at(till->terminal()).last_seq;
        auto held = office->held_seq(till->terminal());
        REQUIRE(held);
        CHECK(*held == last_seq);
        const auto status = till->json({"sync", "status"});
        CHECK(status.at("acked_seq") == last_seq);
        CHECK(status.at("pending_events") == 0);
        const auto check = till->json({"db", "check"});
        INFO(check.dump());
        CHECK(check.at("ok") == true);
    }
}

} // namespace

void check_head_office_matches_tills(const ChainRig& chain) {
    std::map<std::string, TillJournal> journals;
    for (const auto& till : chain.tills)
        journals[till->terminal()] = till->journal();
    check_sales(chain, journals);
    check_stock(chain, journals);
    check_outboxes(chain, journals);
}

} // namespace ocop::test
