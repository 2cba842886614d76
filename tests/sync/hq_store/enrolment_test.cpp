// Enrolment (docs/sync.md, "Enrolment"): one-time codes for a store, valid
// 24 hours; enrolling again replaces the terminal's token.

#include "hq_fixture.h"

using namespace ocop;
using ocop::test::accepted;
using ocop::test::error_code;
using ocop::test::kHqNow;
using ocop::test::must;
using ocop::test::refused_code;

TEMPLATE_TEST_CASE("an enrolment code is spent by its first use", "[hq]", SqliteStore,
                   PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto code = must(hq.office.issue_enrolment_code("TV01", kHqNow));
    REQUIRE(code.size() == 14);
    CHECK(code[4] == '-');
    CHECK(code[9] == '-');

    const sync::EnrolRequest request{code, "TV01-02", "Quầy 2", "TV01"};
    const auto answer = accepted(hq.office.enrol(request, kHqNow));
    CHECK(answer.terminal == "TV01-02");
    CHECK(answer.store == "TV01");
    const auto who = must(hq.office.authenticate(answer.token));
    REQUIRE(who);
    CHECK(who->role == hq::Principal::Role::terminal);
    CHECK(who->terminal == "TV01-02");
    CHECK(who->store == "TV01");

    // Another terminal cannot use it again.
    const auto again = hq.office.enrol({code, "TV01-01", "Quầy 1", "TV01"}, kHqNow);
    CHECK(refused_code(again) == "enroll.bad_code");
    CHECK(again.error().status == 403);
    CHECK(refused_code(hq.office.enrol({"AAAA-BBBB-CCCC", "TV01-02", "Quầy 2", "TV01"}, kHqNow)) ==
          "enroll.bad_code");
    CHECK(error_code(hq.office.issue_enrolment_code("XX99", kHqNow)) == "hq.unknown_store");
}

TEMPLATE_TEST_CASE("an enrolment code expires after 24 hours and is typed loosely", "[hq]",
                   SqliteStore, PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto code = must(hq.office.issue_enrolment_code("TV01", "2026-11-29T08:00:00+07:00"));
    CHECK(refused_code(hq.office.enrol({code, "TV01-02", "Quầy 2", "TV01"},
                                       "2026-11-30T08:00:01+07:00")) == "enroll.bad_code");
    // Within the day, typed in lower case without dashes: accepted.
    std::string typed;
    for (char c : code)
        if (c != '-')
            typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    accepted(hq.office.enrol({typed, "TV01-02", "Quầy 2", "TV01"}, "2026-11-30T07:59:59+07:00"));
}

TEMPLATE_TEST_CASE("an enrolment code for another store is refused and not spent", "[hq]",
                   SqliteStore, PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto code = must(hq.office.issue_enrolment_code("TV01", kHqNow));
    const auto wrong = hq.office.enrol({code, "TV02-01", "Quầy 1", "TV02"}, kHqNow);
    CHECK(refused_code(wrong) == "enroll.wrong_store");
    CHECK(wrong.error().status == 403);
    accepted(hq.office.enrol({code, "TV01-01", "Quầy 1", "TV01"}, kHqNow));
}

TEMPLATE_TEST_CASE("enrolling a terminal again revokes its old token", "[hq]", SqliteStore,
                   PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto first = accepted(hq.office.enrol(
        {must(hq.office.issue_enrolment_code("TV01", kHqNow)), "TV01-01", "Quầy 1", "TV01"},
        kHqNow));
    const auto second = accepted(hq.office.enrol(
        {must(hq.office.issue_enrolment_code("TV01", kHqNow)), "TV01-01", "Quầy 1 mới", "TV01"},
        kHqNow));
    CHECK(first.token != second.token);
    CHECK_FALSE(must(hq.office.authenticate(first.token)));
    CHECK(must(hq.office.authenticate(second.token)));
    CHECK_FALSE(must(hq.office.authenticate("")));

    const auto office =
        must(hq.office.authenticate(must(hq.office.issue_office_token("ops", kHqNow))));
    REQUIRE(office);
    CHECK(office->role == hq::Principal::Role::office);
}

TEMPLATE_TEST_CASE("a terminal whose enrolment answer was lost may present its code again briefly",
                   "[hq]", SqliteStore, PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto code = must(hq.office.issue_enrolment_code("TV01", "2026-11-29T08:00:00+07:00"));
    const sync::EnrolRequest request{code, "TV01-02", "Quầy 2", "TV01"};
    const auto lost = accepted(hq.office.enrol(request, "2026-11-29T08:00:00+07:00"));
    // The answer never reached the till; it asks again five minutes later.
    const auto retried = accepted(hq.office.enrol(request, "2026-11-29T08:05:00+07:00"));
    CHECK(retried.token != lost.token);
    CHECK_FALSE(must(hq.office.authenticate(lost.token)));
    CHECK(must(hq.office.authenticate(retried.token)));
    // Past ten minutes the code is spent for good.
    CHECK(refused_code(hq.office.enrol(request, "2026-11-29T08:10:01+07:00")) == "enroll.bad_code");
}
