#pragma once

#include "pos/app/panel.h"
#include "pos/shift.h"

#include <QString>
#include <QVariantList>

namespace ocop::app {

// Who is at the till: signing in with a PIN, the shift and its float, and
// the manager's PIN for what a cashier may not do alone.
class Session : public Panel {
    Q_OBJECT
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(QString username READ username NOTIFY changed)
    Q_PROPERTY(QString fullName READ fullName NOTIFY changed)
    Q_PROPERTY(bool isManager READ isManager NOTIFY changed)
    Q_PROPERTY(bool shiftOpen READ shiftOpen NOTIFY changed)
    Q_PROPERTY(int shiftNumber READ shiftNumber NOTIFY changed)
    Q_PROPERTY(QString shiftOpenedAt READ shiftOpenedAt NOTIFY changed)
    Q_PROPERTY(bool managerMode READ managerMode NOTIFY changed)
    Q_PROPERTY(QVariantList users READ users NOTIFY usersChanged)
    Q_PROPERTY(QVariantList managers READ managers NOTIFY usersChanged)
public:
    Session(TerminalCore& core, QObject* parent);

    bool signedIn() const { return core_.user.has_value(); }
    QString username() const;
    QString fullName() const;
    bool isManager() const;
    bool shiftOpen() const { return shift_.has_value(); }
    int shiftNumber() const;
    QString shiftOpenedAt() const;
    bool managerMode() const { return manager_mode_; }
    QVariantList users() const;    // {username, fullName, role} of every active user
    QVariantList managers() const; // the same, managers only

    Q_INVOKABLE bool signIn(const QString& username, const QString& pin);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE bool openShift(const QString& openingFloat);
    // The manager screens: a manager's PIN, or a manager signed in.
    Q_INVOKABLE bool enterManagerMode(const QString& manager, const QString& pin);
    Q_INVOKABLE void leaveManagerMode();
    Q_INVOKABLE void refresh(); // the shift as the database has it now

    // A manager's consent, checked against their PIN (for the other panels).
    Result<pos::Approval> approve(const QString& manager, const QString& pin,
                                  const QString& reason);
    const std::optional<pos::Shift>& shift() const { return shift_; }

signals:
    void changed();
    void usersChanged();

private:
    QVariantList users_with(bool managers_only) const;

    std::optional<pos::Shift> shift_;
    bool manager_mode_ = false;
};

} // namespace ocop::app
