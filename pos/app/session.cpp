#include "pos/app/session.h"

#include "pos/app/display_format.h"

#include <QVariantMap>

namespace ocop::app {

Session::Session(TerminalCore& core, QObject* parent) : Panel(core, parent) {}

QString Session::username() const {
    return core_.user ? to_qstring(core_.user->username) : QString();
}

QString Session::fullName() const {
    return core_.user ? to_qstring(core_.user->full_name) : QString();
}

bool Session::isManager() const {
    return core_.user && core_.user->role == pos::Role::Manager;
}

int Session::shiftNumber() const {
    return shift_ ? static_cast<int>(shift_->number) : 0;
}

QString Session::shiftOpenedAt() const {
    return shift_ ? display_time_text(shift_->opened_at) : QString();
}

QVariantList Session::users_with(bool managers_only) const {
    QVariantList list;
    auto users = pos::list_users(*core_.db);
    if (!users)
        return list;
    for (const auto& user : *users) {
        if (managers_only && user.role != pos::Role::Manager)
            continue;
        list.append(QVariantMap{{"username", to_qstring(user.username)},
                                {"fullName", to_qstring(user.full_name)},
                                {"role", to_qstring(std::string(pos::role_code(user.role)))}});
    }
    return list;
}

QVariantList Session::users() const {
    return users_with(false);
}

QVariantList Session::managers() const {
    return users_with(true);
}

bool Session::signIn(const QString& username, const QString& pin) {
    auto user = pos::authenticate(*core_.db, to_std(username), to_std(pin));
    if (!user)
        return report(user.error());
    core_.user = std::move(*user);
    manager_mode_ = false;
    refresh();
    return true;
}

void Session::signOut() {
    // The open shift and everything committed stay in the database; signing
    // out only forgets who was at the till.
    core_.user.reset();
    manager_mode_ = false;
    emit changed();
}

void Session::refresh() {
    auto shift = pos::current_shift(*core_.db, core_.till);
    if (!shift) {
        report(shift.error());
        return;
    }
    shift_ = std::move(*shift);
    emit changed();
}

bool Session::openShift(const QString& openingFloat) {
    if (!core_.user) {
        return report(TerminalCore::not_signed_in());
    }
    auto amount = pos::parse_money(
        to_std(openingFloat.trimmed().isEmpty() ? QStringLiteral("0") : openingFloat));
    if (!amount)
        return report(amount.error());
    auto shift = pos::open_shift(core_.till, *core_.user, *amount);
    if (!shift)
        return report(shift.error());
    shift_ = std::move(*shift);
    emit changed();
    return true;
}

Result<pos::Approval> Session::approve(const QString& manager, const QString& pin,
                                       const QString& reason) {
    return pos::approve_as_manager(*core_.db, to_std(manager), to_std(pin), to_std(reason));
}

bool Session::enterManagerMode(const QString& manager, const QString& pin) {
    auto approval = approve(manager, pin, QStringLiteral("manager screens"));
    if (!approval)
        return report(approval.error());
    manager_mode_ = true;
    emit changed();
    return true;
}

void Session::leaveManagerMode() {
    manager_mode_ = false;
    emit changed();
}

} // namespace ocop::app
