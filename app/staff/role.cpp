#include "staff/role.h"

#include <QCoreApplication>

namespace holdfast::staff {

namespace {
// Call sites mark their text with QT_TRANSLATE_NOOP under this same context, so lupdate files each
// message where this lookup finds it.
QString translated(const char *text)
{
    return QCoreApplication::translate("holdfast::staff::Role", text);
}
} // namespace

QList<Action> allActions()
{
    return {Action::TakeOrder,   Action::TakePayment,    Action::Capture,
            Action::Cancel,      Action::Refund,         Action::ManageKeys,
            Action::ManageStaff, Action::ChangeSettings, Action::ChangeMode};
}

bool can(Role role, Action action)
{
    switch (action) {
    case Action::TakeOrder:
    case Action::TakePayment:
        return true;
    case Action::Capture:
    case Action::Cancel:
    case Action::Refund:
    case Action::ManageKeys:
    case Action::ManageStaff:
    case Action::ChangeSettings:
    case Action::ChangeMode:
        return role == Role::Manager;
    }
    return false;
}

bool requiresManagerApproval(Action action)
{
    switch (action) {
    case Action::TakeOrder:
    case Action::TakePayment:
    case Action::ChangeSettings:
        return false;
    case Action::Capture:
    case Action::Cancel:
    case Action::Refund:
    case Action::ManageKeys:
    case Action::ManageStaff:
    case Action::ChangeMode:
        return true;
    }
    return true;
}

QString roleName(Role role)
{
    return role == Role::Manager ? QStringLiteral("manager") : QStringLiteral("staff");
}

std::optional<Role> roleFromName(const QString &name)
{
    if (name == QLatin1String("manager"))
        return Role::Manager;
    if (name == QLatin1String("staff"))
        return Role::Staff;
    return std::nullopt;
}

QString roleTitle(Role role)
{
    return role == Role::Manager ? translated(QT_TRANSLATE_NOOP("holdfast::staff::Role", "Manager"))
                                 : translated(QT_TRANSLATE_NOOP("holdfast::staff::Role", "Staff"));
}

QString actionName(Action action)
{
    switch (action) {
    case Action::TakeOrder:
        return QStringLiteral("take-order");
    case Action::TakePayment:
        return QStringLiteral("take-payment");
    case Action::Capture:
        return QStringLiteral("capture");
    case Action::Cancel:
        return QStringLiteral("cancel");
    case Action::Refund:
        return QStringLiteral("refund");
    case Action::ManageKeys:
        return QStringLiteral("manage-keys");
    case Action::ManageStaff:
        return QStringLiteral("manage-staff");
    case Action::ChangeSettings:
        return QStringLiteral("change-settings");
    case Action::ChangeMode:
        return QStringLiteral("change-mode");
    }
    return {};
}

QString actionTitle(Action action)
{
    switch (action) {
    case Action::TakeOrder:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::Role", "Take an order"));
    case Action::TakePayment:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::Role", "Take a payment"));
    case Action::Capture:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::Role", "Capture a payment"));
    case Action::Cancel:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::Role", "Cancel a payment"));
    case Action::Refund:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::Role", "Refund a payment"));
    case Action::ManageKeys:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::Role", "Change Stripe keys"));
    case Action::ManageStaff:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::Role", "Change staff accounts"));
    case Action::ChangeSettings:
        return translated(QT_TRANSLATE_NOOP("holdfast::staff::Role", "Change settings"));
    case Action::ChangeMode:
        return translated(
            QT_TRANSLATE_NOOP("holdfast::staff::Role", "Switch between training, test and live mode"));
    }
    return {};
}

} // namespace holdfast::staff
