// Roles and the guarded actions: who may do what, and which actions need a manager's PIN at the time.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace holdfast::staff {

enum class Role { Staff, Manager };

enum class Action {
    TakeOrder,      // create and edit orders
    TakePayment,    // start a payment (checkout, link, QR code)
    Capture,        // capture a held authorisation
    Cancel,         // cancel a payment / release a hold
    Refund,         // refund after capture
    ManageKeys,     // store or remove Stripe keys
    ManageStaff,    // add staff, change roles, reset PINs
    ChangeSettings, // non-secret settings
    ChangeMode,     // switch training / test / live
};

// Every action, for tests and the permissions table in the docs.
QList<Action> allActions();

// What a role may do on its own.
bool can(Role role, Action action);
// Actions a manager confirms with their PIN every time (even a manager acting alone).
bool requiresManagerApproval(Action action);

QString roleName(Role role); // "staff", "manager" (stored, untranslated)
std::optional<Role> roleFromName(const QString &name);
QString roleTitle(Role role);       // translated
QString actionName(Action action);  // "capture" (audit log, untranslated)
QString actionTitle(Action action); // translated, for dialogs: "Capture a payment"

} // namespace holdfast::staff
