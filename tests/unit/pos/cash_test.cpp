// Cash as the cashier handles it: the notes in the drawer, a count of them,
// and the buttons for what a customer is likely to hand over.
#include "pos/cash.h"
#include "support/expect.h"
#include "support/values.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;

namespace {

std::vector<Money> amounts(std::initializer_list<std::int64_t> dong) {
    std::vector<Money> list;
    for (const auto value : dong)
        list.push_back(Money{value});
    return list;
}

} // namespace

TEST_CASE("the notes in circulation, largest first, no coins", "[cash]") {
    const auto notes = banknote_denominations();
    CHECK(std::vector<Money>(notes.begin(), notes.end()) ==
          amounts({500'000, 200'000, 100'000, 50'000, 20'000, 10'000, 5'000, 2'000, 1'000, 500}));
}

TEST_CASE("a drawer counted note by note adds up", "[cash]") {
    const CashCount drawer{{{500'000_vnd, 2},
                            {200'000_vnd, 5},
                            {100'000_vnd, 10},
                            {50'000_vnd, 3},
                            {20'000_vnd, 7},
                            {10'000_vnd, 12},
                            {5'000_vnd, 4},
                            {2'000_vnd, 9},
                            {1'000_vnd, 15},
                            {500_vnd, 2}}};
    CHECK(must(cash_total(drawer)) == 3'464'000_vnd);
    CHECK(must(cash_total(CashCount{})) == 0_vnd);
    CHECK(must(cash_total(CashCount{{{200'000_vnd, 0}}})) == 0_vnd);
    // Counted in two piles: both are in the drawer.
    CHECK(must(cash_total(CashCount{{{100'000_vnd, 3}, {100'000_vnd, 2}}})) == 500'000_vnd);
}

TEST_CASE("a count with a note that does not exist or negative pieces is refused",
          "[cash][failure]") {
    CHECK(error_code(cash_total(CashCount{{{50'000_vnd, -1}}})) == "cash.negative_pieces");
    CHECK(error_code(cash_total(CashCount{{{300'000_vnd, 1}}})) == "cash.unknown_denomination");
    CHECK(error_code(cash_total(CashCount{{{200_vnd, 4}}})) == "cash.unknown_denomination");
    CHECK(error_code(cash_total(CashCount{{{0_vnd, 4}}})) == "cash.unknown_denomination");
}

TEST_CASE("quick tenders: the exact amount, then what customers round up to", "[cash]") {
    CHECK(quick_tenders(87'000_vnd) == amounts({87'000, 90'000, 100'000, 200'000, 500'000}));
    CHECK(quick_tenders(95'000_vnd) == amounts({95'000, 100'000, 200'000, 500'000}));
    CHECK(quick_tenders(41'000_vnd) == amounts({41'000, 45'000, 50'000, 60'000, 100'000}));
    CHECK(quick_tenders(100'000_vnd) == amounts({100'000, 200'000, 500'000}));
    // A 500.000 note, or three 200.000 notes.
    CHECK(quick_tenders(500'000_vnd) == amounts({500'000, 600'000}));
    CHECK(quick_tenders(87'500_vnd) == amounts({87'500, 90'000, 100'000, 200'000, 500'000}));
    CHECK(quick_tenders(1'234'000_vnd) ==
          amounts({1'234'000, 1'235'000, 1'240'000, 1'250'000, 1'300'000}));
    CHECK(quick_tenders(0_vnd).empty()); // given away: nothing to take
}

TEST_CASE("quick tenders are distinct, ascending, at most five, never below the total", "[cash]") {
    for (std::int64_t due = 500; due <= 2'000'000; due += 500) {
        const auto tenders = quick_tenders(Money{due});
        INFO(format_money(Money{due}));
        REQUIRE(!tenders.empty());
        CHECK(tenders.size() <= 5);
        CHECK(tenders.front() == Money{due});
        for (std::size_t i = 1; i < tenders.size(); ++i)
            CHECK(tenders[i - 1] < tenders[i]);
    }
}
