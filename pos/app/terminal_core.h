#pragma once

#include "common/error.h"
#include "db/connection.h"
#include "pos/clock.h"
#include "pos/till.h"
#include "pos/users.h"

#include <QString>

#include <memory>
#include <optional>

namespace ocop::app {

// What every bridge object of one terminal works on: the till's database and
// identity, who is signed in, and the language the screen speaks. Owned by
// Terminal and handed to its panels by reference, so two terminals in one
// process (the tests make many) share nothing.
struct TerminalCore {
    std::unique_ptr<db::Connection> db; // stable address: Till refers to it
    const pos::Clock& clock;
    pos::Till till;
    std::optional<pos::User> user;
    QString language = QStringLiteral("vi"); // "vi" or "en"

    bool english() const { return language == QLatin1String("en"); }

    // What a panel answers when asked to record something with no one signed in.
    static Error not_signed_in() {
        return Error{"auth.not_signed_in", "no cashier is signed in",
                     "Chưa có thu ngân đăng nhập."};
    }

    // The error as the person at the till reads it, in the screen's language.
    QString message(const Error& error) const {
        const std::string& text = english() ? error.message_en : error.message_vi;
        return QString::fromStdString(text);
    }
};

} // namespace ocop::app
