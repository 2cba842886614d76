#include "db/connection.h"
#include "pos/users.h"
#include "support/expect.h"
#include "support/sample_db.h"

#include <catch2/catch.hpp>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;

TEST_CASE("users sign in with their PIN", "[users]") {
    test::SampleDb sample;
    const auto cashier = must(authenticate(sample.db, "thungan", "1111"));
    CHECK(cashier.username == "thungan");
    CHECK(cashier.full_name == "Nguyễn Thị Thu Ngân");
    CHECK(cashier.role == Role::Cashier);
    CHECK(cashier.id == sample.user("thungan").id);
    const auto manager = must(authenticate(sample.db, "quanly", "9999"));
    CHECK(manager.role == Role::Manager);
}

TEST_CASE("a wrong PIN, an unknown or a blocked user is refused", "[users][failure]") {
    test::SampleDb sample;
    auto wrong = authenticate(sample.db, "thungan", "1112");
    CHECK(error_code(wrong) == "auth.wrong_pin");
    CHECK(wrong.error().message_en.find("1112") == std::string::npos); // the PIN is never logged
    CHECK(error_code(authenticate(sample.db, "thungan", "")) == "auth.wrong_pin");
    CHECK(error_code(authenticate(sample.db, "thungan", "9999")) == "auth.wrong_pin");
    CHECK(error_code(authenticate(sample.db, "ThuNgan", "1111")) == "auth.unknown_user");
    CHECK(error_code(authenticate(sample.db, "nobody", "1111")) == "auth.unknown_user");
    must(sample.db.exec("UPDATE users SET active = 0 WHERE username = 'thungan2'"));
    CHECK(error_code(authenticate(sample.db, "thungan2", "2222")) == "auth.inactive");
}

TEST_CASE("only a manager approves, and says why", "[users][failure]") {
    test::SampleDb sample;
    const auto approval = must(approve_as_manager(sample.db, "quanly", "9999", "Đổi giá"));
    CHECK(approval.manager.username == "quanly");
    CHECK(approval.manager.role == Role::Manager);
    CHECK(approval.reason == "Đổi giá");
    CHECK(error_code(approve_as_manager(sample.db, "thungan", "1111", "Đổi giá")) ==
          "auth.not_manager");
    CHECK(error_code(approve_as_manager(sample.db, "quanly", "1111", "Đổi giá")) ==
          "auth.wrong_pin");
    CHECK(error_code(approve_as_manager(sample.db, "quanly", "9999", "")) ==
          "auth.reason_required");
}

TEST_CASE("PINs are 4 to 8 digits", "[users][failure]") {
    for (const char* pin : {"1234", "12345678", "0000"})
        CHECK(check_pin_format(pin).has_value());
    for (const char* pin : {"", "123", "123456789", "12a4", "12 34", "-123", "１２３４", "12.4"}) {
        INFO("'" << pin << "'");
        CHECK(error_code(check_pin_format(pin)) == "auth.pin_format");
    }
}

TEST_CASE("a new user is stored with a hash and can sign in", "[users]") {
    test::SampleDb sample;
    const auto added = must(add_user(sample.db, "thungan3", "Lê Văn Ba", Role::Cashier, "4321"));
    CHECK(added.username == "thungan3");
    CHECK(added.id > 0);
    {
        auto statement =
            must(sample.db.prepare("SELECT pin_hash FROM users WHERE username = 'thungan3'"));
        REQUIRE(must(statement.step()));
        CHECK(statement.text(0).starts_with("$argon2id$"));
        CHECK(statement.text(0).find("4321") == std::string::npos);
    }
    CHECK(must(authenticate(sample.db, "thungan3", "4321")).full_name == "Lê Văn Ba");

    CHECK(error_code(add_user(sample.db, "thungan3", "Ai đó", Role::Cashier, "1234")) ==
          "auth.user_exists");
    CHECK(error_code(add_user(sample.db, "x", "Ai đó", Role::Cashier, "12")) == "auth.pin_format");
    CHECK(error_code(add_user(sample.db, "", "Ai đó", Role::Cashier, "1234")) ==
          "auth.user_incomplete");
    CHECK(error_code(add_user(sample.db, "y", "", Role::Manager, "1234")) ==
          "auth.user_incomplete");
}

TEST_CASE("the same PIN hashes differently each time", "[users]") {
    const auto a = must(hash_pin("1111"));
    const auto b = must(hash_pin("1111"));
    CHECK(a != b); // a random salt each time
    CHECK(a.starts_with("$argon2id$"));
}

TEST_CASE("users are listed by username, blocked ones left out", "[users]") {
    test::SampleDb sample;
    auto users = must(list_users(sample.db));
    REQUIRE(users.size() == 3);
    CHECK(users[0].username == "quanly");
    CHECK(users[1].username == "thungan");
    CHECK(users[2].username == "thungan2");
    must(sample.db.exec("UPDATE users SET active = 0 WHERE username = 'thungan2'"));
    CHECK(must(list_users(sample.db)).size() == 2);
    CHECK(role_code(Role::Manager) == "manager");
    CHECK(role_from_code("cashier") == Role::Cashier);
    CHECK_FALSE(role_from_code("admin"));
}
